package dev.knigge.internal.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Which rule a failed review failed in. A consequence that throws is wrapped in a
 * {@link ConsequenceException} that carries its match; a condition that throws is not tied to any
 * rule object: Drools keeps the names of the rules that share the failing constraint only in the
 * message it formats ({@code MessageUtils.formatConstraintErrorMessage}: {@code Error evaluating
 * constraint '…' in [Rule "name" in file]}, the same for the executable model), so that message is
 * read here, and nowhere else. A constraint MVEL cannot compile when it first runs names only its
 * expression, so its rule is found by that ({@link MvelConstraints}). Without any of these, the
 * rule that was firing is the best guess.
 */
final class FailingRule {
    /**
     * The places Drools names a rule in its messages: {@code Rule "name"} (constraint errors),
     * {@code Rule: name} and {@code rule [name]} (errors of the MVEL runtime).
     */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile(
            "[Rr]ule \"([^\"]+)\"|[Rr]ule: ([^\\n,\\]]+)|rule \\[([^\\]]+)\\]");

    private FailingRule() {}

    /**
     * @param firing the rule whose consequence was running, or {@code null}
     * @return the rule, or {@code null} when nothing points at one
     */
    static RuleMeta of(Throwable error, CompiledRules rules, RuleMeta firing) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConsequenceException consequence && consequence.getMatch() != null) {
                RuleMeta meta = rules.meta(consequence.getMatch().getRule());
                if (meta != null) {
                    return meta;
                }
            }
            RuleMeta named = named(t.getMessage(), rules);
            if (named != null) {
                return named;
            }
            if (MvelConstraints.isCompileError(t)) {
                RuleMeta compiled = MvelConstraints.ruleOf(t, rules);
                if (compiled != null) {
                    return compiled;
                }
            }
        }
        return firing;
    }

    private static RuleMeta named(String message, CompiledRules rules) {
        if (message == null) {
            return null;
        }
        Matcher matcher = RULE_IN_MESSAGE.matcher(message);
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1)
                    : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            for (RuleMeta meta : rules.rules()) {
                if (meta.name().equals(name.strip())) {
                    return meta;
                }
            }
        }
        return null;
    }

    /** How a failure names a rule: {@code ID ("name", file:line)}, or {@code (unknown)}. */
    static String describe(RuleMeta meta) {
        return meta == null ? "(unknown)" : meta.id() + " (\"" + meta.name() + "\", " + meta.origin() + ":" + meta.line() + ")";
    }

    /** The innermost cause's class and first message line, or where it was thrown when it has no message. */
    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        StackTraceElement[] frames = root.getStackTrace();
        String where = message == null && frames.length > 0
                ? " in " + frames[0].getClassName() + "." + frames[0].getMethodName()
                : "";
        String text = root.getClass().getSimpleName() + (message == null ? where : ": " + message.strip());
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
