package dev.knigge.junit;

import dev.knigge.advice.Finding;
import dev.knigge.internal.scenario.ScenarioResult;
import dev.knigge.scenario.Scenario;
import java.nio.file.Path;

/**
 * A failed scenario as text: the message, and the expected and actual outcome in one form, one
 * rule per line, so an IDE's comparison view lines them up. A verdict-only scenario compares the
 * verdict alone, and its message adds the case's judgement and source.
 */
final class ScenarioText {
    private ScenarioText() {}

    static String failure(ScenarioResult result, Path file) {
        Scenario scenario = result.scenario();
        StringBuilder out = new StringBuilder("scenario \"").append(scenario.title()).append("\" (").append(file)
                .append(") failed:\n  ").append(String.join("\n  ", result.difference().explained()));
        if (scenario.expect().verdictOnly() && scenario.judgement() != null) {
            out.append("\n  judgement: ").append(scenario.judgement());
        }
        if (scenario.expect().verdictOnly() && scenario.source() != null) {
            out.append("\n  source: ").append(scenario.source());
        }
        return out.toString();
    }

    static String expected(Scenario scenario) {
        StringBuilder out = new StringBuilder("verdict: ").append(scenario.expect().verdictText()).append('\n');
        scenario.expect().rules().forEach((id, severity) -> out.append(id).append(": ").append(severity).append('\n'));
        for (String id : scenario.expect().maybe()) {
            out.append(id).append(": (maybe)\n");
        }
        return out.toString();
    }

    static String actual(ScenarioResult result) {
        if (result.advice() == null) {
            return "error: " + result.difference().error() + "\n";
        }
        StringBuilder out = new StringBuilder("verdict: ").append(result.advice().verdict()).append('\n');
        if (!result.scenario().expect().verdictOnly()) {
            result.advice().findings().stream().sorted((a, b) -> a.rule().compareTo(b.rule()))
                    .forEach((Finding f) -> out.append(f.rule()).append(": ").append(f.severity()).append('\n'));
        }
        return out.toString();
    }
}
