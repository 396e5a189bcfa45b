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
 * The strict policy's scenario files: requests around the thresholds and severities strict
 * overrides, plus two good requests that strict must still let through.
 */
class StrictScenariosTest {
    static final Path SCENARIOS = Path.of("src/test/resources/scenarios/strict");

    /** Good requests that strict reviews exactly as professional does: it tightens, it doesn't nag. */
    static final Set<String> UNCHANGED = Set.of("thirty-mutual-contacts-never-met.json", "former-colleague-de.json");

    @TestFactory
    Stream<DynamicTest> everyScenarioGetsTheVerdictAndTheRulesItExpects() {
        return PolicyScenarios.from(StrictPolicyTest.STRICT, SCENARIOS);
    }

    /**
     * Every rule whose threshold or severity strict overrides fires in a strict scenario, counted
     * per DRL rule with the inherited ones (strict defines none of its own). The rules strict takes
     * from professional unchanged are covered by professional's scenarios.
     */
    @Test
    void theScenariosMakeEveryRuleStrictChangesFire() {
        PolicyScenarios.assertCoverageIncludingInherited(StrictPolicyTest.STRICT, SCENARIOS,
                "CON-DEFAULT-TEMPLATE", "CON-NO-NOTE", "DE-DU-STRANGER", "DE-TITLE", "END-SKILL-NOT-OBSERVED",
                "GEN-BIG-ASK", "GEN-LANGUAGE", "GEN-NO-BASIS", "GEN-NO-PURPOSE", "GEN-OPTED-OUT", "GEN-PERSONAL-ADVANCE",
                "GEN-PROFILE-MISMATCH", "GEN-REQUESTER-PROFILE", "GEN-SALUTATION", "GRP-NO-REASON", "GRP-REPEAT",
                "GRP-TOPIC-MISMATCH", "INT-NO-CONTEXT", "INT-NO-OPTIN", "INT-WEAK-INTERMEDIARY",
                "MSG-RECRUITER-GENERIC", "PLAT-NOT-ELIGIBLE", "REC-GENERIC", "REC-NO-OUT", "REC-NO-RECIPROCITY",
                "REC-NO-WORK-OBSERVED", "REC-STRANGER",
                // Tiers of the rules strict changes that no strict scenario exercises yet (professional's rule tests do).
                "CON-ACCOUNT-HEALTH the platform restricts the requester's invitations",
                "GEN-ASK-TOO-SOON a big ask right after connecting",
                "GEN-COLD-PITCH one personal, asking sales message to someone you don't know",
                "GEN-COLD-PITCH an advertisement: a pitch that says nothing about them and asks nothing",
                "GEN-COLD-PITCH a mass-sent pitch to someone you don't know",
                "GEN-COLD-PITCH a pitch unrelated to the recipient's profile",
                "GEN-COLD-PITCH cannot tell whether the pitch fits without the recipient's profile",
                "GEN-FOLLOWUP-PACE a nudge soon after an unanswered request",
                "GEN-FOLLOWUP-PACE an early nudge that gives an easy way out",
                "GEN-FOLLOWUP-PACE a pushy nudge after an unanswered request",
                "GEN-FOLLOWUP-PACE a re-invite soon after withdrawing an invitation",
                "GEN-LENGTH a LinkedIn connection note over the free account's limit",
                "GEN-LENGTH a LinkedIn connection note over the premium account's limit",
                "GEN-LENGTH a LinkedIn InMail body over the limit",
                "GEN-LENGTH a LinkedIn InMail subject over the limit",
                "GEN-LENGTH a XING group invitation over the limit",
                "GEN-MASS-TEMPLATE the same note goes to many acquaintances and fits anyone",
                "GEN-NO-CONTEXT a stranger's note says who you are and what you want, but not why them",
                "GEN-NO-CONTEXT a stranger's note asks something specific, but says neither why them nor who you are",
                "GEN-NO-CONTEXT an acquaintance out of touch for long gets no reminder");
    }

    /** Each scenario shows something strict changes: professional reviews it differently, except the controls. */
    @Test
    void professionalReviewsEveryScenarioButTheControlsDifferently() {
        List<Scenario> scenarios = Scenarios.load(SCENARIOS).scenarios();
        assertThat(scenarios).extracting(s -> s.file().getFileName().toString()).containsAll(UNCHANGED);
        for (Scenario scenario : scenarios) {
            Advice strict = StrictPolicyTest.STRICT.review(scenario.request());
            Advice professional = Reviews.PROFESSIONAL.review(scenario.request());
            String file = scenario.file().getFileName().toString();
            if (UNCHANGED.contains(file)) {
                assertThat(strict.findings()).as(file).isEqualTo(professional.findings());
            } else {
                assertThat(strict.findings()).as(file).isNotEqualTo(professional.findings());
                assertThat(strict.verdict().compareTo(professional.verdict())).as(file).isGreaterThanOrEqualTo(0);
            }
        }
    }
}
