package dev.knigge.internal.scenario;

import static dev.knigge.internal.scenario.ScenarioFixtures.SAMPLE;
import static dev.knigge.internal.scenario.ScenarioFixtures.scenario;
import static dev.knigge.internal.scenario.ScenarioFixtures.stranger;
import static dev.knigge.internal.scenario.ScenarioFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.Advisor;
import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running scenarios: what passes, how each kind of failure reads, locales, and rule coverage. */
class ScenarioRunTest {
    /** A stranger's recommendation request with a note that states no purpose: SAMPLE-STRANGER and SAMPLE-NO-PURPOSE fire. */
    static final String VAGUE_STRANGER = "{\"type\": \"RECOMMENDATION\", \"language\": \"en\", \"note\": \"Hello there.\"}";

    @TempDir
    Path dir;

    private ScenarioResult run(String text) {
        ScenarioReport report = Scenarios.run(SAMPLE, Scenarios.load(write(dir, "s.json", text)));
        assertThat(report.problems()).isEmpty();
        assertThat(report.results()).hasSize(1);
        return report.results().get(0);
    }

    @Nested
    class AScenario {
        @Test
        void passesWhenTheVerdictAndEveryRuleAreAsExpected() {
            ScenarioResult result = run(stranger("{\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\"}}"));

            assertThat(result.passed()).isTrue();
            assertThat(result.difference().isEmpty()).isTrue();
            assertThat(result.difference().lines()).isEmpty();
            assertThat(result.advice().verdict()).isEqualTo(Verdict.DO_NOT_SEND);
        }

        @Test
        void failsOnAnotherVerdictAndAnotherSeverity() {
            ScenarioResult result = run(stranger("{\"verdict\": \"REVISE\", \"rules\": {\"SAMPLE-STRANGER\": \"WARNING\"}}"));

            assertThat(result.passed()).isFalse();
            Difference difference = result.difference();
            assertThat(difference.verdictDiffers()).isTrue();
            assertThat(difference.actualVerdict()).isEqualTo(Verdict.DO_NOT_SEND);
            assertThat(difference.wrongSeverities())
                    .containsExactly(Map.entry("SAMPLE-STRANGER", new Difference.WrongSeverity(Severity.WARNING, Severity.BLOCKER)));
            assertThat(difference.lines()).containsExactly("verdict: expected REVISE, got DO_NOT_SEND",
                    "wrong severity: SAMPLE-STRANGER expected WARNING, got BLOCKER");
        }

        @Test
        void failsWhenARequiredRuleDoesNotFire() {
            ScenarioResult result = run(stranger("{\"verdict\": \"DO_NOT_SEND\", "
                    + "\"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\", \"SAMPLE-LATE-CONTACT\": \"ADVICE\"}}"));

            assertThat(result.difference().missing()).containsExactly(Map.entry("SAMPLE-LATE-CONTACT", Severity.ADVICE));
            assertThat(result.difference().lines()).containsExactly("missing: SAMPLE-LATE-CONTACT ADVICE");
        }

        @Test
        void saysUnderAMissingRuleWhichConditionFailedAndWhatItRead() {
            ScenarioResult result = run(stranger("{\"verdict\": \"DO_NOT_SEND\", "
                    + "\"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\", \"SAMPLE-LATE-CONTACT\": \"ADVICE\"}}"));

            assertThat(result.difference().explained()).containsExactly("missing: SAMPLE-LATE-CONTACT ADVICE",
                    "  \"SAMPLE-LATE-CONTACT long since the last contact\" failed at sample/sample.drl:63:19"
                            + " lastContactMonths != null && lastContactMonths >= 12 (lastContactMonths = null)");
            assertThat(run(stranger("{\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\"}}"))
                    .difference().whyMissing()).isEmpty();
        }

        @Test
        void failsWhenARuleFiresThatItDoesNotList() {
            ScenarioResult result = run(scenario("vague", VAGUE_STRANGER, null,
                    "{\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\"}}"));

            assertThat(result.difference().unexpected()).containsExactly(Map.entry("SAMPLE-NO-PURPOSE", Severity.ADVICE));
            assertThat(result.difference().lines()).containsExactly("unexpected: SAMPLE-NO-PURPOSE ADVICE");
        }

