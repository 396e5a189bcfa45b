package dev.knigge.internal.engine;

import dev.knigge.advice.Severity;
import java.util.Map;
import java.util.Set;

/**
 * What an {@code Advisor.Builder} changes on top of the policy; it wins over every layer.
 *
 * @param parameters parameter values by key
 * @param severities severities by rule id (every tier of the id)
 * @param disabled rule ids switched off
 * @param enabled rule ids switched back on
 */
public record Overrides(Map<String, Number> parameters, Map<String, Severity> severities, Set<String> disabled,
                        Set<String> enabled) {

    public static final Overrides NONE = new Overrides(Map.of(), Map.of(), Set.of(), Set.of());

    public Overrides {
        parameters = Map.copyOf(parameters);
        severities = Map.copyOf(severities);
        disabled = Set.copyOf(disabled);
        enabled = Set.copyOf(enabled);
    }

    /** How problems name a builder override. */
    public static final String ORIGIN = "Advisor.Builder";
}
