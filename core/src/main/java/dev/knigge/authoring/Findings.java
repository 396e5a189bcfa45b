package dev.knigge.authoring;

import org.kie.api.runtime.Channel;
import org.kie.api.runtime.rule.RuleContext;

/**
 * How a rule reports a finding: the one call a consequence makes.
 *
 * <pre>{@code
 * then
 *     Findings.raise(kcontext, "sent", $sent, "cap", $cap);
 * }</pre>
 *
 * <p>The finding takes the rule's {@code @id} and {@code @severity}; the named values fill the
 * message's placeholders ({@code {sent}}, {@code {cap}}).
 */
public final class Findings {
    /** The session channel a review's findings go to; the engine registers it on every session it runs. */
    public static final String CHANNEL = "knigge-findings";

    private Findings() {}

    /**
     * Records a finding for the firing rule.
     *
     * @param kcontext the rule's context ({@code kcontext} in a consequence)
     * @param namesAndValues placeholder names, each followed by its value
     */
    public static void raise(RuleContext kcontext, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Findings.raise takes names and values in pairs, got "
                    + namesAndValues.length + " arguments");
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String)) {
                throw new IllegalArgumentException("Findings.raise: argument " + (i + 2)
                        + " must be a placeholder name (a String), got " + namesAndValues[i]);
            }
        }
        Channel channel = kcontext.getKieRuntime().getChannels().get(CHANNEL);
        if (channel == null) {
            throw new IllegalStateException("Findings.raise called outside a Knigge review");
        }
        channel.send(namesAndValues);
    }
}
