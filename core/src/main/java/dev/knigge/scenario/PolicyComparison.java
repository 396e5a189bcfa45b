package dev.knigge.scenario;

import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * The cases whose verdict differs between two policies, with the rules that make the difference:
 * the shadow run before a policy change goes live.
 *
 * <pre>{@code
 * PolicyComparison shadow = PolicyScenarios.compare(live, candidate, Path.of("real-notes"));   // knigge-junit
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
