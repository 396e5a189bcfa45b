package dev.knigge;

import dev.knigge.advice.Advice;
import dev.knigge.advice.ReviewException;
import dev.knigge.advice.RuleDescription;
import dev.knigge.advice.Severity;
import dev.knigge.audit.AuditEntry;
import dev.knigge.audit.Campaign;
import dev.knigge.audit.CampaignReport;
import dev.knigge.audit.NoteSignature;
import dev.knigge.authoring.PhraseMatch;
import dev.knigge.authoring.WhyNot;
import dev.knigge.internal.DrlCompiler;
import dev.knigge.internal.audit.CampaignAuditor;
import dev.knigge.internal.audit.NoteSigner;
import dev.knigge.internal.engine.Engine;
import dev.knigge.internal.engine.Overrides;
import dev.knigge.internal.engine.ReviewFacts;
import dev.knigge.internal.explain.WhyNotExplainer;
import dev.knigge.internal.load.EngineBuilder;
import dev.knigge.internal.load.LoadedPolicy;
import dev.knigge.internal.load.PolicyLoader;
import dev.knigge.internal.load.Preload;
import dev.knigge.internal.note.Greetings;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.internal.policy.ResolvedPolicy;
import dev.knigge.request.ReviewRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reviews networking requests against one policy. Build it once (that compiles the policy) and
 * share it: an Advisor is immutable and thread-safe, and every review runs in its own session.
 *
 * <pre>{@code
 * Advisor advisor = Advisor.builder()
 *     .policy(Policy.builtIn("professional"))
 *     .parameter("cap.weekly.CONNECTION", 80)
 *     .disable("GEN-REQUESTER-PROFILE")
 *     .build();
 *
 * Advice advice = advisor.review(request);
 * if (advice.verdict() != Verdict.SEND) {
 *     advice.findings().forEach(f -> composeBox.warn(f.title(), f.suggestion(), f.evidence()));
 * }
 * }</pre>
 */
public final class Advisor {
    private static final Logger LOG = LoggerFactory.getLogger(Advisor.class);
    /** Below this many requests, {@link #reviewAll} stays on the calling thread. */
    private static final int PARALLEL_FROM = 8;

    private final Builder settings;
    private final Engine engine;
    private final List<AdvisorListener> listeners;
    private final List<Path> policyFolders;
    private final NoteSigner noteSigner;
    /** The policy's files as loaded: what {@link #whyNot} cuts its probes from. */
    private final ResolvedPolicy source;
    /** The probes of {@link #whyNot}, compiled once per rule id. */
    private final ConcurrentMap<String, WhyNotExplainer> whyNotProbes = new ConcurrentHashMap<>();

    private Advisor(Builder settings, Engine engine, List<Path> policyFolders, ResolvedPolicy source) {
        this.settings = settings;
        this.engine = engine;
        this.noteSigner = new NoteSigner(Greetings.of(engine.analyzer()));
        this.listeners = List.copyOf(settings.listeners);
        this.policyFolders = List.copyOf(policyFolders);
        this.source = source;
    }

    /** A builder with the {@code professional} policy and no overrides. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this Advisor's settings, for a modified Advisor (or a reload of its policy). */
    public Builder toBuilder() {
        return new Builder(settings);
    }

    /**
     * Reviews one request, with findings in the builder's locale, else the note's language
     * when the policy has it, else English.
     *
     * @throws ReviewException when a rule of the policy throws or loops; the Advisor stays usable
     */
    public Advice review(ReviewRequest request) {
        return review(request, settings.locale);
    }

    /**
     * Every fact the rules see when they review this request, in the order they are inserted: the
     * request and its parts (the activity's unknown counts read as the format's defaults), the
     * note's analysis ({@code Note}), the derived readings ({@code Derived}) and the policy's
     * {@code Parameters}. Nothing is reviewed; for rule authors asking why a rule did or did not fire
     * ({@code knigge explain --facts}).
     */
    public List<Object> facts(ReviewRequest request) {
        Objects.requireNonNull(request, "request == null");
        ReviewFacts facts = engine.derive(request);
        List<Object> all = new ArrayList<>();
        facts.forEachPerReview(all::add);
        all.add(facts.parameters());
        return List.copyOf(all);
    }

