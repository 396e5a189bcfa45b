package dev.knigge.internal.scenario;

import dev.knigge.scenario.ScenarioProblem;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of running scenarios against one policy: each scenario's result, the files that
 * could not be read, and the policy's rule coverage.
 *
 * @param policy the id of the policy the scenarios ran against
 * @param policyVersion that policy's version
 * @param results one result per scenario, in the order the scenarios were found
 * @param problems the scenario files that could not be read
 * @param coverage which of the policy's rules the scenarios made fire
 */
public record ScenarioReport(String policy, String policyVersion, List<ScenarioResult> results,
                             List<ScenarioProblem> problems, Coverage coverage) {

    /** Checks the fields and copies the lists. */
    public ScenarioReport {
        Objects.requireNonNull(policy, "policy == null");
        Objects.requireNonNull(policyVersion, "policyVersion == null");
        Objects.requireNonNull(coverage, "coverage == null");
        results = List.copyOf(results);
        problems = List.copyOf(problems);
    }

    /** The number of scenarios that passed. */
    public int passed() {
        return (int) results.stream().filter(ScenarioResult::passed).count();
    }

    /** The number of scenarios that failed. */
    public int failed() {
        return results.size() - passed();
    }

    /** The results of the scenarios that failed, in order. */
    public List<ScenarioResult> failures() {
        return results.stream().filter(result -> !result.passed()).toList();
    }

    /** Whether every scenario passed and every scenario file could be read. */
    public boolean allPassed() {
        return failed() == 0 && problems.isEmpty();
    }

    /** {@code N passed, M failed}, with {@code , K invalid} added when some scenario files could not be read. */
    public String summary() {
        String summary = passed() + " passed, " + failed() + " failed";
        return problems.isEmpty() ? summary : summary + ", " + problems.size() + " invalid";
    }
}
