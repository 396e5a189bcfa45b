package dev.knigge.server.internal;

import com.sun.net.httpserver.HttpExchange;
import dev.knigge.internal.facts.FactReference;
import dev.knigge.internal.facts.FactsJson;
import java.io.IOException;
import java.util.Set;

/** {@code GET /v1/facts}: the facts a rule's patterns match, as {@code knigge facts --format json} prints them. */
public final class FactsHandler implements Route.Handler {
    private volatile String facts;

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Query.of(exchange.getRequestURI(), Set.of());
        String json = facts;
        if (json == null) {
            json = FactsJson.facts(FactReference.load());
            facts = json;
        }
        Exchanges.sendJson(exchange, 200, json);
    }
}
