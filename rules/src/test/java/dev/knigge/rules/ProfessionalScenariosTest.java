package dev.knigge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.Advice;
import dev.knigge.internal.scenario.Scenarios;
import dev.knigge.junit.PolicyScenarios;
import dev.knigge.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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

    /**
     * A scenario file cannot say what went unchecked, so this does: a note in a language the
     * policy has no lexicon for (the French and Spanish scenarios) is listed as unchecked, and no
     * English or German note, nor a missing one, is.
     */
    @Test
    void notesInALanguageWithoutALexiconAreReportedUnchecked() {
        List<Scenario> scenarios = Scenarios.load(SCENARIOS).scenarios();
        int unreadable = 0;
        for (Scenario scenario : scenarios) {
            Advice advice = Reviews.PROFESSIONAL.review(scenario.request());
            String language = scenario.request().language();
            boolean readable = scenario.request().note() == null || Set.of("en", "de").contains(language);
            if (readable) {
                assertThat(advice.unchecked()).as(scenario.file().toString()).isEmpty();
            } else {
                unreadable++;
                assertThat(advice.unchecked()).as(scenario.file().toString()).containsExactly("note-language");
            }
        }
        assertThat(unreadable).as("scenarios with a note in a language without a lexicon").isGreaterThanOrEqualTo(2);
    }
}
