package dev.knigge.scenario;

import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * The cases whose verdict differs between two policies, with the rules that make the difference:
 * the shadow run before a policy change goes live.
 *
 * <pre>{@code
 * ScenarioSet cases = Scenarios.load(Path.of("real-notes"));
 * PolicyComparison shadow = PolicyComparison.of(Scenarios.run(live, cases), Scenarios.run(candidate, cases));
 * shadow.changes();                    // each case whose verdict would change, and why
 * }</pre>
 *
 * Only cases both policies reviewed are compared. Immutable and thread-safe.
 *
 * @param policy the id of the first policy
 * @param policyVersion its version
 * @param comparedPolicy the id of the policy compared with it
 * @param comparedPolicyVersion its version
 * @param cases the number of cases both policies reviewed
 * @param changes the cases whose verdict differs, in the order they were found
 */
public record PolicyComparison(String policy, String policyVersion, String comparedPolicy, String comparedPolicyVersion,
                               int cases, List<Change> changes) {

    /** Checks the fields and copies the list. */
    public PolicyComparison {
        Objects.requireNonNull(policy, "policy == null");
        Objects.requireNonNull(policyVersion, "policyVersion == null");
        Objects.requireNonNull(comparedPolicy, "comparedPolicy == null");
        Objects.requireNonNull(comparedPolicyVersion, "comparedPolicyVersion == null");
        changes = List.copyOf(Objects.requireNonNull(changes, "changes == null"));
        if (changes.size() > cases) {
            throw new IllegalArgumentException("more changes (" + changes.size() + ") than cases (" + cases + ")");
        }
    }

    /**
     * Compares two runs of the same cases, matched by file.
     *
     * @throws IllegalArgumentException when the runs hold different cases
     */
    public static PolicyComparison of(ScenarioReport report, ScenarioReport compared) {
        Objects.requireNonNull(report, "report == null");
        Objects.requireNonNull(compared, "compared == null");
        Map<Path, ScenarioResult> others = new HashMap<>();
        compared.results().forEach(result -> others.put(result.scenario().file(), result));
        if (others.size() != report.results().size()
                || !report.results().stream().allMatch(result -> others.containsKey(result.scenario().file()))) {
            throw new IllegalArgumentException("the two runs hold different cases (" + report.results().size() + " and "
                    + compared.results().size() + ")");
        }
        int cases = 0;
        List<Change> changes = new ArrayList<>();
        for (ScenarioResult result : report.results()) {
            ScenarioResult other = others.get(result.scenario().file());
            if (result.advice() == null || other.advice() == null) {
                continue;
            }
            cases++;
            if (result.advice().verdict() != other.advice().verdict()) {
                changes.add(new Change(result.scenario(), result.advice().verdict(), other.advice().verdict(),
                        ruleChanges(Comparison.fired(result.advice()), Comparison.fired(other.advice()))));
            }
        }
        return new PolicyComparison(report.policy(), report.policyVersion(), compared.policy(),
                compared.policyVersion(), cases, changes);
    }

    private static List<RuleChange> ruleChanges(SortedMap<String, Severity> fired, SortedMap<String, Severity> other) {
        TreeSet<String> ids = new TreeSet<>(fired.keySet());
        ids.addAll(other.keySet());
        List<RuleChange> changes = new ArrayList<>();
        for (String id : ids) {
            if (fired.get(id) != other.get(id)) {
                changes.add(new RuleChange(id, fired.get(id), other.get(id)));
            }
        }
        return changes;
    }

    /** The number of changes that bring a case's verdict within its judgement. */
    public int intoJudgement() {
        return (int) changes.stream().filter(change -> !change.within() && change.comparedWithin()).count();
    }

    /** The number of changes that take a case's verdict out of its judgement. */
    public int outOfJudgement() {
        return (int) changes.stream().filter(change -> change.within() && !change.comparedWithin()).count();
    }

    /**
     * A case whose verdict differs.
     *
     * @param scenario the case
     * @param verdict the verdict of the first policy
     * @param comparedVerdict the verdict of the policy compared with it
     * @param rules the rules that fired in one and not the other, or at another severity, sorted by id
     */
    public record Change(Scenario scenario, Verdict verdict, Verdict comparedVerdict, List<RuleChange> rules) {

        /** Checks the fields and copies the list. */
        public Change {
            Objects.requireNonNull(scenario, "scenario == null");
            Objects.requireNonNull(verdict, "verdict == null");
            Objects.requireNonNull(comparedVerdict, "comparedVerdict == null");
            rules = List.copyOf(Objects.requireNonNull(rules, "rules == null"));
        }

        /** Whether the first policy's verdict is within the case's judgement. */
        public boolean within() {
            return scenario.expect().accepts(verdict);
        }

        /** Whether the compared policy's verdict is within the case's judgement. */
        public boolean comparedWithin() {
            return scenario.expect().accepts(comparedVerdict);
        }
    }

    /**
     * A rule that fired differently.
     *
     * @param rule the rule id
     * @param severity the worst severity it fired with under the first policy, or {@code null} when it did not fire
     * @param comparedSeverity the same under the compared policy, or {@code null} when it did not fire
     */
    public record RuleChange(String rule, Severity severity, Severity comparedSeverity) {

        /** Checks the fields. */
        public RuleChange {
            Objects.requireNonNull(rule, "rule == null");
            if (severity == comparedSeverity) {
                throw new IllegalArgumentException(rule + " fired the same under both policies");
            }
        }
    }
}