    /**
     * Every lexicon entry that matched the request's note, in the note's order: which entry (key,
     * file, line), the span it matched, the {@code Note} field it sets, and whether it counted or
     * what cancelled it (the greeted name, an exception, a negation, the sender's answers). Empty
     * without a note or a lexicon for its language. For rule authors asking which phrase set a flag
     * ({@code knigge explain}).
     */
    public List<PhraseMatch> phrases(ReviewRequest request) {
        Objects.requireNonNull(request, "request == null");
        return engine.analyzer().phrases(request);
    }

    /**
     * Why a rule id did or did not fire on this request: every DRL rule with that id, each pattern
     * and constraint evaluated by the engine on the review's facts ({@link #facts}), with the
     * values it read and the first that failed marked. Probe rules cut from the rules' own
     * conditions, in the DRL as this Advisor loaded it, are compiled through the same checks as the
     * policy, once per id; nothing is reviewed. For rule authors ({@code knigge explain --why-not},
     * and a scenario's missing rules).
     *
     * @throws IllegalArgumentException when the policy has no rule with that id
     */
    public WhyNot whyNot(ReviewRequest request, String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId == null");
        List<Object> facts = facts(request);
        WhyNotExplainer explainer = whyNotProbes.computeIfAbsent(ruleId, id -> WhyNotExplainer.prepare(source,
                settings.policy.isTrusted(), settings.classLoader, id));
        return explainer.explain(facts, engine::runs);
    }

    /**
     * Reviews one request, with findings in the given locale (English when the policy lacks it).
     *
     * @param locale the locale of the findings' texts, or {@code null} for the default
     * @throws ReviewException when a rule of the policy throws or loops; the Advisor stays usable
     */
    public Advice review(ReviewRequest request, Locale locale) {
        Objects.requireNonNull(request, "request == null");
        long start = System.nanoTime();
        Advice advice;
        try {
            advice = engine.review(request, locale);
        } catch (ReviewException e) {
            long nanos = System.nanoTime() - start;
            // What a rule threw may quote the request (a name it parsed, the note it cut): the
            // message goes to DEBUG only; above it, the rule and the kind of failure.
            LOG.warn("review failed in policy {}@{}: rule {} ({}; the details are logged at DEBUG)", engine.policyId(),
                    engine.policyVersion(), e.rule() == null ? "(unknown)" : e.rule(), kind(e));
            LOG.debug("review failed in policy {}@{}: {}", engine.policyId(), engine.policyVersion(), e.getMessage(), e);
            for (AdvisorListener listener : listeners) {
                try {
                    listener.failed(request, e, nanos);
                } catch (RuntimeException listenerError) {
                    listenerFailed(listener, listenerError);
                }
            }
            throw e;
        }
        long nanos = System.nanoTime() - start;
        for (AdvisorListener listener : listeners) {
            try {
                listener.reviewed(request, advice, nanos);
            } catch (RuntimeException listenerError) {
                listenerFailed(listener, listenerError);
            }
        }
        return advice;
    }

    /** A listener saw the request and failed: its message, too, may quote the request. */
    private static void listenerFailed(AdvisorListener listener, RuntimeException error) {
        LOG.warn("listener {} failed with {} (the details are logged at DEBUG)", listener.getClass().getName(),
                error.getClass().getName());
        LOG.debug("listener {} failed", listener.getClass().getName(), error);
    }

    /** The class of the innermost cause, or "a loop" for a rule that fired without end. */
    private static String kind(ReviewException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? "a loop" : root.getClass().getSimpleName();
    }

