package dev.knigge.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.knigge.Advice;
import dev.knigge.Advisor;
import dev.knigge.AdvisorListener;
import dev.knigge.Policy;
import dev.knigge.ReviewRequest;
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

    @Nested
    class Coverage {
        @Test
        void failsWithTheRulesNoScenarioMadeFire() {
            write("s.json", STRANGER);

            assertThatThrownBy(() -> PolicyScenarios.assertCoverage(ADVISOR, dir))
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessage("rule coverage of tiny by the 1 scenarios in " + dir + ":\n"
                            + "  no scenario makes these 2 rules of tiny fire: TINY-NO-NOTE, TINY-RESTRICTED");
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
}
