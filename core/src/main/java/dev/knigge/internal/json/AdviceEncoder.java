package dev.knigge.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.knigge.advice.Advice;
import dev.knigge.advice.Evidence;
import dev.knigge.advice.Finding;
import java.io.IOException;
import java.util.List;

/**
 * Writes an {@link Advice} in the JSON advice format (v1), fields in the format's order. Stateless
 * and thread-safe. Hand-written on jackson-core's generator: no jackson-databind for embedders.
 */
public final class AdviceEncoder {
    private AdviceEncoder() {}

    /**
     * Writes {@code advice} as one JSON object.
     *
     * @param line the request's NDJSON line number, or {@code null} to leave {@code "line"} out
     * @param trace whether to write the {@code "trace"} of the rules that fired
     */
    public static void write(Advice advice, Integer line, boolean trace, JsonGenerator g) throws IOException {
        g.writeStartObject();
        if (advice.id() != null) {
            g.writeStringField("id", advice.id());
        }
        if (line != null) {
            g.writeNumberField("line", line.intValue());
        }
        g.writeStringField("verdict", advice.verdict().name());
        g.writeStringField("policy", advice.policy());
        g.writeStringField("policyVersion", advice.policyVersion());
        g.writeStringField("locale", advice.locale().toLanguageTag());
        g.writeArrayFieldStart("findings");
        for (Finding finding : advice.findings()) {
            g.writeStartObject();
            g.writeStringField("rule", finding.rule());
            g.writeStringField("severity", finding.severity().name());
            g.writeStringField("title", finding.title());
            g.writeStringField("reason", finding.reason());
            g.writeStringField("suggestion", finding.suggestion());
            g.writeArrayFieldStart("evidence");
            for (Evidence evidence : finding.evidence()) {
                g.writeStartObject();
                g.writeNumberField("start", evidence.start());
                g.writeNumberField("end", evidence.end());
                g.writeStringField("text", evidence.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "unchecked", advice.unchecked());
        if (trace) {
            g.writeArrayFieldStart("trace");
            for (Advice.Firing firing : advice.trace()) {
                g.writeStartObject();
                g.writeStringField("rule", firing.rule());
                g.writeStringField("name", firing.name());
                strings(g, "facts", firing.facts());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }
}
