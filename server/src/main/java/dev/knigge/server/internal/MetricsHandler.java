package dev.knigge.server.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** {@code GET /metrics}: the service's {@link Metrics} in the Prometheus text format. */
public final class MetricsHandler implements Route.Handler {
    private final Service service;

    public MetricsHandler(Service service) {
        this.service = service;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Query.of(exchange.getRequestURI(), Set.of());
        Exchanges.send(exchange, 200, Prometheus.CONTENT_TYPE,
                service.metrics().text(service.policy(), service.pool().queued()).getBytes(StandardCharsets.UTF_8));
    }
}
