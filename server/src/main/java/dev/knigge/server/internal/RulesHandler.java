package dev.knigge.server.internal;

import com.sun.net.httpserver.HttpExchange;
import dev.knigge.Advisor;
import dev.knigge.advice.RuleDescription;
import dev.knigge.advice.Severity;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /v1/rules}: what {@code knigge rules} lists, for the policy in service:
 * {@code {"policy", "policyVersion", "locale", "rules": [{"id", "severities", "title", "enabled"}]}},
 * titles in {@code ?locale=} (English by default).
 */
public final class RulesHandler implements Route.Handler {
    private final Service service;

    public RulesHandler(Service service) {
        this.service = service;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Advisor advisor = service.policy().current();
        Locale requested = Query.of(exchange.getRequestURI(), Set.of("locale")).locale(advisor);
        Locale locale = requested == null ? Locale.ENGLISH : requested;
        Exchanges.sendJson(exchange, 200, JsonText.of(g -> {
            g.writeStartObject();
            g.writeStringField("policy", advisor.policyId());
            g.writeStringField("policyVersion", advisor.policyVersion());
            g.writeStringField("locale", locale.toLanguageTag());
            g.writeArrayFieldStart("rules");
            for (RuleDescription rule : advisor.rules(locale)) {
                g.writeStartObject();
                g.writeStringField("id", rule.id());
                g.writeArrayFieldStart("severities");
                for (Severity severity : rule.severities()) {
                    g.writeString(severity.name());
                }
                g.writeEndArray();
                g.writeStringField("title", rule.title());
                g.writeBooleanField("enabled", rule.enabled());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }
}
