package dev.knigge.cli;

import dev.knigge.internal.scenario.Coverage;
import dev.knigge.internal.scenario.ScenarioReport;
import dev.knigge.internal.scenario.ScenarioResult;
import dev.knigge.scenario.PolicyComparison;
import dev.knigge.scenario.Scenario;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Scenario results as text: each failure with its difference (and, for a verdict-only case, its
 * judgement and source), the coverage and the comparison when asked for, the summary last.
 */
final class TestReport {
    private final Styles ansi;

    TestReport(Styles ansi) {
        this.ansi = ansi;
    }

    /** Prints the report; {@code comparison} may be {@code null}. */
    void print(PrintWriter out, ScenarioReport report, boolean coverage, PolicyComparison comparison) {
        for (ScenarioResult failure : report.failures()) {
            Scenario scenario = failure.scenario();
            out.println(ansi.red("FAIL") + "  " + scenario.file() + "  " + ansi.bold(scenario.title()));
            for (String line : failure.difference().explained()) {
                out.println("      " + line);
            }
            if (scenario.expect().verdictOnly() && scenario.judgement() != null) {
                out.println("      " + ansi.dim("judgement: " + scenario.judgement()));
            }
            if (scenario.expect().verdictOnly() && scenario.source() != null) {
                out.println("      " + ansi.dim("source: " + scenario.source()));
            }
            out.println();
        }
        if (coverage) {
            coverage(out, report);
            out.println();
        }
        if (comparison != null) {
            new CompareText(ansi).print(out, comparison);
        }
        String summary = report.summary();
        out.println(report.allPassed() ? ansi.green(summary) : ansi.red(summary));
    }

    /**
     * Which rules the scenarios made fire, and how often: each rule id, then each of its DRL rules
     * (its tiers) with where it is written, and last the DRL rules no scenario made fire.
     */
    void coverage(PrintWriter out, ScenarioReport report) {
        Coverage coverage = report.coverage();
        out.println(ansi.bold("Coverage of " + report.policy() + " " + report.policyVersion() + ": " + coverage));
        List<String> uncovered = coverage.uncovered();
        out.println("  never fired: " + (uncovered.isEmpty() ? "none" : ansi.yellow(String.join(", ", uncovered))));
        for (Map.Entry<String, Integer> entry : coverage.hits().entrySet()) {
            String line = String.format("  %-24s %4d", entry.getKey(), entry.getValue());
            out.println(entry.getValue() == 0 ? ansi.yellow(line) : line);
            for (Coverage.DrlRule rule : coverage.drlRules(entry.getKey())) {
                String tier = String.format("    %-8s %4d  %s  %s", rule.tier().severity() == null ? "unchecked"
                        : rule.tier().severity().name(), rule.hits(), rule.tier().location(), rule.tier().name());
                out.println(rule.hits() == 0 ? ansi.yellow(tier) : tier);
            }
        }
        List<Coverage.DrlRule> untested = coverage.uncoveredDrlRules();
        out.println("  " + coverage.drlSummary() + (untested.isEmpty() ? "" : "; never fired:"));
        for (Coverage.DrlRule rule : untested) {
            out.println("    " + ansi.yellow(rule.tier().location() + "  " + rule.tier().name()));
        }
        if (coverage.inheritedLeftOut() > 0) {
            out.println("  " + ansi.dim(coverage.inheritedLeftOut() + " inherited DRL rules not counted (--inherited counts them)"));
        }
    }
}
