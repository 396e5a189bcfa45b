package dev.knigge.internal.engine;

import dev.knigge.authoring.Findings;
import dev.knigge.authoring.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.Channel;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The sessions of one rule base, kept for reuse: building a session's node and segment
 * memories costs more than a review, and so does resetting every memory after one.
 *
 * <p>A session serves one review at a time, on one thread, and passes between threads through a
 * concurrent queue. It is still created thread-safe ({@link ThreadSafeOption#YES}): the executable
 * model's consequences keep scratch space per rule, shared by every session of the rule base unless
 * the sessions are thread-safe, and concurrent reviews then saw each other's matches.
 * The policy's {@link Parameters} stay inserted; after a review its other facts are deleted, which
 * leaves the session exactly as fresh when every rule's match needs one of them: every rule joins at
 * least one per-review fact at its top level and uses no agenda, activation or rule-flow group,
 * timer, auto-focus or lock-on-active, which is checked once per rule base. A rule base where that
 * does not hold (or a review that leaves other facts behind) gets the session reset instead, as
 * Drools' own pool does. A session whose review failed is dropped.
 *
 * <p>Each session has one run: its agenda listener and the channel {@code Findings.raise} sends to
 * ({@link Findings#CHANNEL}), which stays with the session from review to review.
 *
 * @param <R> the run kept with each session
 */
final class Sessions<R extends AgendaEventListener & Channel> {
    /** The facts of a review that are deleted after it; every rule must join one of them. */
    private static final Set<Class<?>> PER_REVIEW = FactTypes.PER_REVIEW;

    private final InternalKnowledgeBase base;
    private final Parameters parameters;
    private final boolean deleteToReuse;
    private final KieSessionConfiguration configuration;
    private final ConcurrentLinkedQueue<Lease<R>> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final int maxIdle;
    private final Supplier<R> runs;

    /**
     * @param runs makes the run of each new session: it stays with the session, so it must be
     *        reusable from one review to the next
     */
    Sessions(InternalKnowledgeBase base, Parameters parameters, Supplier<R> runs) {
        this.base = base;
        this.runs = runs;
        this.parameters = parameters;
        this.deleteToReuse = freshAfterDeletes(base);
        this.configuration = KieServices.get().newKieSessionConfiguration();
        configuration.setOption(ThreadSafeOption.YES);
        this.maxIdle = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    /** Whether deleting a review's facts leaves a session as fresh as a new one. */
    boolean reusedByDeleting() {
        return deleteToReuse;
    }

    /** A session for one review, with its run installed and the parameters inserted. */
    Lease<R> take() {
        Lease<R> lease = idle.poll();
        if (lease != null) {
            idleCount.decrementAndGet();
            return lease;
        }
        KieSession session = base.newKieSession(configuration, null);
        R run = runs.get();
        session.addEventListener(run);
        session.registerChannel(Findings.CHANNEL, run);
        return new Lease<>(session, run, session.insert(parameters));
    }

    /** Takes a session back after a review that completed; it is cleaned for the next one. */
    void release(Lease<R> lease) {
        if (clean(lease)) {
            if (idleCount.incrementAndGet() <= maxIdle) {
                idle.offer(lease);
                return;
            }
            idleCount.decrementAndGet();
        }
        lease.session.dispose();
    }

    /** Drops a session whose review failed: its state is unknown. */
    void discard(Lease<R> lease) {
        lease.session.dispose();
    }

    private boolean clean(Lease<R> lease) {
        KieSession session = lease.session;
        try {
            if (deleteToReuse) {
                for (FactHandle handle : lease.handles) {
                    session.delete(handle);
                }
                lease.handles.clear();
                if (session.getFactCount() == 1 && lease.sessionImpl().getTotalFactCount() == 1) {
                    return true;
                }
            }
            // Facts left behind (a rule inserted some), or a rule base that deleting does not clean:
            // start over from empty memories, as a new session would. Resetting drops the listener
            // (and keeps the channel).
            lease.handles.clear();
            StatefulKnowledgeSessionImpl impl = lease.sessionImpl();
            impl.reset();
            session.addEventListener(lease.run);
            lease.parameters = session.insert(parameters);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Every rule joins a per-review fact at its top level (so its matches die with that fact), and
     * none keeps state outside its matches.
     */
    private static boolean freshAfterDeletes(InternalKnowledgeBase base) {
        if (base.getRete().getEntryPointNodes().size() != 1) {
            return false;
        }
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (!(rule instanceof RuleImpl impl)) {
                    return false;
                }
                if (impl.isQuery()) {
                    continue;
                }
                if (!isMain(impl.getAgendaGroup()) || !isBlank(impl.getActivationGroup())
                        || !isBlank(impl.getRuleFlowGroup()) || impl.getAutoFocus() || impl.isLockOnActive()
                        || impl.getTimer() != null || !joinsPerReviewFact(impl.getLhs())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean joinsPerReviewFact(GroupElement lhs) {
        if (lhs == null || !lhs.isAnd()) {
            return false;
        }
        for (RuleConditionElement child : lhs.getChildren()) {
            if (child instanceof Pattern pattern && pattern.getObjectType() instanceof ClassObjectType type
                    && PER_REVIEW.contains(type.getClassType())
                    && (pattern.getSource() == null || EntryPointId.DEFAULT.equals(pattern.getSource()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMain(String group) {
        return group == null || group.isEmpty() || group.equals("MAIN");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isEmpty();
    }

    /** One session lent to one review, with its run. */
    static final class Lease<R> {
        final KieSession session;
        final R run;
        FactHandle parameters;
        final List<FactHandle> handles = new ArrayList<>(8);

        Lease(KieSession session, R run, FactHandle parameters) {
            this.session = session;
            this.run = run;
            this.parameters = parameters;
        }

        /** Inserts one of the review's facts. */
        void insert(Object fact) {
            handles.add(session.insert(fact));
        }

        StatefulKnowledgeSessionImpl sessionImpl() {
            return (StatefulKnowledgeSessionImpl) session;
        }
    }
}
