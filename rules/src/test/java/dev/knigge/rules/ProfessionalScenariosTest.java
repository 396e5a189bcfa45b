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

    /**
     * Every DRL rule of professional fires in a scenario, tier by tier, except the 26 of 93 listed:
     * tiers no scenario exercises yet (each has its rule test in the rules' own test classes). The
     * list can only shrink: a listed rule that a new scenario makes fire fails this test.
     */
    @Test
    void theScenariosMakeEveryRuleFire() {
        PolicyScenarios.assertCoverage(Reviews.PROFESSIONAL, SCENARIOS,
                "DE-DU-STRANGER du although Sie was agreed",
                "GEN-BIG-ASK a job asked of someone you don't know but have been in touch with",
                "GEN-BIG-ASK a small-enough ask of someone you don't know, with a reason",
                "GEN-BIG-ASK a vague big ask of someone you know",
                "GEN-COLD-PITCH one personal, asking sales message to someone you don't know",
                "GEN-COLD-PITCH cannot tell whether the pitch fits without the recipient's profile",
                "GEN-FOLLOWUP-PACE an early nudge that gives an easy way out",
                "GEN-FOLLOWUP-PACE a pushy nudge after an unanswered request",
                "GEN-LENGTH a LinkedIn connection note over the premium account's limit",
                "GEN-LENGTH a LinkedIn InMail subject over the limit",
                "GEN-MASS-TEMPLATE the same note goes to many acquaintances and fits anyone",
                "GEN-NO-BASIS cannot be judged without the recipient's profile",
                "GEN-NO-BASIS cannot judge an invitation without the recipient's profile",
                "GEN-NO-CONTEXT an acquaintance out of touch for long gets no reminder",
                "GEN-NO-PURPOSE a stranger's message says why them but not what is wanted",
                "GEN-NO-PURPOSE an acquaintance's note does not say what is wanted",
                "GEN-PROFILE-MISMATCH cannot be judged without the recipient's profile",
                "GRP-EMPTY-GROUP many invitations into an empty group this week",
                "GRP-TOPIC-MISMATCH cannot be judged without the recipient's profile",
                "INT-WEAK-INTERMEDIARY an introduction asked of someone you don't know, with a reason",
                "PLAT-NOT-ELIGIBLE an InMail to someone who does not accept InMail",
                "PLAT-NOT-ELIGIBLE a group invitation from someone who is not a member",
                "PLAT-NOT-ELIGIBLE a group invitation to someone who already is a member",
                "PLAT-NOT-ELIGIBLE a LinkedIn group invitation to someone not 1st-degree",
                "REC-GENERIC a recommendation request without a note",
                "REC-GENERIC a personal request that names nothing, to someone who saw your work");
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
