package dev.knigge.internal.scenario;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which rules of a policy the scenarios made fire, and how often: for every enabled rule id, the
 * number of scenarios whose review it fired in (a disabled rule cannot fire, so it is not counted).
 *
 * @param hits every enabled rule id of the policy with the number of scenarios it fired in, sorted by id
 */
public record Coverage(SortedMap<String, Integer> hits) {

    /** Checks and copies the counts. */
    public Coverage {
        Objects.requireNonNull(hits, "hits == null");
        for (Map.Entry<String, Integer> entry : hits.entrySet()) {
            Objects.requireNonNull(entry.getValue(), "hits[" + entry.getKey() + "] == null");
            if (entry.getValue() < 0) {
                throw new IllegalArgumentException("hits[" + entry.getKey() + "] is negative");
            }
        }
        hits = Collections.unmodifiableSortedMap(new TreeMap<>(hits));
    }

    /** The rule ids no scenario made fire, sorted. */
    public List<String> uncovered() {
        return hits.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    }

    /** The rule ids that fired in at least one scenario, sorted. */
    public List<String> covered() {
        return hits.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
    }

    /** The number of scenarios a rule fired in; 0 for a rule that never fired or that the policy lacks. */
    public int hits(String ruleId) {
        return hits.getOrDefault(ruleId, 0);
    }

    /** {@code 30 of 38 rules fired}. */
    @Override
    public String toString() {
        return covered().size() + " of " + hits.size() + " rules fired";
    }
}
