package dev.knigge.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.knigge.Advisor;
import dev.knigge.AdvisorListener;
import dev.knigge.Policy;
import dev.knigge.advice.Advice;
import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import dev.knigge.internal.scenario.Coverage;
import dev.knigge.request.ReviewRequest;
import dev.knigge.scenario.PolicyComparison;
import dev.knigge.scenario.QualityReport;
import dev.knigge.scenario.QualityTargets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The JUnit helper on a tiny team policy from disk: dynamic tests that pass and fail, and the coverage assertion. */
class PolicyScenariosTest {
    static final Policy TINY = policy("tiny");
    static final Advisor ADVISOR = Advisor.builder().policy(TINY).build();
    static final String TINY_DRL = TINY.directory().resolve("tiny.drl").toString();
    /** tiny-child: extends tiny, adds CHILD-MESSAGE in two tiers (WARNING to a stranger, ADVICE to an acquaintance). */
    static final Advisor CHILD = Advisor.builder().policy(policy("tiny-child")).build();
    static final String CHILD_DRL = policy("tiny-child").directory().resolve("child.drl").toString();

    static final String STRANGER = "{\"title\": \"a stranger asks for a recommendation\", "
            + "\"request\": {\"type\": \"RECOMMENDATION\"}, \"locale\": \"de\", "
            + "\"expect\": {\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"TINY-STRANGER\": \"BLOCKER\"}}}";
    static final String NO_NOTE = "{\"title\": \"a blank invitation\", \"request\": {\"type\": \"CONNECTION\"}, "
            + "\"expect\": {\"verdict\": \"REVISE\", \"rules\": {\"TINY-NO-NOTE\": \"WARNING\"}}}";
    /** Expects SEND of a request that gets DO_NOT_SEND. */
    static final String WRONG = "{\"title\": \"a wrong expectation\", \"request\": {\"type\": \"RECOMMENDATION\"}, "
            + "\"expect\": {\"verdict\": \"SEND\", \"rules\": {}}}";

    @TempDir
    Path dir;

