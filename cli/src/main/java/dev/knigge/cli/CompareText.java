package dev.knigge.cli;

import dev.knigge.advice.Severity;
import dev.knigge.scenario.PolicyComparison;
import java.io.PrintWriter;
import java.util.Locale;

/** The cases whose verdict differs under {@code --compare}, each with the rules that make the difference. */
final class CompareText {
    private final Styles ansi;

    CompareText(Styles ansi) {
        this.ansi = ansi;
    }

    void print(PrintWriter out, PolicyComparison comparison) {
        StringBuilder head = new StringBuilder("Compared with " + comparison.comparedPolicy() + " "
                + comparison.comparedPolicyVersion() + ": " + comparison.changes().size() + " of " + comparison.cases()
                + " verdicts differ");
        if (!comparison.changes().isEmpty()) {
            head.append(" (").append(comparison.intoJudgement()).append(" now within the expectation, ")
                    .append(comparison.outOfJudgement()).append(" now outside it)");
        }
        out.println(ansi.bold(head.toString()));
        for (PolicyComparison.Change change : comparison.changes()) {
            out.println("  " + change.scenario().file() + "  " + ansi.bold(change.scenario().title()));
            out.println("      expected " + change.scenario().expect().verdictText() + ": " + change.verdict() + " → "
                    + (change.comparedWithin() ? ansi.green(change.comparedVerdict().name())
                            : ansi.red(change.comparedVerdict().name())));
            for (PolicyComparison.RuleChange rule : change.rules()) {
                out.println(String.format(Locale.ROOT, "      %-24s %s → %s", rule.rule(), severity(rule.severity()),
                        severity(rule.comparedSeverity())));
            }
        }
        out.println();
    }

    private static String severity(Severity severity) {
        return severity == null ? "(silent)" : severity.name();
    }
}
