package dev.knigge.scenario;

import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a scenario expects of a review: the verdict, the verdicts that pass as well, and — unless
 * the expectation is verdict-only — every rule that must fire with its severity and the rules that
 * may fire as well. When the rules are listed, any other rule firing fails the scenario.
 *
 * @param verdict the verdict the review must give; for a case judged by someone else, their label
 * @param alsoOk other verdicts that pass as well (the label sits between two), sorted; never holds {@code verdict}
 * @param verdictOnly whether only the verdict is checked (the scenario lists no {@code rules}); then
 *        {@code rules} and {@code maybe} are empty
 * @param rules every rule id that must fire, with the severity it must fire with, sorted by id
 * @param maybe rule ids allowed to fire (at any severity) without being required, sorted
 */
public record Expectation(Verdict verdict, SortedSet<Verdict> alsoOk, boolean verdictOnly,
                          SortedMap<String, Severity> rules, SortedSet<String> maybe) {

    /** Checks the fields and copies the collections. */
    public Expectation {
        Objects.requireNonNull(verdict, "verdict == null");
        Objects.requireNonNull(alsoOk, "alsoOk == null");
        Objects.requireNonNull(rules, "rules == null");
        Objects.requireNonNull(maybe, "maybe == null");
        alsoOk = Collections.unmodifiableSortedSet(new TreeSet<>(alsoOk));
        rules = Collections.unmodifiableSortedMap(new TreeMap<>(rules));
        maybe = Collections.unmodifiableSortedSet(new TreeSet<>(maybe));
        if (alsoOk.contains(verdict)) {
            throw new IllegalArgumentException("alsoOk holds the verdict " + verdict + " itself");
        }
        if (verdictOnly && !(rules.isEmpty() && maybe.isEmpty())) {
            throw new IllegalArgumentException("a verdict-only expectation lists no rules and no maybe");
        }
        for (String id : maybe) {
            if (rules.containsKey(id)) {
                throw new IllegalArgumentException(id + " is both required and in maybe");
            }
        }
    }

    /** Whether a review with this verdict passes: it is {@link #verdict()} or one of {@link #alsoOk()}. */
    public boolean accepts(Verdict given) {
        return given == verdict || alsoOk.contains(given);
    }

    /** The verdicts that pass, as people read them: {@code SEND}, or {@code SEND (or REVISE)} when others pass as well. */
    public String verdictText() {
        if (alsoOk.isEmpty()) {
            return verdict.name();
        }
        StringJoiner others = new StringJoiner(", ", " (or ", ")");
        alsoOk.forEach(other -> others.add(other.name()));
        return verdict + others.toString();
    }
}
