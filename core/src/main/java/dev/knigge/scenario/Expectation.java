package dev.knigge.scenario;

import dev.knigge.Severity;
import dev.knigge.Verdict;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a scenario expects of a review: the verdict, every rule that must fire with its severity,
 * and the rules that may fire as well. Any other rule firing fails the scenario.
 *
 * @param verdict the verdict the review must give
 * @param rules every rule id that must fire, with the severity it must fire with, sorted by id
 * @param maybe rule ids allowed to fire (at any severity) without being required, sorted
 */
public record Expectation(Verdict verdict, SortedMap<String, Severity> rules, SortedSet<String> maybe) {

    /** Checks the fields and copies the collections. */
    public Expectation {
        Objects.requireNonNull(verdict, "verdict == null");
        Objects.requireNonNull(rules, "rules == null");
        Objects.requireNonNull(maybe, "maybe == null");
        rules = Collections.unmodifiableSortedMap(new TreeMap<>(rules));
        maybe = Collections.unmodifiableSortedSet(new TreeSet<>(maybe));
        for (String id : maybe) {
            if (rules.containsKey(id)) {
                throw new IllegalArgumentException(id + " is both required and in maybe");
            }
        }
    }
}