        @Test
        void letsARuleInMaybeFireOrNot() {
            String expect = "{\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\"}, "
                    + "\"maybe\": [\"SAMPLE-NO-PURPOSE\"]}";

            assertThat(run(scenario("fires", VAGUE_STRANGER, null, expect)).passed()).isTrue();
            assertThat(run(stranger(expect)).passed()).isTrue();
        }

        @Test
        void failsOnARuleIdThePolicyDoesNotHaveAndSuggestsTheClosest() {
            ScenarioResult result = run(stranger("{\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"SAMPLE-STRANGR\": \"BLOCKER\"}, "
                    + "\"maybe\": [\"NO-SUCH-THING\"]}"));

            assertThat(result.difference().unknownRules()).containsExactly(
                    new Difference.UnknownRule("NO-SUCH-THING", null),
                    new Difference.UnknownRule("SAMPLE-STRANGR", "SAMPLE-STRANGER"));
            assertThat(result.difference().missing()).isEmpty();
            assertThat(result.difference().lines()).containsExactly(
                    "unexpected: SAMPLE-STRANGER BLOCKER",
                    "unknown rule: NO-SUCH-THING (the policy has no such rule)",
                    "unknown rule: SAMPLE-STRANGR (did you mean SAMPLE-STRANGER?)");
        }

        @Test
        void listsEveryKindOfDifferenceInOneOrder() {
            ScenarioResult result = run(scenario("all at once", VAGUE_STRANGER, null, "{\"verdict\": \"REVISE\", "
                    + "\"rules\": {\"SAMPLE-STRANGER\": \"WARNING\", \"SAMPLE-PITCH\": \"WARNING\"}}"));

            assertThat(result.difference()).hasToString("""
                    verdict: expected REVISE, got DO_NOT_SEND
                    missing: SAMPLE-PITCH WARNING
                    unexpected: SAMPLE-NO-PURPOSE ADVICE
                    wrong severity: SAMPLE-STRANGER expected WARNING, got BLOCKER""");
        }
    }

    @Nested
    class AVerdictOnlyScenario {
        @Test
        void passesWhateverRulesFireWhenTheVerdictIsTheExpectedOne() {
            ScenarioResult result = run(scenario("vague", VAGUE_STRANGER, null, "{\"verdict\": \"DO_NOT_SEND\"}"));

            assertThat(result.passed()).isTrue();
            assertThat(result.advice().findings()).hasSize(2);
        }

        @Test
        void passesWithAVerdictInAlsoOk() {
            ScenarioResult result = run(ScenarioFixtures.labelled("busy", ScenarioFixtures.BUSY, "SEND", "[\"REVISE\"]"));

            assertThat(result.passed()).isTrue();
            assertThat(result.advice().verdict()).isEqualTo(Verdict.REVISE);
        }

        @Test
        void failsOnAnotherVerdictNamingEveryVerdictThatWouldPass() {
            ScenarioResult result = run(ScenarioFixtures.labelled("busy", ScenarioFixtures.FLOOD, "SEND", "[\"REVISE\"]"));

            assertThat(result.passed()).isFalse();
            assertThat(result.difference().alsoOk()).containsExactly(Verdict.REVISE);
            assertThat(result.difference().lines()).containsExactly("verdict: expected SEND or REVISE, got DO_NOT_SEND");
            assertThat(result.difference().unexpected()).as("rules are not its business").isEmpty();
        }

        @Test
        void withRulesListedStillChecksTheRulesWhenTheVerdictIsInAlsoOk() {
            ScenarioResult result = run("{\"title\": \"t\", \"request\": " + VAGUE_STRANGER + ", \"alsoOk\": [\"DO_NOT_SEND\"], "
                    + "\"expect\": {\"verdict\": \"REVISE\", \"rules\": {\"SAMPLE-PITCH\": \"WARNING\"}, "
                    + "\"maybe\": [\"SAMPLE-STRANGER\"]}}");

            assertThat(result.advice().verdict()).isEqualTo(Verdict.DO_NOT_SEND);
            assertThat(result.difference().verdictDiffers()).isFalse();
            assertThat(result.difference().lines()).containsExactly("missing: SAMPLE-PITCH WARNING",
                    "unexpected: SAMPLE-NO-PURPOSE ADVICE");
        }
    }

