package dev.knigge.internal.engine;

import org.kie.api.runtime.rule.RuleContext;

/**
 * Where {@code Findings.raise} delivers during one review. The engine installs one per
 * reviewing thread around {@code fireAllRules}, which runs consequences on the calling thread.
 */
public interface FindingSink {

    /** Receives one finding of the firing rule. */
    void raise(RuleContext kcontext, Object[] namesAndValues);

    /** The sink of the review running on this thread. */
    static FindingSink current() {
        FindingSink sink = Installed.SINK.get();
        if (sink == null) {
            throw new IllegalStateException("Findings.raise called outside a Knigge review");
        }
        return sink;
    }

    /** Holds the per-thread sink. */
    final class Installed {
        static final ThreadLocal<FindingSink> SINK = new ThreadLocal<>();

        private Installed() {}
    }
}