    static Policy policy(String name) {
        try {
            return Policy.directory(Path.of(PolicyScenariosTest.class.getResource("/policies/" + name + "/policy.properties")
                    .toURI()).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Path write(String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AssertionFailedError failure(DynamicTest test) {
        Throwable thrown = catchThrowable(() -> test.getExecutable().execute());
        assertThat(thrown).as("%s fails", test.getDisplayName()).isInstanceOf(AssertionFailedError.class);
        return (AssertionFailedError) thrown;
    }

    @Nested
    class DynamicTests {
        @Test
        void oneNamedAfterTheTitleAndFileOfEachScenarioPassesWhenTheScenarioHolds() {
            Path stranger = write("recommendation/stranger.json", STRANGER);
            write("connection/no-note.json", NO_NOTE);
            write("requests/draft.json", "{\"type\": \"CONNECTION\"}");

            List<DynamicTest> tests = PolicyScenarios.from(ADVISOR, dir).toList();

            assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly(
                    "a blank invitation (connection" + dir.getFileSystem().getSeparator() + "no-note.json)",
                    "a stranger asks for a recommendation (recommendation" + dir.getFileSystem().getSeparator()
                            + "stranger.json)");
            assertThat(tests.get(1).getTestSourceUri()).contains(stranger.toUri());
            for (DynamicTest test : tests) {
                assertThatCode(() -> test.getExecutable().execute()).as(test.getDisplayName()).doesNotThrowAnyException();
            }
        }

        @Test
        void failsWithTheDifferenceAndTheExpectedAndActualOutcome() {
            Path file = write("wrong.json", WRONG);

            List<DynamicTest> tests = PolicyScenarios.from(ADVISOR, file).toList();

            assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("a wrong expectation (wrong.json)");
            AssertionFailedError failure = failure(tests.get(0));
            assertThat(failure).hasMessage("""
                    scenario "a wrong expectation" (wrong.json) failed:
                      verdict: expected SEND, got DO_NOT_SEND
                      unexpected: TINY-STRANGER BLOCKER""");
            assertThat(failure.getExpected().getStringRepresentation()).isEqualTo("verdict: SEND\n");
            assertThat(failure.getActual().getStringRepresentation()).isEqualTo("verdict: DO_NOT_SEND\nTINY-STRANGER: BLOCKER\n");
        }

        @Test
        void saysUnderAMissingRuleWhichOfItsConditionsFailed() {
            Path file = write("known.json", "{\"title\": \"an acquaintance asks\", \"request\": {\"type\": \"RECOMMENDATION\", "
                    + "\"relationship\": {\"knowEachOther\": true}}, "
                    + "\"expect\": {\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"TINY-STRANGER\": \"BLOCKER\"}}}");

            AssertionFailedError failure = failure(PolicyScenarios.from(ADVISOR, file).toList().get(0));

            assertThat(failure).hasMessage("""
                    scenario "an acquaintance asks" (known.json) failed:
                      verdict: expected DO_NOT_SEND, got SEND
                      missing: TINY-STRANGER BLOCKER
                        "TINY-STRANGER a stranger asks for a recommendation" failed at %s:11:19 !knowEachOther \
                    (knowEachOther = true)""".formatted(TINY_DRL));
        }

        @Test
        void readTheFilesUpFrontAndReviewOnlyWhenExecuted() {
            AtomicInteger reviews = new AtomicInteger();
            Advisor counting = ADVISOR.toBuilder().listener(new AdvisorListener() {
                @Override
                public void reviewed(ReviewRequest request, Advice advice, long nanos) {
                    reviews.incrementAndGet();
                }
            }).build();
            write("s.json", STRANGER);
            DynamicTest test = PolicyScenarios.from(counting, dir).toList().get(0);
            write("s.json", WRONG);
            assertThat(reviews).hasValue(0);

            assertThatCode(() -> test.getExecutable().execute()).as("the file as it was read").doesNotThrowAnyException();
            assertThat(reviews).hasValue(1);
        }

        @Test
        void includeAFailingOneForEachInvalidScenarioFile() {
            write("good.json", STRANGER);
            write("typo.json", STRANGER.replace("\"BLOCKER\"", "\"BLOKER\""));

            List<DynamicTest> tests = PolicyScenarios.from(ADVISOR, dir).toList();

            assertThat(tests).extracting(DynamicTest::getDisplayName)
                    .containsExactly("a stranger asks for a recommendation (good.json)", "invalid scenario file typo.json");
            assertThat(failure(tests.get(1))).hasMessageContaining("typo.json:1: $.expect.rules['TINY-STRANGER']: "
                    + "unknown severity \"BLOKER\" (did you mean \"BLOCKER\"?)");
        }

        @Test
        void failLoudlyForAFolderWithoutScenarios() {
            write("draft.json", "{\"type\": \"CONNECTION\"}");

            List<DynamicTest> tests = PolicyScenarios.from(ADVISOR, dir).toList();

            assertThat(tests).hasSize(1);
            assertThat(failure(tests.get(0))).hasMessageStartingWith("no scenario files in ");
        }

        @Test
        void canBeMadeFromAPolicy() {
            write("s.json", STRANGER);

            assertThat(PolicyScenarios.from(TINY, dir).toList()).singleElement()
                    .satisfies(test -> assertThatCode(() -> test.getExecutable().execute()).doesNotThrowAnyException());
        }
    }

    /**
     * A policy that does not load, given as a {@link Policy}: every test that uses it fails with its
     * problems, where a {@code static final Advisor} would fail the whole class with an
     * {@code ExceptionInInitializerError}.
     */
    @Nested
    class APolicyThatDoesNotLoad {
        @TempDir
        Path folder;

        /** The tiny policy with one typo in its DRL. */
        Policy broken() throws IOException, URISyntaxException {
            Path tiny = Path.of(PolicyScenariosTest.class.getResource("/policies/tiny/policy.properties").toURI()).getParent();
            try (java.util.stream.Stream<Path> files = Files.walk(tiny)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = folder.resolve(tiny.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
            Path drl = folder.resolve("tiny.drl");
            Files.writeString(drl, Files.readString(drl).replace("!knowEachOther", "!knowsEachOther"));
            return Policy.directory(folder);
        }

        String problems() {
            return "policy does not load: " + folder.resolve("tiny.drl")
                    + ":11:20: unknown field 'knowsEachOther' on Relationship (did you mean \"knowEachOther\"?)";
        }

        @Test
        void failsEveryScenarioTestWithItsProblemsAndBuildsOnlyOnce() throws Exception {
            write("s.json", STRANGER);
            write("n.json", NO_NOTE);

            List<DynamicTest> tests = PolicyScenarios.from(broken(), dir).toList();

            assertThat(tests).hasSize(2);
            AssertionFailedError first = failure(tests.get(0));
            assertThat(first).hasMessage(problems()).hasCauseInstanceOf(dev.knigge.policy.PolicyException.class);
            assertThat(failure(tests.get(1))).as("the same failure: the policy was built once").isSameAs(first);
        }

        @Test
        void failsTheCoverageAssertionWithItsProblems() throws Exception {
            write("s.json", STRANGER);

            Policy broken = broken();
            assertThat(catchThrowable(() -> PolicyScenarios.assertCoverage(broken, dir)))
                    .isInstanceOf(AssertionFailedError.class).hasMessage(problems())
                    .hasCauseInstanceOf(dev.knigge.policy.PolicyException.class);
        }

        @Test
        void failsTheQualityAssertionWithItsProblems() throws Exception {
            write("s.json", STRANGER);

            Policy broken = broken();
            assertThat(catchThrowable(() -> PolicyScenarios.assertQuality(broken, dir, QualityTargets.none())))
                    .isInstanceOf(AssertionFailedError.class).hasMessage(problems());
        }

        @Test
        void theSamePolicyWithoutTheTypoPassesEveryOne() throws Exception {
            write("s.json", STRANGER);
            Policy fixed = broken();
            Path drl = folder.resolve("tiny.drl");
            Files.writeString(drl, Files.readString(drl).replace("!knowsEachOther", "!knowEachOther"));

            for (DynamicTest test : PolicyScenarios.from(fixed, dir).toList()) {
                assertThatCode(() -> test.getExecutable().execute()).doesNotThrowAnyException();
            }
            assertThatCode(() -> PolicyScenarios.assertQuality(fixed, dir, QualityTargets.none())).doesNotThrowAnyException();
        }
    }

    @Nested
    class Coverage {
        @Test
        void failsWithTheRulesNoScenarioMadeFire() {
            write("s.json", STRANGER);

            assertThatThrownBy(() -> PolicyScenarios.assertCoverage(ADVISOR, dir))
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessage("rule coverage of tiny by the 1 scenarios in " + dir + ":\n"
                            + "  no scenario makes these 2 DRL rules of tiny fire:\n"
                            + "    TINY-NO-NOTE a connection request without a note (" + TINY_DRL + ":16)\n"
                            + "    TINY-RESTRICTED the platform restricts the requester (" + TINY_DRL + ":26)");
        }

        @Test
        void passesWhenTheRestAreAllowedToStayUncovered() {
            write("s.json", STRANGER);
            write("t.json", NO_NOTE);

            assertThatCode(() -> PolicyScenarios.assertCoverage(ADVISOR, dir, "TINY-RESTRICTED")).doesNotThrowAnyException();
            assertThatCode(() -> PolicyScenarios.assertCoverage(TINY, dir, "TINY-RESTRICTED")).doesNotThrowAnyException();
        }

        @Test
        void failsWhenAnAllowedRuleFiresOrDoesNotExist() {
            write("s.json", STRANGER);
            write("t.json", NO_NOTE);

            assertThatThrownBy(() -> PolicyScenarios.assertCoverage(ADVISOR, dir, "TINY-RESTRICTED", "TINY-NO-NOTE", "TINY-GONE"))
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessageContaining("allowed as uncovered, but not a rule of tiny: TINY-GONE")
                    .hasMessageContaining("allowed as uncovered, but a scenario makes it fire (remove it from the list): "
                            + "TINY-NO-NOTE (1)")
                    .hasMessageNotContaining("no scenario makes");
        }
    }

    /** A policy extending tiny with one rule id of two tiers: coverage counts its own DRL rules, tier by tier. */
    @Nested
    class CoverageOfAnExtendingPolicy {
        static final String TO_STRANGER = "{\"title\": \"a message to a stranger\", \"request\": {\"type\": \"MESSAGE\"}, "
                + "\"expect\": {\"verdict\": \"REVISE\", \"rules\": {\"CHILD-MESSAGE\": \"WARNING\"}}}";
        static final String TO_ACQUAINTANCE = "{\"title\": \"a message to an acquaintance\", \"request\": {\"type\": "
                + "\"MESSAGE\", \"relationship\": {\"knowEachOther\": true}}, "
                + "\"expect\": {\"verdict\": \"SEND\", \"rules\": {\"CHILD-MESSAGE\": \"ADVICE\"}}}";

        @Test
        void passesAsReadmeShowsWhenEveryOwnDrlRuleFiresAndNoInheritedOneDoes() {
            write("a.json", TO_STRANGER);
            write("b.json", TO_ACQUAINTANCE);

            assertThatCode(() -> PolicyScenarios.assertCoverage(CHILD, dir)).doesNotThrowAnyException();
        }

        @Test
        void failsNamingTheTierNoScenarioMadeFireThoughItsIdFired() {
            write("a.json", TO_STRANGER);

            assertThatThrownBy(() -> PolicyScenarios.assertCoverage(CHILD, dir))
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessage("rule coverage of tiny-child by the 1 scenarios in " + dir + ":\n"
                            + "  no scenario makes this DRL rule of tiny-child fire:\n"
                            + "    CHILD-MESSAGE a message to an acquaintance (" + CHILD_DRL + ":16)");
        }

        @Test
        void passesWhenTheUnfiredTierIsAllowedByItsNameOrByItsId() {
            write("a.json", TO_STRANGER);

            assertThatCode(() -> PolicyScenarios.assertCoverage(CHILD, dir, "CHILD-MESSAGE a message to an acquaintance"))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> PolicyScenarios.assertCoverage(CHILD, dir, "CHILD-MESSAGE"))
                    .as("an allowed id covers its tiers, but one that fires is stale")
                    .hasMessageContaining("allowed as uncovered, but a scenario makes it fire (remove it from the list): "
                            + "CHILD-MESSAGE (1)")
                    .hasMessageNotContaining("no scenario makes");
            assertThatThrownBy(() -> PolicyScenarios.assertCoverage(CHILD, dir, "CHILD-MESSAGE a message to a stranger",
                    "CHILD-MESSAGE a message to an acquaintance"))
                    .hasMessageEndingWith("allowed as uncovered, but a scenario makes it fire (remove it from the list): "
                            + "CHILD-MESSAGE a message to a stranger (1)");
        }

        @Test
        void countsTheInheritedRulesOnlyWhenAskedTo() {
            write("a.json", TO_STRANGER);
            write("b.json", TO_ACQUAINTANCE);

            assertThatThrownBy(() -> PolicyScenarios.assertCoverageIncludingInherited(CHILD, dir))
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessage("rule coverage of tiny-child by the 2 scenarios in " + dir + ":\n"
                            + "  no scenario makes these 3 DRL rules of tiny-child fire:\n"
                            + "    TINY-NO-NOTE a connection request without a note (" + TINY_DRL + ":16)\n"
                            + "    TINY-RESTRICTED the platform restricts the requester (" + TINY_DRL + ":26)\n"
                            + "    TINY-STRANGER a stranger asks for a recommendation (" + TINY_DRL + ":6)");
            assertThatCode(() -> PolicyScenarios.assertCoverageIncludingInherited(CHILD, dir, "TINY-NO-NOTE",
                    "TINY-RESTRICTED", "TINY-STRANGER")).doesNotThrowAnyException();
        }
    }

    @Nested
    class VerdictOnly {
        @Test
        void compareTheVerdictAloneAndAddTheJudgementAndSourceToTheMessage() {
            Path file = write("labelled.json", "{\"source\": \"a guide\", \"judgement\": \"The guide calls it harmless.\", "
                    + "\"title\": \"a stranger asks\", \"request\": {\"type\": \"RECOMMENDATION\"}, "
                    + "\"expect\": {\"verdict\": \"SEND\"}, \"alsoOk\": [\"REVISE\"]}");

            AssertionFailedError failure = failure(PolicyScenarios.from(ADVISOR, file).toList().get(0));

            assertThat(failure).hasMessage("""
                    scenario "a stranger asks" (labelled.json) failed:
                      verdict: expected SEND or REVISE, got DO_NOT_SEND
                      judgement: The guide calls it harmless.
                      source: a guide""");
            assertThat(failure.getExpected().getStringRepresentation()).isEqualTo("verdict: SEND (or REVISE)\n");
            assertThat(failure.getActual().getStringRepresentation()).isEqualTo("verdict: DO_NOT_SEND\n");
        }
    }

    @Nested
    class Quality {
        /** A message, which nothing in the tiny policy minds. */
        static final String MESSAGE = "{\"type\": \"MESSAGE\"}";

        static String labelled(String title, String request, String label) {
            return "{\"title\": \"" + title + "\", \"request\": " + request + ", \"expect\": {\"verdict\": \"" + label + "\"}}";
        }

        /** Five cases: good ones get SEND, REVISE (TINY-NO-NOTE) and DO_NOT_SEND (TINY-STRANGER), spam gets SEND and DO_NOT_SEND. */
        void writeCases() {
            write("1.json", labelled("a good message", MESSAGE, "SEND"));
            write("2.json", labelled("a good blank invitation", "{\"type\": \"CONNECTION\"}", "SEND"));
            write("3.json", labelled("a good recommendation request", "{\"type\": \"RECOMMENDATION\"}", "SEND"));
            write("4.json", labelled("a restricted spammer", "{\"type\": \"MESSAGE\", \"activity\": {\"restricted\": true}}",
                    "DO_NOT_SEND"));
            write("5.json", labelled("a stranger's recommendation request", "{\"type\": \"RECOMMENDATION\"}", "DO_NOT_SEND"));
        }

        @Test
        void passesAndGivesTheFiguresWhenEveryTargetHolds() {
            writeCases();

            QualityReport quality = PolicyScenarios.assertQuality(ADVISOR, dir, QualityTargets.none().minAccuracy(0.4)
                    .maxFalseBlocks(1).maxNagRate(0.34).minGoodSend(0.33).maxSpamSent(1));

            assertThat(quality.cases()).hasSize(5);
            assertThat(quality.within()).isEqualTo(2);
            assertThat(PolicyScenarios.assertQuality(TINY, dir, QualityTargets.none()).nags()).isEqualTo(1);
        }

        @Test
        void failsWithEveryMissedTargetTheFiguresTheWorstCasesAndTheRulesBehindThem() {
            writeCases();

            assertThatThrownBy(() -> PolicyScenarios.assertQuality(ADVISOR, dir, QualityTargets.none().minAccuracy(0.9)
                    .maxFalseBlocks(0).maxNagRate(0.5).minGoodSend(0.8).maxSpamSent(0)))
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessage("quality of tiny 1.0.0 on the 5 cases in " + dir + ":\n"
                            + "  minAccuracy: 40.0 % within the judgement (2 of 5), 50.0 points below 90.0 %\n"
                            + "  maxFalseBlocks: 1 good note told DO_NOT_SEND, 1 more than 0\n"
                            + "  minGoodSend: 33.3 % of good notes get SEND (1 of 3), 46.7 points below 80.0 %\n"
                            + "  maxSpamSent: 1 case labelled DO_NOT_SEND gets SEND, 1 more than 0\n"
                            + "accuracy 40.0 % (2 of 5), exact 40.0 % (2), good notes SEND 33.3 % (1 of 3), nag rate 33.3 % (1), "
                            + "false blocks 1, missed blocks 50.0 % (1 of 2), spam sent 1\n"
                            + "outside the judgement (3 of 5):\n"
                            + "  a good recommendation request (3.json): labelled SEND, given DO_NOT_SEND by TINY-STRANGER BLOCKER\n"
                            + "  a restricted spammer (4.json): labelled DO_NOT_SEND, given SEND (fired: TINY-RESTRICTED ADVICE)\n"
                            + "  a good blank invitation (2.json): labelled SEND, given REVISE by TINY-NO-NOTE WARNING\n"
                            + "rules behind the nags and false blocks: TINY-STRANGER (1 false block), TINY-NO-NOTE (1 nag)");
        }

        @Test
        void namesTheWorstTenCasesAtMost() {
            for (int i = 10; i < 22; i++) {
                write("blank-" + i + ".json", labelled("blank " + i, "{\"type\": \"CONNECTION\"}", "SEND"));
            }

            Throwable thrown = catchThrowable(() -> PolicyScenarios.assertQuality(ADVISOR, dir,
                    QualityTargets.none().maxNagRate(0.5)));

            assertThat(thrown).hasMessageContaining("\noutside the judgement (12 of 12, the worst 10):\n  blank 10 (blank-10.json)")
                    .hasMessageContaining("blank 19 (blank-19.json)").hasMessageNotContaining("blank 20")
                    .hasMessageEndingWith("\nrules behind the nags and false blocks: TINY-NO-NOTE (12 nags)");
        }

        @Test
        void failsOnACaseFileItCannotReadACaseItCannotReviewAndOnNoCases() {
            write("1.json", labelled("a good message", MESSAGE, "SEND"));
            write("2.json", labelled("broken", MESSAGE, "SNED"));
            write("3.json", labelled("in French", MESSAGE, "SEND").replace("\"expect\"", "\"locale\": \"fr\", \"expect\""));

            assertThatThrownBy(() -> PolicyScenarios.assertQuality(ADVISOR, dir, QualityTargets.none()))
                    .hasMessageStartingWith("quality of tiny 1.0.0 on the 1 cases in " + dir + ":\n"
                            + "  invalid case file: " + dir.resolve("2.json") + ":1: $.expect.verdict: unknown verdict \"SNED\" "
                            + "(did you mean \"SEND\"?)\n"
                            + "  not reviewed: in French (3.json): the policy tiny has no messages in fr (it has en, de)\n"
                            + "accuracy 100.0 % (1 of 1)");
            assertThatThrownBy(() -> PolicyScenarios.assertQuality(ADVISOR, dir.resolve("nothing"), QualityTargets.none()))
                    .hasMessageContaining("  no cases (a case is a .json file with an \"expect\" key)\n")
                    .hasMessageContaining("no such file or folder");
        }

        @Test
        void givesTheFiguresWithoutGatesWhereAssertQualityWouldFail() {
            writeCases();
            write("broken.json", labelled("broken", MESSAGE, "SNED"));

            QualityReport quality = PolicyScenarios.quality(ADVISOR, dir);

            assertThat(quality.cases()).hasSize(5);
            assertThat(quality.within()).isEqualTo(2);
            assertThat(quality.falseBlocks()).isEqualTo(1);
            assertThat(quality.problems()).singleElement().satisfies(problem ->
                    assertThat(problem.file()).isEqualTo(dir.resolve("broken.json")));
            assertThatThrownBy(() -> PolicyScenarios.quality(null, dir)).hasMessage("advisor == null");
        }

        @Test
        void comparesTwoAdvisorsOnTheSameCasesWithTheRulesThatMakeTheDifference() {
            writeCases();
            Advisor lenient = ADVISOR.toBuilder().disable("TINY-STRANGER").build();

            PolicyComparison shadow = PolicyScenarios.compare(ADVISOR, lenient, dir);

            assertThat(shadow.cases()).isEqualTo(5);
            assertThat(shadow.changes()).extracting(change -> change.scenario().title())
                    .containsExactly("a good recommendation request", "a stranger's recommendation request");
            assertThat(shadow.changes()).allSatisfy(change -> {
                assertThat(change.verdict()).isEqualTo(Verdict.DO_NOT_SEND);
                assertThat(change.comparedVerdict()).isNotEqualTo(Verdict.DO_NOT_SEND);
                assertThat(change.rules()).contains(new PolicyComparison.RuleChange("TINY-STRANGER", Severity.BLOCKER, null));
            });
            assertThat(shadow.intoJudgement()).isEqualTo(1);
            assertThat(shadow.outOfJudgement()).isEqualTo(1);
            assertThat(PolicyScenarios.compare(ADVISOR, ADVISOR, dir).changes()).isEmpty();
            assertThatThrownBy(() -> PolicyScenarios.compare(ADVISOR, null, dir)).hasMessage("compared == null");
        }

        @Test
        void namesMissingArguments() {
            assertThatThrownBy(() -> PolicyScenarios.assertQuality((Advisor) null, dir, QualityTargets.none()))
                    .hasMessage("advisor == null");
            assertThatThrownBy(() -> PolicyScenarios.assertQuality(ADVISOR, null, QualityTargets.none())).hasMessage("path == null");
            assertThatThrownBy(() -> PolicyScenarios.assertQuality(ADVISOR, dir, null)).hasMessage("targets == null");
        }
    }
}
