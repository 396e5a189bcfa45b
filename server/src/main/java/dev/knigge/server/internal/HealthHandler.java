package dev.knigge.server.internal;

import com.sun.net.httpserver.HttpExchange;
import dev.knigge.Advisor;
import java.io.IOException;
import java.util.Set;

/**
 * {@code GET /healthz}: 200 while the service reviews, with the policy in service and, for a
 * watched folder, how its reloads went: {@code "status"} is {@code "ok"}, or {@code "degraded"}
 * when the latest edit of the policy does not load (its problems listed, as {@code knigge lint}
 * prints them) and the last good policy keeps serving.
 */
public final class HealthHandler implements Route.Handler {
    private final Service service;

    public HealthHandler(Service service) {
        this.service = service;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Query.of(exchange.getRequestURI(), Set.of());
        ServedPolicy policy = service.policy();
        Advisor current = policy.current();
        ServedPolicy.Failure failure = policy.failure();
        Exchanges.sendJson(exchange, 200, JsonText.of(g -> {
            g.writeStartObject();
            g.writeStringField("status", failure == null ? "ok" : "degraded");
            g.writeStringField("policy", current.policyId());
            g.writeStringField("policyVersion", current.policyVersion());
            g.writeBooleanField("watching", policy.watching());
            g.writeNumberField("reloads", policy.reloads());
            g.writeNumberField("reloadFailures", policy.reloadFailures());
            if (failure != null) {
                g.writeObjectFieldStart("reloadFailed");
                g.writeStringField("at", failure.at().toString());
                g.writeArrayFieldStart("problems");
                for (String problem : failure.problems()) {
                    g.writeString(problem);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
        }));
    }
}
