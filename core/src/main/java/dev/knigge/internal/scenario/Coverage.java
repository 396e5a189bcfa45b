package dev.knigge.internal.scenario;

import dev.knigge.advice.RuleDescription;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which rules of a policy the scenarios made fire, and how often: for every enabled rule id the
 * policy counts, the number of scenarios whose review raised a finding of it, and for each of its
 * DRL rules (its tiers) the number of scenarios it fired in. A disabled rule cannot fire, so it is
 * not counted; a policy that extends another counts only the rules its own folder defines, unless
 * the inherited ones were asked for.
 *
 * @param hits every counted rule id with the number of scenarios it fired in, sorted by id
 * @param drlRules every DRL rule of the counted ids with the number of scenarios it fired in, by id, then file and line
 * @param inheritedLeftOut how many DRL rules of enabled ids were left out because a parent policy defines them
 */
public record Coverage(SortedMap<String, Integer> hits, List<DrlRule> drlRules, int inheritedLeftOut) {

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
        drlRules = List.copyOf(Objects.requireNonNull(drlRules, "drlRules == null"));
        if (inheritedLeftOut < 0) {
            throw new IllegalArgumentException("inheritedLeftOut is negative");
        }
    }

    /**
     * One DRL rule and in how many scenarios it fired.
     *
     * @param id its rule id
     * @param tier where it is written and which policy defines it
     * @param hits the number of scenarios it fired in
     */
    public record DrlRule(String id, RuleDescription.Tier tier, int hits) {

        /** Checks the fields. */
        public DrlRule {
            Objects.requireNonNull(id, "id == null");
            Objects.requireNonNull(tier, "tier == null");
            if (hits < 0) {
                throw new IllegalArgumentException("hits is negative");
            }
        }

        /** {@code REC-STRANGER a stranger cannot vouch for your work (professional/recommendation.drl:12)}. */
        @Override
        public String toString() {
            return tier.name() + " (" + tier.location() + ")";
        }
    }

    /** The rule ids no scenario made fire, sorted. */
    public List<String> uncovered() {
        return hits.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    }

    /** The rule ids that fired in at least one scenario, sorted. */
    public List<String> covered() {
        return hits.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
    }

    /** The number of scenarios a rule fired in; 0 for a rule that never fired or that is not counted. */
    public int hits(String ruleId) {
        return hits.getOrDefault(ruleId, 0);
    }

    /** The DRL rules no scenario made fire, by id, then file and line: an untested tier even of a covered id. */
    public List<DrlRule> uncoveredDrlRules() {
        return drlRules.stream().filter(rule -> rule.hits() == 0).toList();
    }

    /** The DRL rules of one id, by file and line; empty for an id that is not counted. */
    public List<DrlRule> drlRules(String ruleId) {
        return drlRules.stream().filter(rule -> rule.id().equals(ruleId)).toList();
    }

    /** {@code 4 of 10 DRL rules fired}. */
    public String drlSummary() {
        return (drlRules.size() - uncoveredDrlRules().size()) + " of " + drlRules.size() + " DRL rules fired";
    }

    /** {@code 30 of 38 rules fired}. */
    @Override
    public String toString() {
        return covered().size() + " of " + hits.size() + " rules fired";
    }
}
