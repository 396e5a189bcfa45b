package dev.knigge.internal.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.knigge.advice.Severity;
import dev.knigge.scenario.PolicyComparison;
import java.io.IOException;

/** Writes a {@link PolicyComparison} as the {@code compare} member of the test and quality reports' JSON. */
final class ComparisonJson {
    private ComparisonJson() {}

    static void write(JsonGenerator g, PolicyComparison comparison) throws IOException {
        g.writeObjectFieldStart("compare");
        g.writeStringField("policy", comparison.comparedPolicy());
        g.writeStringField("policyVersion", comparison.comparedPolicyVersion());
        g.writeNumberField("cases", comparison.cases());
        g.writeNumberField("changed", comparison.changes().size());
        g.writeNumberField("intoJudgement", comparison.intoJudgement());
        g.writeNumberField("outOfJudgement", comparison.outOfJudgement());
        g.writeArrayFieldStart("changes");
        for (PolicyComparison.Change change : comparison.changes()) {
            g.writeStartObject();
            g.writeStringField("file", change.scenario().file().toString());
            g.writeStringField("title", change.scenario().title());
            g.writeStringField("expected", change.scenario().expect().verdict().name());
            ScenarioJson.verdicts(g, "alsoOk", change.scenario().expect().alsoOk());
            g.writeStringField("verdict", change.verdict().name());
            g.writeStringField("comparedVerdict", change.comparedVerdict().name());
            g.writeArrayFieldStart("rules");
            for (PolicyComparison.RuleChange rule : change.rules()) {
                g.writeStartObject();
                g.writeStringField("rule", rule.rule());
                severity(g, "severity", rule.severity());
                severity(g, "comparedSeverity", rule.comparedSeverity());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void severity(JsonGenerator g, String name, Severity severity) throws IOException {
        if (severity == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, severity.name());
        }
    }
}
