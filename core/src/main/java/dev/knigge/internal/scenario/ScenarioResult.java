package dev.knigge.internal.scenario;

import dev.knigge.advice.Advice;
import dev.knigge.advice.ReviewException;
import dev.knigge.scenario.Scenario;
import java.util.Objects;

/**
 * One scenario as a policy judged it.
 *
 * @param scenario the scenario
 * @param advice the review's advice, in the scenario's locale, or {@code null} when there is none
 * @param difference how the advice differs from what the scenario expects; empty when it passed
 * @param failure how the review failed inside the policy (a rule threw or looped), or {@code null}
 */
public record ScenarioResult(Scenario scenario, Advice advice, Difference difference, ReviewException failure) {

    /** Checks the fields. */
    public ScenarioResult {
        Objects.requireNonNull(scenario, "scenario == null");
        Objects.requireNonNull(difference, "difference == null");
        if (advice == null && difference.error() == null) {
            throw new IllegalArgumentException("a result without advice needs an error");
        }
        if (failure != null && advice != null) {
            throw new IllegalArgumentException("a failed review has no advice");
        }
    }

    /** Whether the review gave exactly what the scenario expects. */
    public boolean passed() {
        return difference.isEmpty();
    }
}