    @Nested
    class Locales {
        @Test
        void reviewsInTheScenariosLocale() {
            String expect = "{\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\"}}";

            ScenarioResult german = run(scenario("de", ScenarioFixtures.STRANGER_REQUEST, "de", expect));
            ScenarioResult english = run(scenario("en", ScenarioFixtures.STRANGER_REQUEST, "en", expect));

            assertThat(german.advice().locale()).isEqualTo(Locale.GERMAN);
            assertThat(german.advice().findings().get(0).title()).isEqualTo("Empfehlung von Unbekannten");
            assertThat(english.advice().findings().get(0).title()).isEqualTo("Recommendation from a stranger");
        }

        @Test
        void failsInALocaleThePolicyHasNoMessagesFor() {
            ScenarioResult result = run(scenario("fr", ScenarioFixtures.STRANGER_REQUEST, "fr",
                    "{\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\"}}"));

            assertThat(result.passed()).isFalse();
            assertThat(result.advice()).isNull();
            assertThat(result.failure()).isNull();
            assertThat(result.difference().actualVerdict()).isNull();
            assertThat(result.difference().lines()).containsExactly("error: the policy sample has no messages in fr (it has en, de)");
        }
    }

    @Test
    void aReviewThatFailsInsideThePolicyFailsTheScenarioWithTheRule() {
        Advisor faulty = Advisor.builder().policy(dev.knigge.Policy.builtIn("faulty")).enable("FAULT-THROW").build();
        Path file = write(dir, "throws.json", scenario("throws", "{\"type\": \"ENDORSEMENT\"}", null, "{\"verdict\": \"SEND\"}"));

        ScenarioReport report = Scenarios.run(faulty, Scenarios.load(file));

        ScenarioResult result = report.results().get(0);
        assertThat(result.passed()).isFalse();
        assertThat(result.difference().error()).startsWith("review failed: rule FAULT-THROW");
        assertThat(result.failure().rule()).isEqualTo("FAULT-THROW");
        assertThat(report.coverage().hits()).containsEntry("FAULT-THROW", 0);
    }

    @Nested
    class TheReport {
        @Test
        void countsPassedAndFailedAndInvalid() {
            write(dir, "1-pass.json", stranger("{\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\"}}"));
            write(dir, "2-fail.json", stranger("{\"verdict\": \"SEND\", \"rules\": {}, \"maybe\": [\"SAMPLE-STRANGER\"]}"));
            write(dir, "3-pass.json", scenario("late", "{\"type\": \"MESSAGE\", \"relationship\": {\"knowEachOther\": true, "
                    + "\"lastContactMonths\": 20}}", null, "{\"verdict\": \"SEND\", \"rules\": {\"SAMPLE-LATE-CONTACT\": \"ADVICE\"}}"));

            ScenarioReport report = Scenarios.run(SAMPLE, Scenarios.load(dir));

            assertThat(report.policy()).isEqualTo("sample");
            assertThat(report.policyVersion()).isEqualTo("0.1.0");
            assertThat(report.passed()).isEqualTo(2);
            assertThat(report.failed()).isEqualTo(1);
            assertThat(report.failures()).extracting(r -> r.scenario().file().getFileName().toString()).containsExactly("2-fail.json");
            assertThat(report.summary()).isEqualTo("2 passed, 1 failed");
            assertThat(report.allPassed()).isFalse();

            write(dir, "4-bad.json", "{\"expect\": 1");
            assertThat(Scenarios.run(SAMPLE, Scenarios.load(dir)).summary()).isEqualTo("2 passed, 1 failed, 1 invalid");
        }

