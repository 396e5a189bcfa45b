package dev.knigge.internal.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.knigge.advice.Finding;
import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import dev.knigge.internal.json.Json;
import dev.knigge.scenario.PolicyComparison;
import dev.knigge.scenario.Scenario;
import dev.knigge.scenario.ScenarioProblem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link ScenarioReport} as one JSON document, for tools: the counts, each scenario with
 * what it expected, what it got and the difference, the files that could not be read, the rule
 * coverage and, when asked for, the comparison with another policy.
 *
 * <pre>{@code
 * {"policy": "professional", "policyVersion": "1.0.0", "passed": 11, "failed": 1, "invalid": 0,
 *  "scenarios": [{"file": "…", "title": "…", "locale": "de", "source": "…", "judgement": "…", "passed": false,
 *                 "expected": {"verdict": "DO_NOT_SEND", "alsoOk": [], "rules": {"REC-STRANGER": "BLOCKER"}, "maybe": []},
 *                 "actual": {"verdict": "REVISE", "rules": {"REC-GENERIC": "WARNING"}},
 *                 "difference": ["verdict: expected DO_NOT_SEND, got REVISE", "missing: REC-STRANGER BLOCKER", …],
 *                 "missing": {…}, "unexpected": {…}, "wrongSeverities": {…}, "unknownRules": [], "error": null}],
 *  "problems": [{"file": "…", "line": 3, "path": "$.expect.verdict", "message": "…"}],
 *  "coverage": {"rules": 38, "fired": 30, "uncovered": ["DE-TITLE", …], "hits": {"CON-NO-NOTE": 2, …},
 *               "drlRules": 92, "drlFired": 80, "inheritedLeftOut": 0,
 *               "tiers": [{"rule": "CON-NO-NOTE", "name": "CON-NO-NOTE …", "severity": "ADVICE",
 *                          "file": "professional/connection.drl", "line": 12, "policy": "professional", "hits": 2}, …]},
 *  "compare": {"policy": "strict", "policyVersion": "1.0.0", "cases": 12, "changed": 1, "intoJudgement": 0,
 *              "outOfJudgement": 1, "changes": [{"file": "…", "title": "…", "expected": "REVISE", "alsoOk": [],
 *              "verdict": "REVISE", "comparedVerdict": "DO_NOT_SEND",
 *              "rules": [{"rule": "GEN-COLD-PITCH", "severity": "WARNING", "comparedSeverity": "BLOCKER"}]}]}}
 * }</pre>
 *
 * The coverage counts the rules the policy itself defines, or the inherited ones too when the
 * report was run so: {@code inheritedLeftOut} says how many DRL rules of enabled ids were left out.
 * {@code tiers} lists every counted DRL rule; a {@code severity} of {@code null} is a rule that
 * reports what could not be judged. {@code source} and {@code judgement} are there when the scenario has them; a verdict-only
 * scenario's {@code expected} has no {@code rules} and {@code maybe}; {@code compare} is there only
 * when a comparison is written.
 *
 * Thread-safe.
 */
public final class ScenarioJson {
    private ScenarioJson() {}

    /** The report as JSON indented by two spaces. */
    public static String write(ScenarioReport report) {
        return write(report, (PolicyComparison) null);
    }

