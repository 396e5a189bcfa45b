package dev.knigge.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.knigge.audit.CampaignReport;
import dev.knigge.internal.json.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link CampaignReport} as the last line of {@code knigge audit --format json}:
 *
 * <pre>{@code
 * {"campaign":{"requests":12,"requesters":1,"verdicts":{"SEND":0,"REVISE":0,"DO_NOT_SEND":12},
 *   "types":{"CONNECTION":12},"rules":{"GEN-COLD-PITCH":12,…},"strangerShare":1.0,"offTopicShare":0.0,
 *   "templateShare":1.0,"templates":[{"note":"Hi, I help companies grow …","size":12}],
 *   "qualityScore":0.0,"conclusion":"Mass-sent: 12 of 12 requests share one note."}}
 * }</pre>
 *
 * {@code "requesterGroups"} follows only when the requests name several requesters: per requester
 * its {@code requester} (name, or null), {@code requests}, {@code verdicts} and shares and score
 * as above. Compact, on one line. Thread-safe.
 */
public final class CampaignJson {
    private CampaignJson() {}

    /**
     * The report as one line of JSON, without a line break.
     *
     * @param locale the language of {@code "conclusion"}: German for {@code de}, else English
     */
    public static String write(CampaignReport report, Locale locale) {
        Objects.requireNonNull(report, "report == null");
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = Json.generator(out, false)) {
            g.writeStartObject();
            g.writeObjectFieldStart("campaign");
            g.writeNumberField("requests", report.requests());
            g.writeNumberField("requesters", report.requesters());
            counts(g, "verdicts", report.verdicts());
            counts(g, "types", report.types());
            counts(g, "rules", report.rules());
            g.writeNumberField("strangerShare", report.strangerShare());
            g.writeNumberField("offTopicShare", report.offTopicShare());
            g.writeNumberField("templateShare", report.templateShare());
            g.writeArrayFieldStart("templates");
            for (CampaignReport.Template template : report.templates()) {
                g.writeStartObject();
                g.writeStringField("note", template.note());
                g.writeNumberField("size", template.size());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("qualityScore", report.qualityScore());
            g.writeStringField("conclusion", report.conclusion().in(locale));
            if (!report.requesterGroups().isEmpty()) {
                g.writeArrayFieldStart("requesterGroups");
                for (CampaignReport.RequesterGroup group : report.requesterGroups()) {
                    group(g, group);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return out.toString();
    }

    private static void group(JsonGenerator g, CampaignReport.RequesterGroup group) throws IOException {
        g.writeStartObject();
        g.writeStringField("requester", group.requester());
        g.writeNumberField("requests", group.requests());
        counts(g, "verdicts", group.verdicts());
        g.writeNumberField("strangerShare", group.strangerShare());
        g.writeNumberField("offTopicShare", group.offTopicShare());
        g.writeNumberField("templateShare", group.templateShare());
        g.writeNumberField("qualityScore", group.qualityScore());
        g.writeEndObject();
    }

    private static void counts(JsonGenerator g, String field, Map<?, Integer> counts) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<?, Integer> entry : counts.entrySet()) {
            Object key = entry.getKey();
            g.writeNumberField(key instanceof Enum<?> e ? e.name() : key.toString(), entry.getValue());
        }
        g.writeEndObject();
    }
}