        @Test
        void countsInHowManyScenariosEachRuleFired() {
            write(dir, "a.json", stranger("{\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\"}}"));
            write(dir, "b.json", scenario("vague", VAGUE_STRANGER, null, "{\"verdict\": \"DO_NOT_SEND\", "
                    + "\"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\", \"SAMPLE-NO-PURPOSE\": \"ADVICE\"}}"));
            write(dir, "c.json", scenario("volume", "{\"type\": \"CONNECTION\", \"activity\": {\"similarSentLast7Days\": 150}}",
                    null, "{\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"SAMPLE-VOLUME\": \"BLOCKER\"}}"));

            Coverage coverage = Scenarios.run(SAMPLE, Scenarios.load(dir)).coverage();

            assertThat(coverage.hits()).containsExactly(Map.entry("SAMPLE-LATE-CONTACT", 0), Map.entry("SAMPLE-NO-PURPOSE", 1),
                    Map.entry("SAMPLE-PITCH", 0), Map.entry("SAMPLE-STRANGER", 2), Map.entry("SAMPLE-VOLUME", 1));
            assertThat(coverage.uncovered()).containsExactly("SAMPLE-LATE-CONTACT", "SAMPLE-PITCH");
            assertThat(coverage.covered()).containsExactly("SAMPLE-NO-PURPOSE", "SAMPLE-STRANGER", "SAMPLE-VOLUME");
            assertThat(coverage.hits("SAMPLE-VOLUME")).as("both tiers fired, counted once").isEqualTo(1);
            assertThat(coverage).hasToString("3 of 5 rules fired");
        }

        @Test
        void countsEachDrlRuleSoAnUntestedTierShowsThoughItsIdFired() {
            write(dir, "busy.json", scenario("busy", ScenarioFixtures.BUSY, null,
                    "{\"verdict\": \"REVISE\", \"rules\": {\"SAMPLE-VOLUME\": \"WARNING\"}}"));

            Coverage coverage = Scenarios.run(SAMPLE, Scenarios.load(dir)).coverage();

            assertThat(coverage.hits("SAMPLE-VOLUME")).isEqualTo(1);
            assertThat(coverage.drlRules("SAMPLE-VOLUME")).extracting(rule -> rule.tier().location() + " " + rule.hits())
                    .containsExactly("sample/sample.drl:6 0", "sample/sample.drl:17 1");
            assertThat(coverage.uncoveredDrlRules()).extracting(Coverage.DrlRule::toString)
                    .contains("SAMPLE-VOLUME at the weekly cap (sample/sample.drl:6)")
                    .doesNotContain("SAMPLE-VOLUME near the weekly cap (sample/sample.drl:17)");
            assertThat(coverage.drlRules()).hasSize(6);
            assertThat(coverage.drlSummary()).isEqualTo("1 of 6 DRL rules fired");
            assertThat(coverage.inheritedLeftOut()).isZero();
        }

        @Test
        void leavesDisabledRulesOutOfTheCoverage() {
            Advisor withoutPitch = SAMPLE.toBuilder().disable("SAMPLE-PITCH").build();
            write(dir, "a.json", stranger("{\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\"}}"));

            Coverage coverage = Scenarios.run(withoutPitch, Scenarios.load(dir)).coverage();

            assertThat(coverage.hits()).doesNotContainKey("SAMPLE-PITCH");
            assertThat(coverage.uncovered()).containsExactly("SAMPLE-LATE-CONTACT", "SAMPLE-NO-PURPOSE", "SAMPLE-VOLUME");
        }

        @Test
        void holdsImmutableLists() {
            write(dir, "a.json", stranger("{\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\"}}"));
            ScenarioReport report = Scenarios.run(SAMPLE, Scenarios.load(dir));

            assertThatThrownBy(() -> report.results().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> report.coverage().hits().put("X-Y", 1)).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void namesMissingArgumentsInItsChecks() {
            assertThatThrownBy(() -> Scenarios.run(null, Scenarios.load(dir))).hasMessage("advisor == null");
            assertThatThrownBy(() -> Scenarios.run(SAMPLE, null)).hasMessage("scenarios == null");
            assertThatThrownBy(() -> new Coverage(null, List.of(), 0)).hasMessage("hits == null");
        }
    }
}