    /** The report and a comparison of its verdicts with another policy's, as JSON indented by two spaces. */
    public static String write(ScenarioReport report, PolicyComparison comparison) {
        StringWriter out = new StringWriter(4096);
        try {
            write(report, comparison, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return out.toString();
    }

    /** Writes the report as JSON indented by two spaces, without a final line break; does not close {@code out}. */
    public static void write(ScenarioReport report, Writer out) throws IOException {
        write(report, null, out);
    }

    private static void write(ScenarioReport report, PolicyComparison comparison, Writer out) throws IOException {
        Objects.requireNonNull(report, "report == null");
        try (JsonGenerator g = Json.generator(out, true)) {
            g.writeStartObject();
            g.writeStringField("policy", report.policy());
            g.writeStringField("policyVersion", report.policyVersion());
            g.writeNumberField("passed", report.passed());
            g.writeNumberField("failed", report.failed());
            g.writeNumberField("invalid", report.problems().size());
            g.writeArrayFieldStart("scenarios");
            for (ScenarioResult result : report.results()) {
                result(g, result);
            }
            g.writeEndArray();
            problems(g, report.problems());
            coverage(g, report.coverage());
            if (comparison != null) {
                ComparisonJson.write(g, comparison);
            }
            g.writeEndObject();
        }
    }

    private static void result(JsonGenerator g, ScenarioResult result) throws IOException {
        Scenario scenario = result.scenario();
        Difference difference = result.difference();
        g.writeStartObject();
        g.writeStringField("file", scenario.file().toString());
        g.writeStringField("title", scenario.title());
        if (scenario.locale() != null) {
            g.writeStringField("locale", scenario.locale().toLanguageTag());
        }
        if (scenario.source() != null) {
            g.writeStringField("source", scenario.source());
        }
        if (scenario.judgement() != null) {
            g.writeStringField("judgement", scenario.judgement());
        }
        g.writeBooleanField("passed", result.passed());
        g.writeObjectFieldStart("expected");
        g.writeStringField("verdict", scenario.expect().verdict().name());
        verdicts(g, "alsoOk", scenario.expect().alsoOk());
        if (!scenario.expect().verdictOnly()) {
            severities(g, "rules", scenario.expect().rules());
            g.writeArrayFieldStart("maybe");
            for (String id : scenario.expect().maybe()) {
                g.writeString(id);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        if (result.advice() == null) {
            g.writeNullField("actual");
        } else {
            g.writeObjectFieldStart("actual");
            g.writeStringField("verdict", result.advice().verdict().name());
            g.writeObjectFieldStart("rules");
            for (Finding finding : result.advice().findings()) {
                g.writeStringField(finding.rule(), finding.severity().name());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeArrayFieldStart("difference");
        for (String line : difference.lines()) {
            g.writeString(line);
        }
        g.writeEndArray();
        severities(g, "missing", difference.missing());
        severities(g, "unexpected", difference.unexpected());
        g.writeObjectFieldStart("wrongSeverities");
        for (Map.Entry<String, Difference.WrongSeverity> wrong : difference.wrongSeverities().entrySet()) {
            g.writeObjectFieldStart(wrong.getKey());
            g.writeStringField("expected", wrong.getValue().expected().name());
            g.writeStringField("actual", wrong.getValue().actual().name());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("unknownRules");
        for (Difference.UnknownRule unknown : difference.unknownRules()) {
            g.writeString(unknown.id());
        }
        g.writeEndArray();
        if (difference.error() == null) {
            g.writeNullField("error");
        } else {
            g.writeStringField("error", difference.error());
        }
        g.writeEndObject();
    }

    private static void severities(JsonGenerator g, String name, Map<String, Severity> severities) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Severity> entry : severities.entrySet()) {
            g.writeStringField(entry.getKey(), entry.getValue().name());
        }
        g.writeEndObject();
    }

    private static void coverage(JsonGenerator g, Coverage coverage) throws IOException {
        g.writeObjectFieldStart("coverage");
        g.writeNumberField("rules", coverage.hits().size());
        g.writeNumberField("fired", coverage.covered().size());
        g.writeArrayFieldStart("uncovered");
        for (String id : coverage.uncovered()) {
            g.writeString(id);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("hits");
        for (Map.Entry<String, Integer> entry : coverage.hits().entrySet()) {
            g.writeNumberField(entry.getKey(), entry.getValue());
        }
        g.writeEndObject();
        g.writeNumberField("drlRules", coverage.drlRules().size());
        g.writeNumberField("drlFired", coverage.drlRules().size() - coverage.uncoveredDrlRules().size());
        g.writeNumberField("inheritedLeftOut", coverage.inheritedLeftOut());
        g.writeArrayFieldStart("tiers");
        for (Coverage.DrlRule rule : coverage.drlRules()) {
            g.writeStartObject();
            g.writeStringField("rule", rule.id());
            g.writeStringField("name", rule.tier().name());
            if (rule.tier().severity() == null) {
                g.writeNullField("severity");
            } else {
                g.writeStringField("severity", rule.tier().severity().name());
            }
            g.writeStringField("file", rule.tier().file());
            g.writeNumberField("line", rule.tier().line());
            g.writeStringField("policy", rule.tier().policy());
            g.writeNumberField("hits", rule.hits());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The files that could not be read, as {@code "problems": [{"file", "line", "path", "message"}]}. */
    static void problems(JsonGenerator g, List<ScenarioProblem> problems) throws IOException {
        g.writeArrayFieldStart("problems");
        for (ScenarioProblem problem : problems) {
            g.writeStartObject();
            g.writeStringField("file", problem.file().toString());
            if (problem.line() > 0) {
                g.writeNumberField("line", problem.line());
            }
            g.writeStringField("path", problem.path());
            g.writeStringField("message", problem.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A list of verdicts, in their order. */
    static void verdicts(JsonGenerator g, String name, Collection<Verdict> verdicts) throws IOException {
        g.writeArrayFieldStart(name);
        for (Verdict verdict : verdicts) {
            g.writeString(verdict.name());
        }
        g.writeEndArray();
    }
}
