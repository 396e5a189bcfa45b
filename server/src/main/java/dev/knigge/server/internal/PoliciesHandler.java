package dev.knigge.server.internal;

import com.sun.net.httpserver.HttpExchange;
import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.policy.PolicyException;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /v1/policies}: what {@code knigge policies} lists, and the policy in service:
 * {@code {"serving": {"policy", "policyVersion", "description", "watching"}, "builtIn": [{"id",
 * "version", "rules", "description"}]}}. The built-in policies are loaded once, on the first call.
 */
public final class PoliciesHandler implements Route.Handler {
    private static final Logger LOG = LoggerFactory.getLogger(PoliciesHandler.class);

    private final Service service;
    private volatile String builtIn;

    public PoliciesHandler(Service service) {
        this.service = service;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Query.of(exchange.getRequestURI(), Set.of());
        Advisor current = service.policy().current();
        String builtInPolicies = builtIn();
        Exchanges.sendJson(exchange, 200, JsonText.of(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("serving");
            g.writeStringField("policy", current.policyId());
            g.writeStringField("policyVersion", current.policyVersion());
            g.writeStringField("description", current.description());
            g.writeBooleanField("watching", service.policy().watching());
            g.writeEndObject();
            g.writeFieldName("builtIn");
            g.writeRawValue(builtInPolicies);
            g.writeEndObject();
        }));
    }

    private String builtIn() {
        String listed = builtIn;
        if (listed == null) {
            listed = JsonText.of(g -> {
                g.writeStartArray();
                for (String id : Policy.builtInIds()) {
                    try {
                        Advisor advisor = Advisor.builder().policy(Policy.builtIn(id)).build();
                        g.writeStartObject();
                        g.writeStringField("id", id);
                        g.writeStringField("version", advisor.policyVersion());
                        g.writeNumberField("rules", advisor.rules(null).size());
                        g.writeStringField("description", advisor.description());
                        g.writeEndObject();
                    } catch (PolicyException e) {
                        LOG.warn("built-in policy {} does not load: {}", id, e.getMessage());
                    }
                }
                g.writeEndArray();
            });
            builtIn = listed;
        }
        return listed;
    }
}
