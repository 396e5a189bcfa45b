package dev.knigge.server.internal;

import com.sun.net.httpserver.HttpExchange;
import dev.knigge.Advisor;
import dev.knigge.advice.Advice;
import dev.knigge.advice.ReviewException;
import dev.knigge.json.AdviceJson;
import dev.knigge.json.RequestJson;
import dev.knigge.request.InvalidRequestException;
import dev.knigge.request.ReviewRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /v1/review}: one request (JSON request format v1) in, its advice (advice format v1)
 * out; {@code ?locale=} picks the language, {@code ?explain=true} adds the trace.
 */
public final class ReviewHandler implements Route.Handler {
    private static final AdviceJson PLAIN = AdviceJson.compact();
    private static final AdviceJson TRACED = AdviceJson.compact().withTrace();

    private final Service service;

    public ReviewHandler(Service service) {
        this.service = service;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Advisor advisor = service.policy().current();
        Query query = Query.of(exchange.getRequestURI(), Set.of("locale", "explain"));
        Locale locale = query.locale(advisor);
        boolean explain = query.flag("explain");
        Exchanges.requireContentType(exchange, List.of("application/json"));
        byte[] body = Exchanges.body(exchange, Service.MAX_REQUEST_BYTES, "request");
        ReviewRequest request;
        try {
            request = RequestJson.read(new ByteArrayInputStream(body));
        } catch (InvalidRequestException e) {
            throw HttpError.badRequest(e.getMessage());
        }
        Advice advice;
        try {
            advice = service.pool().run(() -> service.review(advisor, request, locale));
        } catch (ReviewException e) {
            throw HttpError.reviewFailed(e);
        }
        Exchanges.sendJson(exchange, 200, (explain ? TRACED : PLAIN).write(advice));
    }
}
