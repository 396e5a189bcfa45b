package dev.knigge.internal.scenario;

import dev.knigge.scenario.Scenario;
import dev.knigge.scenario.ScenarioProblem;
import java.nio.file.Path;
import java.util.List;

/**
 * The scenarios found under some files and folders, in a stable order: the paths in the order
 * given, each folder's files sorted by their path in it.
 *
 * @param scenarios the scenarios that were read
 * @param problems the scenario files that could not be read, and paths that do not exist
 * @param skipped the {@code .json} files that are not scenarios (no {@code expect} key)
 */
public record ScenarioSet(List<Scenario> scenarios, List<ScenarioProblem> problems, List<Path> skipped) {

    /** Copies the lists. */
    public ScenarioSet {
        scenarios = List.copyOf(scenarios);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }

    /** Whether nothing was found: no scenario and no problem. */
    public boolean isEmpty() {
        return scenarios.isEmpty() && problems.isEmpty();
    }
}
