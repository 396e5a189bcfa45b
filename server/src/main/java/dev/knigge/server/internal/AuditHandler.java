package dev.knigge.server.internal;

import com.sun.net.httpserver.HttpExchange;
import dev.knigge.Advisor;
import dev.knigge.advice.Advice;
import dev.knigge.audit.AuditEntry;
import dev.knigge.audit.Campaign;
import dev.knigge.audit.CampaignReport;
import dev.knigge.json.AdviceJson;
import dev.knigge.json.CampaignJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /v1/audit}: a campaign (NDJSON, one sender's planned requests) in; out, as with
 * {@code knigge audit --format json}, one advice per line in input order (a bad line or a failed
 * review as {@code {"line": n, "error": "…"}}), then the report, {@code {"campaign": {…}}}. The
 * audit reads its input twice, so the body goes to a temporary file first, deleted after.
 */
public final class AuditHandler implements Route.Handler {
    private static final AdviceJson JSON = AdviceJson.compact();

    private final Service service;

    public AuditHandler(Service service) {
        this.service = service;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Advisor advisor = service.policy().current();
        Locale locale = Query.of(exchange.getRequestURI(), Set.of("locale")).locale(advisor);
        Exchanges.requireContentType(exchange, BatchHandler.NDJSON_TYPES);
        byte[] body = Exchanges.body(exchange, service.maxBatchBytes(), "campaign");
        byte[] answer = service.pool().run(() -> audit(body, advisor, locale));
        Exchanges.send(exchange, 200, Exchanges.NDJSON, answer);
    }

    private byte[] audit(byte[] body, Advisor advisor, Locale locale) throws IOException {
        Path campaign = Files.createTempFile("knigge-audit-", ".ndjson");
        try {
            Files.write(campaign, body);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length * 2 + 512);
            Map<Locale, Integer> locales = new HashMap<>();
            try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                CampaignReport report = advisor.audit(Campaign.ndjson(campaign), locale, entry -> {
                    try {
                        write(entry, out, locales);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                out.write(CampaignJson.write(report, locale != null ? locale : mostUsed(locales)));
                out.write('\n');
            }
            return bytes.toByteArray();
        } finally {
            Files.deleteIfExists(campaign);
        }
    }

    private void write(AuditEntry entry, Writer out, Map<Locale, Integer> locales) throws IOException {
        Advice advice = entry.advice();
        if (entry.invalid() != null) {
            out.write(JsonText.lineError(entry.line(), entry.invalid().getMessage()));
        } else if (entry.failure() != null) {
            service.metrics().failed();
            out.write(JsonText.lineError(entry.line(), HttpError.reviewFailedMessage(entry.failure())));
        } else {
            service.metrics().reviewed(advice, -1);
            locales.merge(advice.locale(), 1, Integer::sum);
            JSON.write(advice, entry.line(), out);
        }
        out.write('\n');
    }

    /** The locale most of the advice speaks, so the report speaks it too (as the command does); English for none. */
    private static Locale mostUsed(Map<Locale, Integer> locales) {
        return locales.entrySet().stream()
                .max(Map.Entry.<Locale, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().toLanguageTag(), Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(Locale.ENGLISH);
    }
}
