package dev.knigge.internal.scenario;

import dev.knigge.advice.Advice;
import dev.knigge.advice.Finding;
import dev.knigge.advice.Severity;
import dev.knigge.internal.Suggestions;
import dev.knigge.scenario.Expectation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Compares a review's advice with what its scenario expects. */
final class Comparison {
    private Comparison() {}

    /**
     * The difference between the advice and the expectation: of the verdict alone when the
     * expectation is verdict-only.
     *
     * @param known every rule id of the policy, to tell a rule that did not fire from one that does not exist
     */
    static Difference of(Expectation expect, Advice advice, Collection<String> known) {
        SortedMap<String, Severity> fired = fired(advice);
        List<Difference.UnknownRule> unknown = new ArrayList<>();
        Stream.concat(expect.rules().keySet().stream(), expect.maybe().stream()).sorted()
                .filter(id -> !known.contains(id))
                .forEach(id -> unknown.add(new Difference.UnknownRule(id, Suggestions.closest(id, known))));
        SortedMap<String, Severity> missing = new TreeMap<>();
        SortedMap<String, Difference.WrongSeverity> wrong = new TreeMap<>();
        for (Map.Entry<String, Severity> required : expect.rules().entrySet()) {
            Severity actual = fired.get(required.getKey());
            if (actual == null) {
                if (known.contains(required.getKey())) {
                    missing.put(required.getKey(), required.getValue());
                }
            } else if (actual != required.getValue()) {
                wrong.put(required.getKey(), new Difference.WrongSeverity(required.getValue(), actual));
            }
        }
        SortedMap<String, Severity> unexpected = new TreeMap<>();
        if (!expect.verdictOnly()) {
            unexpected.putAll(fired);
            unexpected.keySet().removeAll(expect.rules().keySet());
            unexpected.keySet().removeAll(expect.maybe());
        }
        return new Difference(expect.verdict(), expect.alsoOk(), advice.verdict(), missing, unexpected, wrong, unknown,
                null, new TreeMap<>());
    }

    /** Each rule that fired, once, with the worst severity it fired with, sorted by id. */
    static SortedMap<String, Severity> fired(Advice advice) {
        SortedMap<String, Severity> fired = new TreeMap<>();
        for (Finding finding : advice.findings()) {
            fired.merge(finding.rule(), finding.severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return fired;
    }
}
