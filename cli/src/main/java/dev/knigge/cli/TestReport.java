package dev.knigge.cli;

import dev.knigge.scenario.Coverage;
import dev.knigge.scenario.ScenarioReport;
import dev.knigge.scenario.ScenarioResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Scenario results as text: each failure with its difference, the coverage when asked for, the summary last. */
final class TestReport {
    private final Ansi ansi;

    TestReport(Ansi ansi) {
        this.ansi = ansi;
    }

    void print(PrintWriter out, ScenarioReport report, boolean coverage) {
        for (ScenarioResult failure : report.failures()) {
            out.println(ansi.red("FAIL") + "  " + failure.scenario().file() + "  " + ansi.bold(failure.scenario().title()));
            for (String line : failure.difference().lines()) {
                out.println("      " + line);
            }
            out.println();
        }
        if (coverage) {
            coverage(out, report);
            out.println();
        }
        String summary = report.summary();
        out.println(report.allPassed() ? ansi.green(summary) : ansi.red(summary));
    }

    private void coverage(PrintWriter out, ScenarioReport report) {
        Coverage coverage = report.coverage();
        out.println(ansi.bold("Coverage of " + report.policy() + " " + report.policyVersion() + ": " + coverage));
        List<String> uncovered = coverage.uncovered();
        out.println("  never fired: " + (uncovered.isEmpty() ? "none" : ansi.yellow(String.join(", ", uncovered))));
        for (Map.Entry<String, Integer> entry : coverage.hits().entrySet()) {
            String line = String.format("  %-24s %4d", entry.getKey(), entry.getValue());
            out.println(entry.getValue() == 0 ? ansi.yellow(line) : line);
        }
    }
}
