package dev.knigge.rules;

import dev.knigge.junit.PolicyScenarios;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The professional policy's scenario files: realistic requests, each with the verdict and the
 * exact rules a thoughtful networker expects. Every {@code .json} file under the folder (in any
 * sub-folder) with an {@code expect} key runs as its own test.
 */
class ProfessionalScenariosTest {
    static final Path SCENARIOS = Path.of("src/test/resources/scenarios/professional");

    @TestFactory
    Stream<DynamicTest> everyScenarioGetsTheVerdictAndTheRulesItExpects() {
        return PolicyScenarios.from(Reviews.PROFESSIONAL, SCENARIOS);
    }

    @Test
    void theScenariosMakeEveryRuleFire() {
        PolicyScenarios.assertCoverage(Reviews.PROFESSIONAL, SCENARIOS);
    }
}
