package dev.knigge.internal.scenario;

import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import dev.knigge.scenario.Expectation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a review differs from what its scenario expected; empty when the scenario passed.
 *
 * @param expectedVerdict the verdict the scenario expects
 * @param alsoOk the other verdicts the scenario lets pass, sorted
 * @param actualVerdict the verdict the review gave, or {@code null} when the review failed
 * @param missing required rules that did not fire, with the severity expected
 * @param unexpected rules that fired without being required or allowed by {@code maybe}, with the severity they fired with
 * @param wrongSeverities required rules that fired with another severity
 * @param unknownRules rule ids the scenario names that the policy does not have
 * @param error why the scenario could not be run (the review failed, or the policy lacks its locale), or {@code null}
 * @param whyMissing for missing rules, why each of their DRL rules did not match ({@code Advisor.whyNot}): one
 *        line per DRL rule, naming the first condition that failed and what it read
 */
public record Difference(Verdict expectedVerdict, SortedSet<Verdict> alsoOk, Verdict actualVerdict, SortedMap<String, Severity> missing,
                         SortedMap<String, Severity> unexpected, SortedMap<String, WrongSeverity> wrongSeverities,
                         List<UnknownRule> unknownRules, String error, SortedMap<String, List<String>> whyMissing) {

    /** Checks the fields and copies the collections. */
    public Difference {
        Objects.requireNonNull(expectedVerdict, "expectedVerdict == null");
        alsoOk = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(alsoOk, "alsoOk == null")));
        missing = Collections.unmodifiableSortedMap(new TreeMap<>(missing));
        unexpected = Collections.unmodifiableSortedMap(new TreeMap<>(unexpected));
        wrongSeverities = Collections.unmodifiableSortedMap(new TreeMap<>(wrongSeverities));
        unknownRules = List.copyOf(unknownRules);
        SortedMap<String, List<String>> why = new TreeMap<>();
        whyMissing.forEach((id, lines) -> why.put(id, List.copyOf(lines)));
        whyMissing = Collections.unmodifiableSortedMap(why);
        if (actualVerdict == null && error == null) {
            throw new IllegalArgumentException("a difference without an actual verdict needs an error");
        }
    }

    /** The difference of a scenario that could not be run. */
    static Difference failed(Expectation expect, String error) {
        return new Difference(expect.verdict(), expect.alsoOk(), null, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), List.of(),
                Objects.requireNonNull(error, "error == null"), new TreeMap<>());
    }

    /** This difference with why its missing rules did not match. */
    Difference withWhyMissing(SortedMap<String, List<String>> why) {
        return new Difference(expectedVerdict, alsoOk, actualVerdict, missing, unexpected, wrongSeverities, unknownRules,
                error, why);
    }

    /** Whether the review gave what the scenario expected. */
    public boolean isEmpty() {
        return error == null && !verdictDiffers() && missing.isEmpty() && unexpected.isEmpty()
                && wrongSeverities.isEmpty() && unknownRules.isEmpty();
    }

    /** Whether the review gave a verdict that does not pass (or none, when it failed). */
    public boolean verdictDiffers() {
        return actualVerdict != expectedVerdict && !alsoOk.contains(actualVerdict);
    }

    /**
     * One line per difference, such as {@code verdict: expected DO_NOT_SEND, got REVISE} (or
     * {@code expected SEND or REVISE, got DO_NOT_SEND} when other verdicts pass as well),
     * {@code missing: REC-STRANGER BLOCKER}, {@code unexpected: GEN-LANGUAGE WARNING},
     * {@code wrong severity: REC-GENERIC expected WARNING, got ADVICE} or
     * {@code unknown rule: REC-STRANGR (did you mean REC-STRANGER?)}; empty when there is none.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (error != null) {
            lines.add("error: " + error);
        } else if (verdictDiffers()) {
            StringBuilder expected = new StringBuilder(expectedVerdict.name());
            alsoOk.forEach(also -> expected.append(" or ").append(also));
            lines.add("verdict: expected " + expected + ", got " + actualVerdict);
        }
        missing.forEach((id, severity) -> lines.add("missing: " + id + " " + severity));
        unexpected.forEach((id, severity) -> lines.add("unexpected: " + id + " " + severity));
        wrongSeverities.forEach((id, wrong) -> lines.add("wrong severity: " + id + " expected " + wrong.expected()
                + ", got " + wrong.actual()));
        for (UnknownRule unknown : unknownRules) {
            lines.add("unknown rule: " + unknown.id() + (unknown.closest() != null
                    ? " (did you mean " + unknown.closest() + "?)" : " (the policy has no such rule)"));
        }
        return List.copyOf(lines);
    }

    /**
     * {@link #lines()} with, under each missing rule, why each of its DRL rules did not match
     * ({@link #whyMissing}), indented by two spaces: what {@code knigge test} and a failing JUnit
     * scenario print.
     */
    public List<String> explained() {
        List<String> lines = new ArrayList<>();
        for (String line : lines()) {
            lines.add(line);
            if (line.startsWith("missing: ")) {
                String id = line.substring("missing: ".length(), line.lastIndexOf(' '));
                whyMissing.getOrDefault(id, List.of()).forEach(why -> lines.add("  " + why));
            }
        }
        return List.copyOf(lines);
    }

    /** {@link #lines()}, one per line. */
    @Override
    public String toString() {
        return String.join("\n", lines());
    }

    /**
     * A required rule that fired with another severity than expected.
     *
     * @param expected the severity the scenario expects
     * @param actual the severity it fired with
     */
    public record WrongSeverity(Severity expected, Severity actual) {

        /** Checks the fields. */
        public WrongSeverity {
            Objects.requireNonNull(expected, "expected == null");
            Objects.requireNonNull(actual, "actual == null");
        }
    }

    /**
     * A rule id the scenario names (in {@code rules} or {@code maybe}) that the policy does not have.
     *
     * @param id the id as the scenario spells it
     * @param closest the policy's rule id closest to it, or {@code null} when none is close
     */
    public record UnknownRule(String id, String closest) {

        /** Checks the id. */
        public UnknownRule {
            Objects.requireNonNull(id, "id == null");
        }
    }
}
