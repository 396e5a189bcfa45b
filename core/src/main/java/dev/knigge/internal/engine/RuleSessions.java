package dev.knigge.internal.engine;

import dev.knigge.advice.ReviewException;
import dev.knigge.authoring.Parameters;
import java.util.HashMap;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.Channel;
import org.kie.api.runtime.rule.Match;

/**
 * Runs a policy's compiled rules over one review's facts in a reused session, and turns a rule that
 * throws or loops into a {@link ReviewException} that names it. Thread-safe: each review takes its
 * own session.
 */
final class RuleSessions {
    /** Firings one review may take; more means a rule loops. */
    static final int MAX_FIRINGS = 10_000;

    private final CompiledRules rules;
    /** Sessions are reused: a fresh one builds its node and segment memories on first use, which costs more than a review. */
    private final Sessions<Run> sessions;

    RuleSessions(CompiledRules rules, Parameters parameters) {
        this.rules = rules;
        this.sessions = new Sessions<>(rules.base(), parameters, Run::new);
    }

    /**
     * Fires the rules over the facts; findings and firings go to the outcome.
     *
     * @throws ReviewException when a rule throws or loops
     */
    void evaluate(ReviewFacts facts, Outcome outcome) {
        Sessions.Lease<Run> lease = sessions.take();
        Run run = lease.run;
        run.begin(outcome);
        boolean completed = false;
        try {
            facts.forEachPerReview(lease::insert);
            int fired = lease.session.fireAllRules(MAX_FIRINGS + 1);
            if (fired > MAX_FIRINGS) {
                RuleMeta loop = run.mostFired();
                throw new ReviewException(loop == null ? null : loop.id(), "rule " + FailingRule.describe(loop)
                        + " fired more than " + MAX_FIRINGS + " times in one review: it loops", null);
            }
            completed = true;
        } catch (ReviewException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                // Out of memory or a broken JVM is not this review's alone to fail. A stack overflow
                // is (a trusted rule that recurses): it unwound this review's frames only.
                throw e;
            }
            RuleMeta culprit = FailingRule.of(e, rules, run.firing);
            throw new ReviewException(culprit == null ? null : culprit.id(),
                    "rule " + FailingRule.describe(culprit) + " failed: " + FailingRule.rootMessage(e), e);
        } finally {
            run.end();
            if (completed) {
                sessions.release(lease);
            } else {
                sessions.discard(lease);
            }
        }
    }

    /**
     * The bookkeeping of a session's current review: the channel {@code Findings.raise} sends to,
     * firing counts, and the rule firing now (whose finding a raise is, and for error reports).
     * One per session, reused review after review.
     */
    private final class Run extends DefaultAgendaEventListener implements Channel {
        Outcome outcome;
        final Map<RuleMeta, int[]> counts = new HashMap<>();
        RuleMeta firing;

        void begin(Outcome outcome) {
            this.outcome = outcome;
            counts.clear();
            firing = null;
        }

        void end() {
            outcome = null;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firing = rules.meta(event.getMatch().getRule());
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Match match = event.getMatch();
            Rule rule = match.getRule();
            RuleMeta meta = rules.meta(rule);
            if (meta == null) {
                return;
            }
            counts.computeIfAbsent(meta, m -> new int[1])[0]++;
            if (outcome != null) {
                outcome.fired(meta, match.getObjects());
            }
            firing = null;
        }

        /** A finding of the firing rule: its placeholder names and values, from {@code Findings.raise}. */
        @Override
        public void send(Object namesAndValues) {
            if (firing == null) {
                throw new IllegalStateException("Findings.raise from a rule Knigge did not compile");
            }
            if (outcome == null) {
                throw new IllegalStateException("Findings.raise outside a review");
            }
            outcome.raise(firing, (Object[]) namesAndValues);
        }

        RuleMeta mostFired() {
            RuleMeta most = null;
            int max = -1;
            for (Map.Entry<RuleMeta, int[]> entry : counts.entrySet()) {
                if (entry.getValue()[0] > max) {
                    max = entry.getValue()[0];
                    most = entry.getKey();
                }
            }
            return most;
        }
    }
}
