package dev.knigge.authoring;

import dev.knigge.request.RequestType;
import java.util.Map;
import java.util.TreeMap;

/**
 * The policy's thresholds (norms §2 keys such as {@code cap.weekly.CONNECTION}), after the
 * child policy's and the builder's overrides. Rules read every number from here, never from a
 * literal: {@code Parameters( $cap : integer("mass.sameNote") )}.
 */
public final class Parameters {
    private final Map<String, Double> values;

    /** @param values every parameter by key */
    public Parameters(Map<String, Double> values) {
        this.values = Map.copyOf(values);
    }

    /** Whether the policy defines this key. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The value of a key as a decimal. */
    public double decimal(String key) {
        Double value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the policy defines no parameter '" + key + "'");
        }
        return value;
    }

    /** The value of a key as a whole number. */
    public int integer(String key) {
        double value = decimal(key);
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException("parameter '" + key + "' is " + value + ", not a whole number");
        }
        return (int) value;
    }

    /** The weekly cap for a request type: {@code integer("cap.weekly." + type)}. */
    public int weeklyCap(RequestType type) {
        return integer("cap.weekly." + type.name());
    }

    /** Every parameter by key. */
    public Map<String, Double> values() {
        return values;
    }

    @Override
    public String toString() {
        return "Parameters" + new TreeMap<>(values);
    }
}
