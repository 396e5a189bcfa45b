package dev.knigge.internal.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import dev.knigge.internal.json.Json;
import dev.knigge.scenario.PolicyComparison;
import dev.knigge.scenario.QualityReport;
import dev.knigge.scenario.QualityTargets;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link QualityReport} as one JSON document, for tools: every figure, the confusion
 * matrix, each rule's figures, the cases outside their judgement, the gates, the case files that
 * could not be read and, when asked for, the comparison with another policy.
 *
 * <pre>{@code
 * {"policy": "professional", "policyVersion": "1.0.0", "cases": 84, "invalid": 0, "unreviewed": [],
 *  "labelled": {"SEND": 47, "REVISE": 16, "DO_NOT_SEND": 21},
 *  "within": 61, "accuracy": 0.726, "exact": 33, "exactAccuracy": 0.393,
 *  "confusion": {"SEND": {"SEND": 12, "REVISE": 34, "DO_NOT_SEND": 1}, "REVISE": {…}, "DO_NOT_SEND": {…}},
 *  "goodSend": 12, "goodSendShare": 0.255, "nags": 34, "nagRate": 0.723, "falseBlocks": 1, "falseBlockRate": 0.021,
 *  "missedBlocks": 14, "missedBlockRate": 0.667, "spamSent": 0,
 *  "rules": [{"rule": "GEN-NO-PURPOSE", "firedOnSend": 30, "firedOnOther": 9, "nags": 21, "falseBlocks": 0}, …],
 *  "outside": [{"file": "…", "title": "…", "label": "SEND", "alsoOk": [], "given": "REVISE",
 *               "deciding": {"GEN-NO-PURPOSE": "WARNING"}}, …],
 *  "gates": {"targets": {"minAccuracy": 0.9}, "passed": false,
 *            "failed": [{"target": "minAccuracy", "message": "72.6 % within the judgement (61 of 84), …"}]},
 *  "problems": [{"file": "…", "line": 3, "path": "$.alsoOk[0]", "message": "…"}],
 *  "compare": {…}}
 * }</pre>
 *
 * Shares are numbers from 0 to 1; {@code compare} is there only when a comparison is written.
 * Thread-safe.
 */
public final class QualityJson {
    private QualityJson() {}

    /** The report and how it fares against the targets, as JSON indented by two spaces. */
    public static String write(QualityReport report, QualityTargets targets) {
        return write(report, targets, (PolicyComparison) null);
    }

    /** The report, how it fares against the targets and a comparison with another policy, as JSON indented by two spaces. */
    public static String write(QualityReport report, QualityTargets targets, PolicyComparison comparison) {
        Objects.requireNonNull(report, "report == null");
        Objects.requireNonNull(targets, "targets == null");
        StringWriter out = new StringWriter(8192);
        try (JsonGenerator g = Json.generator(out, true)) {
            g.writeStartObject();
            g.writeStringField("policy", report.policy());
            g.writeStringField("policyVersion", report.policyVersion());
            g.writeNumberField("cases", report.cases().size());
            g.writeNumberField("invalid", report.problems().size());
            g.writeArrayFieldStart("unreviewed");
            for (QualityReport.Unreviewed unreviewed : report.unreviewed()) {
                g.writeStartObject();
                g.writeStringField("file", unreviewed.scenario().file().toString());
                g.writeStringField("title", unreviewed.scenario().title());
                g.writeStringField("error", unreviewed.error());
                g.writeEndObject();
            }
            g.writeEndArray();
            figures(g, report);
            rules(g, report);
            outside(g, report);
            gates(g, report, targets);
            ScenarioJson.problems(g, report.problems());
            if (comparison != null) {
                ComparisonJson.write(g, comparison);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return out.toString();
    }

    private static void figures(JsonGenerator g, QualityReport report) throws IOException {
        g.writeObjectFieldStart("labelled");
        for (Verdict label : Verdict.values()) {
            g.writeNumberField(label.name(), report.labelled(label));
        }
        g.writeEndObject();
        g.writeNumberField("within", report.within());
        g.writeNumberField("accuracy", report.accuracy());
        g.writeNumberField("exact", report.exact());
        g.writeNumberField("exactAccuracy", report.exactAccuracy());
        g.writeObjectFieldStart("confusion");
        for (Verdict label : Verdict.values()) {
            g.writeObjectFieldStart(label.name());
            for (Verdict given : Verdict.values()) {
                g.writeNumberField(given.name(), report.confusion(label, given));
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeNumberField("goodSend", report.goodSend());
        g.writeNumberField("goodSendShare", report.goodSendShare());
        g.writeNumberField("nags", report.nags());
        g.writeNumberField("nagRate", report.nagRate());
        g.writeNumberField("falseBlocks", report.falseBlocks());
        g.writeNumberField("falseBlockRate", report.falseBlockRate());
        g.writeNumberField("missedBlocks", report.missedBlocks());
        g.writeNumberField("missedBlockRate", report.missedBlockRate());
        g.writeNumberField("spamSent", report.spamSent());
    }

    private static void rules(JsonGenerator g, QualityReport report) throws IOException {
        g.writeArrayFieldStart("rules");
        for (QualityReport.RuleFigures rule : report.rules()) {
            g.writeStartObject();
            g.writeStringField("rule", rule.rule());
            g.writeNumberField("firedOnSend", rule.firedOnSend());
            g.writeNumberField("firedOnOther", rule.firedOnOther());
            g.writeNumberField("nags", rule.nags());
            g.writeNumberField("falseBlocks", rule.falseBlocks());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void outside(JsonGenerator g, QualityReport report) throws IOException {
        g.writeArrayFieldStart("outside");
        for (QualityReport.Case c : report.outside()) {
            g.writeStartObject();
            g.writeStringField("file", c.scenario().file().toString());
            g.writeStringField("title", c.scenario().title());
            g.writeStringField("label", c.label().name());
            ScenarioJson.verdicts(g, "alsoOk", c.scenario().expect().alsoOk());
            g.writeStringField("given", c.given().name());
            g.writeObjectFieldStart("deciding");
            for (Map.Entry<String, Severity> rule : c.deciding().entrySet()) {
                g.writeStringField(rule.getKey(), rule.getValue().name());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void gates(JsonGenerator g, QualityReport report, QualityTargets targets) throws IOException {
        g.writeObjectFieldStart("gates");
        g.writeObjectFieldStart("targets");
        for (Map.Entry<String, Number> target : targets.asMap().entrySet()) {
            if (target.getValue() instanceof Integer count) {
                g.writeNumberField(target.getKey(), count);
            } else {
                g.writeNumberField(target.getKey(), target.getValue().doubleValue());
            }
        }
        g.writeEndObject();
        List<QualityTargets.Shortfall> failed = targets.shortfalls(report);
        g.writeBooleanField("passed", failed.isEmpty());
        g.writeArrayFieldStart("failed");
        for (QualityTargets.Shortfall shortfall : failed) {
            g.writeStartObject();
            g.writeStringField("target", shortfall.target());
            g.writeStringField("message", shortfall.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
