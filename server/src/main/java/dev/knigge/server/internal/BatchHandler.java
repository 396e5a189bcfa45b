package dev.knigge.server.internal;

import com.sun.net.httpserver.HttpExchange;
import dev.knigge.Advisor;
import dev.knigge.advice.ReviewException;
import dev.knigge.json.AdviceJson;
import dev.knigge.json.RequestJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /v1/review/batch}: NDJSON requests in, NDJSON out in input order, one line per
 * non-blank input line: its advice with {@code "line"}, or {@code {"line": n, "error": "…"}} for a
 * line that is not a valid request or whose review failed; the other lines are still reviewed. The
 * batch is one job on one review thread, with the policy current when it started; the answer is
 * written by the HTTP thread, so a client slow to read holds no review thread.
 */
public final class BatchHandler implements Route.Handler {
    /** NDJSON content types this endpoint and {@code /v1/audit} take. */
    static final List<String> NDJSON_TYPES = List.of("application/x-ndjson", "application/ndjson", "application/jsonl");

    private final Service service;

    public BatchHandler(Service service) {
        this.service = service;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Advisor advisor = service.policy().current();
        Query query = Query.of(exchange.getRequestURI(), Set.of("locale", "explain"));
        Locale locale = query.locale(advisor);
        AdviceJson json = query.flag("explain") ? AdviceJson.compact().withTrace() : AdviceJson.compact();
        Exchanges.requireContentType(exchange, NDJSON_TYPES);
        byte[] body = Exchanges.body(exchange, service.maxBatchBytes(), "batch");
        byte[] answer = service.pool().run(() -> review(body, advisor, locale, json));
        Exchanges.send(exchange, 200, Exchanges.NDJSON, answer);
    }

    private byte[] review(byte[] body, Advisor advisor, Locale locale, AdviceJson json) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length * 2 + 64);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             RequestJson.Lines lines = RequestJson.readLines(new ByteArrayInputStream(body))) {
            for (RequestJson.Line line : lines) {
                if (!line.valid()) {
                    out.write(JsonText.lineError(line.number(), line.error().getMessage()));
                } else {
                    try {
                        json.write(service.review(advisor, line.request(), locale), line.number(), out);
                    } catch (ReviewException e) {
                        out.write(JsonText.lineError(line.number(), HttpError.reviewFailedMessage(e)));
                    }
                }
                out.write('\n');
            }
        }
        return bytes.toByteArray();
    }
}