    /**
     * Reviews many requests, in parallel where it pays, and returns the advice in input order.
     *
     * @throws ReviewException for the first request (in input order) whose review failed, after all were tried
     */
    public List<Advice> reviewAll(List<ReviewRequest> requests) {
        Objects.requireNonNull(requests, "requests == null");
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i) == null) {
                throw new NullPointerException("requests[" + i + "] == null");
            }
        }
        int size = requests.size();
        AtomicReferenceArray<Object> results = new AtomicReferenceArray<>(size);
        IntStream indices = IntStream.range(0, size);
        if (size >= PARALLEL_FROM) {
            indices = indices.parallel();
        }
        indices.forEach(i -> {
            try {
                results.set(i, review(requests.get(i)));
            } catch (ReviewException e) {
                results.set(i, e);
            }
        });
        List<Advice> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Object result = results.get(i);
            if (result instanceof ReviewException failure) {
                throw failure;
            }
            out.add((Advice) result);
        }
        return out;
    }

    /**
     * Audits a campaign (one sender's planned requests) with the findings in the builder's
     * locale; see {@link #audit(Campaign, Locale, Consumer)}.
     */
    public CampaignReport audit(Campaign campaign, Consumer<? super AuditEntry> sink) {
        return audit(campaign, settings.locale, sink);
    }

    /**
     * Audits a campaign: reviews every request with the facts only the campaign shows, and sums
     * it up. It reads the campaign twice. The first pass indexes the notes: copies of one note,
     * and near copies with names, profile words, topics, numbers or links swapped in, count as one
     * template. The second fills in, where a request gave none, {@code sameNoteRecipients} (the
     * requests that carry its template, this one included) and {@code similarSentLast7Days} (the
     * requests of its type that its requester sends before it in the campaign), reviews the
     * requests on one thread per core, and hands each result to {@code sink} in input order, on
     * the calling thread. A template counts as mass-sent from the policy's {@code mass.sameNote}
     * recipients on; under a policy without that parameter, none does. Memory is bounded by the
     * number of distinct templates, not requests.
     *
     * @param locale the locale of the findings' texts, or {@code null} for the default
     * @param sink receives every entry in input order: advice, an invalid line, or a failed review
     * @return the campaign's report, once every entry went to {@code sink}
     * @throws java.io.UncheckedIOException when the campaign's file cannot be read
     */
    public CampaignReport audit(Campaign campaign, Locale locale, Consumer<? super AuditEntry> sink) {
        return CampaignAuditor.audit(request -> review(request, locale), parameters(), Greetings.of(engine.analyzer()),
                campaign, sink);
    }

    /**
     * The signature of the request's note as the campaign audit compares notes (with this policy's
     * salutations left out), or {@code null} when the request has no note: for counting
     * {@code sameNoteRecipients} over a sender's history, as {@link #audit} counts it over a campaign.
     */
    public NoteSignature noteSignature(ReviewRequest request) {
        Objects.requireNonNull(request, "request == null");
        return noteSigner.sign(request);
    }

    /** The id of the policy this Advisor runs. */
    public String policyId() {
        return engine.policyId();
    }

    /** The version of the policy this Advisor runs. */
    public String policyVersion() {
        return engine.policyVersion();
    }

    /** The policy's description, or {@code null} when it has none. */
    public String description() {
        return engine.description();
    }

    /** The locales the policy has messages for. */
    public List<Locale> locales() {
        return engine.locales();
    }

    /** Every rule id of the policy with its severities (after overrides) and its title, sorted by id. */
    public List<RuleDescription> rules(Locale locale) {
        return engine.describeRules(locale == null ? Locale.ENGLISH : locale);
    }

    /** The policy this Advisor was built from. */
    public Policy policy() {
        return settings.policy;
    }

    /**
     * The policy's parameters after the builder's overrides, by key (such as {@code mass.sameNote}),
     * for tools that work with the policy's numbers, such as the campaign audit.
     */
    public Map<String, Double> parameters() {
        return engine.parameters().values();
    }

    /** The listeners this Advisor reports reviews (and, in a {@link PolicyWatcher}, reloads) to, in order. */
    public List<AdvisorListener> listeners() {
        return listeners;
    }

    /**
     * The folders on disk the policy was read from: its own folder and every parent folder it
     * extends on disk, its own first; empty for a built-in policy. What a {@link PolicyWatcher} watches.
     */
    public List<Path> policyFolders() {
        return policyFolders;
    }

    /**
     * Builds an {@link Advisor}. Overrides win over every layer of the policy; each names
     * something the policy has, or {@link #build()} fails.
     */
    public static final class Builder {
        private Policy policy = Policy.builtIn("professional");
        private final Map<String, Number> parameters = new LinkedHashMap<>();
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private final Set<String> disabled = new LinkedHashSet<>();
        private final Set<String> enabled = new LinkedHashSet<>();
        private Locale locale;
        private final List<AdvisorListener> listeners = new ArrayList<>();
        private ClassLoader classLoader = Advisor.class.getClassLoader();
        /** The policy being read ahead; never copied to another builder. */
        private Preload preload;

        private Builder() {}

        private Builder(Builder other) {
            policy = other.policy;
            parameters.putAll(other.parameters);
            severities.putAll(other.severities);
            disabled.addAll(other.disabled);
            enabled.addAll(other.enabled);
            locale = other.locale;
            listeners.addAll(other.listeners);
            classLoader = other.classLoader;
        }

        /** The policy to run; {@code professional} by default. */
        public Builder policy(Policy policy) {
            this.policy = Objects.requireNonNull(policy, "policy == null");
            return this;
        }

        /** Overrides a parameter (keys as in the norms, such as {@code cap.weekly.CONNECTION}). */
        public Builder parameter(String key, Number value) {
            Objects.requireNonNull(key, "key == null");
            Objects.requireNonNull(value, "value == null");
            parameters.put(key, value);
            return this;
        }

        /** Overrides the severity of every tier of a rule id. */
        public Builder severity(String ruleId, Severity severity) {
            Objects.requireNonNull(ruleId, "ruleId == null");
            Objects.requireNonNull(severity, "severity == null");
            severities.put(ruleId, severity);
            return this;
        }

        /** Switches rules off: they never fire. */
        public Builder disable(String... ruleIds) {
            for (String id : Arrays.asList(ruleIds)) {
                disabled.add(Objects.requireNonNull(id, "ruleId == null"));
            }
            return this;
        }

        /** Switches rules back on that the policy disabled. */
        public Builder enable(String... ruleIds) {
            for (String id : Arrays.asList(ruleIds)) {
                enabled.add(Objects.requireNonNull(id, "ruleId == null"));
            }
            return this;
        }

        /** The default locale of findings; without it, the note's language (when the policy has it) or English. */
        public Builder locale(Locale locale) {
            this.locale = locale;
            return this;
        }

        /** Adds a listener for reviews, failures and reloads. */
        public Builder listener(AdvisorListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener == null"));
            return this;
        }

        /** The class loader that holds built-in policies and the classes rules import; Knigge's own by default. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader == null");
            return this;
        }

        /**
         * Starts reading the policy set so far (a built-in one) on background threads, so that a
         * later {@link #build()} of this builder, with the same policy and class loader, is quicker:
         * for a process that knows its policy before it has worked out the rest of its settings,
         * such as a command line tool parsing its arguments. A build with another policy simply
         * does not use it. Does nothing for a policy folder on disk, which is read when built.
         */
        public Builder preload() {
            if (policy.builtInId() != null) {
                preload = Preload.start(policy.folder(classLoader), classLoader);
            }
            return this;
        }

        /**
         * Loads and compiles the policy and applies the overrides.
         *
         * @throws dev.knigge.policy.PolicyException listing every problem, each as {@code file:line:column: message}
         * @throws IllegalStateException when the policy must be compiled from DRL and a jar of Drools'
         *     DRL compiler was excluded from the class path
         */
        public Advisor build() {
            Builder frozen = new Builder(this);
            Overrides overrides = new Overrides(parameters, severities, disabled, enabled);
            long start = System.nanoTime();
            PolicyFolder folder = policy.folder(classLoader);
            LoadedPolicy loaded;
            try {
                loaded = PolicyLoader.load(folder, policy.isTrusted(), classLoader, PolicyLoader.Checks.LOAD, preload);
            } catch (NoClassDefFoundError e) {
                DrlCompiler.explain(e, policy.describe()); // the DRL compiler's jars excluded: say which one
                throw e;
            }
            Engine engine = EngineBuilder.build(loaded, overrides);
            LOG.debug("policy {}@{} ready in {} ms", engine.policyId(), engine.policyVersion(),
                    (System.nanoTime() - start) / 1_000_000);
            return new Advisor(frozen, engine, loaded.folders(), loaded.policy());
        }
    }
}
