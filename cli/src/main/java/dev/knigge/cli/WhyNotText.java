package dev.knigge.cli;

import dev.knigge.authoring.WhyNot;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code knigge explain --why-not RULE-ID} as text: every DRL rule of the id, each condition
 * with ✓ (held), ✗ (failed) or ? (not evaluated on its own), what it read, and the first that
 * failed marked.
 */
final class WhyNotText {
    private final Styles ansi;

    WhyNotText(Styles ansi) {
        this.ansi = ansi;
    }

    void print(PrintWriter out, WhyNot why, Locale locale) {
        Words words = Words.of(locale);
        out.println();
        out.println("  " + ansi.bold(String.format(locale, why.fired() ? words.matched : words.notMatched, why.rule()))
                + ansi.dim(" · " + words.policy + " " + why.policy() + " " + why.policyVersion()));
        out.println("  " + ansi.dim(words.legend));
        for (WhyNot.Rule rule : why.rules()) {
            out.println();
            out.println("  " + ansi.bold("rule \"" + Printable.of(rule.name()) + "\"") + "  "
                    + ansi.dim(Printable.of(rule.file()) + ":" + rule.line() + " · " + rule.severity()));
            out.println("  " + outcome(rule, why.rule(), words));
            for (WhyNot.Condition condition : rule.conditions()) {
                print(out, condition, "    ", words);
                for (WhyNot.Condition constraint : condition.constraints()) {
                    print(out, constraint, "        ", words);
                }
            }
        }
    }

    private String outcome(WhyNot.Rule rule, String id, Words words) {
        if (!rule.matched()) {
            return ansi.yellow(words.didNotMatch);
        }
        return rule.enabled() ? ansi.green(words.fires) : ansi.yellow(String.format(Locale.ROOT, words.disabled, id));
    }

    private void print(PrintWriter out, WhyNot.Condition condition, String indent, Words words) {
        String mark = condition.held() == null ? ansi.dim("?") : condition.held() ? ansi.green("✓") : ansi.red("✗");
        StringBuilder line = new StringBuilder(indent).append(mark).append(' ')
                .append(String.format(Locale.ROOT, "%-6s", condition.line() + ":" + condition.column())).append(' ')
                .append(Printable.of(condition.text().replaceAll("\\s+", " ")));
        if (!condition.values().isEmpty()) {
            line.append("   ").append(ansi.dim(Printable.of(String.join(", ", condition.values()))));
        }
        if (condition.firstFailed()) {
            line.append("   ").append(ansi.red(words.firstFailed));
        }
        out.println(line);
    }

    /** The report's own words, in the advice's language. */
    private record Words(String matched, String notMatched, String policy, String legend, String didNotMatch,
                         String fires, String disabled, String firstFailed) {
        static Words of(Locale locale) {
            if (locale.getLanguage().equals("de")) {
                return new Words("%s trifft auf diese Anfrage zu", "Warum %s auf diese Anfrage nicht zutrifft", "Richtlinie",
                        "✓ erfüllt  ✗ nicht erfüllt  ? nicht für sich prüfbar · jede Bedingung auf dieser Anfrage ausgewertet",
                        "trifft nicht zu", "trifft zu: die Regel löst aus", "trifft zu, aber die Richtlinie schaltet %s ab",
                        "← die erste, die nicht erfüllt ist");
            }
            return new Words("%s matches this request", "Why %s does not match this request", "policy",
                    "✓ held  ✗ failed  ? not evaluated on its own · each condition evaluated on this request",
                    "did not match", "matched: the rule fires", "matched, but the policy disables %s",
                    "← the first that failed");
        }
    }
}
