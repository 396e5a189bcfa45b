package dev.knigge.internal.scenario;

import static dev.knigge.internal.scenario.ScenarioFixtures.STRANGER_REQUEST;
import static dev.knigge.internal.scenario.ScenarioFixtures.scenario;
import static dev.knigge.internal.scenario.ScenarioFixtures.stranger;
import static dev.knigge.internal.scenario.ScenarioFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import dev.knigge.request.RequestType;
import dev.knigge.scenario.Expectation;
import dev.knigge.scenario.Scenario;
import dev.knigge.scenario.ScenarioProblem;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading scenario files: what a valid one gives, what is skipped, and what each problem says. */
class ScenarioFilesTest {
    @TempDir
    Path dir;

    /** The one problem reading {@code text} as a scenario file gives. */
    private ScenarioProblem problemOf(String text) {
        Path file = write(dir, "bad.json", text);
        ScenarioSet set = Scenarios.load(file);
        assertThat(set.scenarios()).as("scenarios read").isEmpty();
        assertThat(set.problems()).hasSize(1);
        ScenarioProblem problem = set.problems().get(0);
        assertThat(problem.file()).isEqualTo(file);
        return problem;
    }

    @Nested
    class AValidScenario {
        @Test
        void givesItsTitleRequestLocaleAndExpectation() {
            Path file = write(dir, "stranger.json", scenario("a stranger asks for a recommendation",
                    "{\"type\": \"RECOMMENDATION\", \"note\": \"Können Sie mir eine Empfehlung schreiben?\"}", "de-AT",
                    "{\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\"}, \"maybe\": [\"SAMPLE-NO-PURPOSE\"]}"));

            ScenarioSet set = Scenarios.load(file);

            assertThat(set.problems()).isEmpty();
            assertThat(set.skipped()).isEmpty();
            Scenario scenario = set.scenarios().get(0);
            assertThat(scenario.file()).isEqualTo(file);
            assertThat(scenario.title()).isEqualTo("a stranger asks for a recommendation");
            assertThat(scenario.request().type()).isEqualTo(RequestType.RECOMMENDATION);
            assertThat(scenario.request().note()).isEqualTo("Können Sie mir eine Empfehlung schreiben?");
            assertThat(scenario.locale()).isEqualTo(Locale.forLanguageTag("de-AT"));
            assertThat(scenario.expect().verdict()).isEqualTo(Verdict.DO_NOT_SEND);
            assertThat(scenario.expect().rules()).containsExactly(Map.entry("SAMPLE-STRANGER", Severity.BLOCKER));
            assertThat(scenario.expect().maybe()).containsExactly("SAMPLE-NO-PURPOSE");
            assertThat(scenario).hasToString("a stranger asks for a recommendation (" + file + ")");
        }

        @Test
        void mayLeaveOutLocaleRulesAndMaybeAndThenChecksOnlyTheVerdict() {
            Path file = write(dir, "send.json", scenario("nothing to say", "{\"type\": \"CONNECTION\"}", null,
                    "{\"verdict\": \"SEND\"}"));

            Scenario scenario = Scenarios.load(file).scenarios().get(0);

            assertThat(scenario.locale()).isNull();
            assertThat(scenario.expect().verdictOnly()).isTrue();
            assertThat(scenario.expect().rules()).isEmpty();
            assertThat(scenario.expect().maybe()).isEmpty();
            assertThat(scenario.expect().alsoOk()).isEmpty();
            assertThat(scenario.source()).isNull();
            assertThat(scenario.judgement()).isNull();
        }

        @Test
        void withEmptyRulesRequiresThatNoRuleFires() {
            Path file = write(dir, "send.json", scenario("nothing fires", "{\"type\": \"CONNECTION\"}", null,
                    "{\"verdict\": \"SEND\", \"rules\": {}}"));

            Expectation expect = Scenarios.load(file).scenarios().get(0).expect();

            assertThat(expect.verdictOnly()).isFalse();
            assertThat(expect.rules()).isEmpty();
        }

        @Test
        void givesItsSourceJudgementAndTheOtherVerdictsThatPass() {
            Path file = write(dir, "labelled.json", "{\n  \"source\": \"https://example.org/advice\",\n"
                    + "  \"judgement\": \"  The author calls it generic but harmless.  \",\n"
                    + "  \"title\": \"a generic invitation\",\n  \"request\": {\"type\": \"CONNECTION\"},\n"
                    + "  \"expect\": {\"verdict\": \"REVISE\"},\n  \"alsoOk\": [\"SEND\"]\n}\n");

            Scenario scenario = Scenarios.load(file).scenarios().get(0);

            assertThat(scenario.source()).isEqualTo("https://example.org/advice");
            assertThat(scenario.judgement()).isEqualTo("The author calls it generic but harmless.");
            assertThat(scenario.expect().verdict()).isEqualTo(Verdict.REVISE);
            assertThat(scenario.expect().alsoOk()).containsExactly(Verdict.SEND);
            assertThat(scenario.expect().accepts(Verdict.SEND)).isTrue();
            assertThat(scenario.expect().accepts(Verdict.REVISE)).isTrue();
            assertThat(scenario.expect().accepts(Verdict.DO_NOT_SEND)).isFalse();
        }

        @Test
        void takesAlsoOkBeforeExpectAndSortsIt() {
            Path file = write(dir, "order.json", "{\"alsoOk\": [\"DO_NOT_SEND\", \"SEND\"], \"title\": \"t\", "
                    + "\"request\": {\"type\": \"CONNECTION\"}, \"expect\": {\"verdict\": \"REVISE\"}}");

            assertThat(Scenarios.load(file).scenarios().get(0).expect().alsoOk())
                    .containsExactly(Verdict.SEND, Verdict.DO_NOT_SEND);
        }

        @Test
        void withRulesMayLetPassAnotherVerdictThatAMaybeRuleCanGive() {
            Path file = write(dir, "pitch.json", "{\"title\": \"t\", \"request\": " + STRANGER_REQUEST + ", "
                    + "\"expect\": {\"verdict\": \"REVISE\", \"rules\": {\"SAMPLE-PITCH\": \"WARNING\"}, "
                    + "\"maybe\": [\"SAMPLE-STRANGER\"]}, \"alsoOk\": [\"DO_NOT_SEND\"]}");

            Expectation expect = Scenarios.load(file).scenarios().get(0).expect();

            assertThat(expect.verdictOnly()).isFalse();
            assertThat(expect.alsoOk()).containsExactly(Verdict.DO_NOT_SEND);
        }

        @Test
        void takesItsKeysInAnyOrder() {
            Path file = write(dir, "order.json", "{\"expect\": {\"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\"}, "
                    + "\"verdict\": \"DO_NOT_SEND\"}, \"locale\": \"en\", \"request\": " + STRANGER_REQUEST
                    + ", \"title\": \"backwards\"}");

            assertThat(Scenarios.load(file).scenarios()).extracting(Scenario::title).containsExactly("backwards");
        }

        @Test
        void holdsImmutableExpectations() {
            Scenario scenario = Scenarios.load(write(dir, "s.json", stranger(
                    "{\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\"}}"))).scenarios().get(0);

            assertThatThrownBy(() -> scenario.expect().rules().put("X-Y", Severity.ADVICE))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> scenario.expect().maybe().add("X-Y"))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class NotAScenario {
        @Test
        void isAJsonFileWithoutAnExpectKeyAndIsSkipped() {
            Path request = write(dir, "request.json", "{\"type\": \"CONNECTION\", \"note\": \"Hi Anna\"}");

            ScenarioSet set = Scenarios.load(request);

            assertThat(set.scenarios()).isEmpty();
            assertThat(set.problems()).isEmpty();
            assertThat(set.skipped()).containsExactly(request);
            assertThat(set.isEmpty()).isTrue();
        }

        @Test
        void isAJsonFileWhoseTopIsNotAnObject() {
            Path list = write(dir, "list.json", "[{\"expect\": {}}]");
            Path empty = write(dir, "empty.json", "");

            assertThat(Scenarios.load(list, empty).skipped()).containsExactly(list, empty);
        }

        @Test
        void isSkippedEvenWhenItsRequestIsInvalid() {
            Path request = write(dir, "odd.json", "{\"type\": \"POSTCARD\"}");

            assertThat(Scenarios.load(request).problems()).isEmpty();
        }
    }

    @Nested
    class AProblem {
        @Test
        void inTheJsonNamesLineAndColumn() {
            ScenarioProblem problem = problemOf("{\n  \"title\": \"broken\",\n  \"expect\": {\"verdict\": \"SEND\",}\n}");

            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).startsWith("malformed JSON at line 3, column ");
            assertThat(problem.toString()).startsWith(problem.file() + ":3: $.expect");
        }

        @Test
        void thatLeavesAnObjectOpenNamesWhereItBegan() {
            ScenarioProblem problem = problemOf("{\n  \"title\": \"open\",\n  \"request\": {\"type\": \"CONNECTION\"},\n"
                    + "  \"expect\": {\"verdict\": \"SEND\"}\n");

            assertThat(problem.path()).isEqualTo("$.expect");
            assertThat(problem.message()).isEqualTo("malformed JSON at line 5, column 1: Unexpected end-of-input:"
                    + " expected close marker for Object (start marker at line 1, column 1)");
        }

        @Test
        void inTheRequestNamesItsPathBelowRequest() {
            ScenarioProblem problem = problemOf(scenario("typo", "{\n    \"type\": \"CONNECTION\",\n"
                    + "    \"relationship\": {\"knowsEachOther\": true}\n  }", null, "{\"verdict\": \"SEND\"}"));

            assertThat(problem.path()).isEqualTo("$.request.relationship.knowsEachOther");
            assertThat(problem.message()).isEqualTo("unknown field (did you mean \"knowEachOther\"?)");
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem).hasToString(problem.file() + ":5: $.request.relationship.knowsEachOther: "
                    + "unknown field (did you mean \"knowEachOther\"?)");
        }

        @Test
        void forAnInvalidRequestValueNamesItsPath() {
            ScenarioProblem problem = problemOf(scenario("bad type", "{\"type\": \"CONECTION\"}", null,
                    "{\"verdict\": \"SEND\"}"));

            assertThat(problem.path()).isEqualTo("$.request.type");
            assertThat(problem.message()).isEqualTo("unknown value \"CONECTION\" (did you mean \"CONNECTION\"?)");
        }

        @Test
        void forAnUnknownKeySuggestsTheKnownOne() {
            ScenarioProblem problem = problemOf("{\"title\": \"t\", \"request\": " + STRANGER_REQUEST
                    + ", \"locael\": \"de\", \"expect\": {\"verdict\": \"SEND\"}}");

            assertThat(problem.path()).isEqualTo("$.locael");
            assertThat(problem.message()).isEqualTo("unknown field (did you mean \"locale\"?)");
        }

        @Test
        void forAnUnknownKeyInExpectSuggestsTheKnownOne() {
            ScenarioProblem problem = problemOf(stranger("{\"verdict\": \"DO_NOT_SEND\", \"rule\": {}}"));

            assertThat(problem.path()).isEqualTo("$.expect.rule");
            assertThat(problem.message()).isEqualTo("unknown field (did you mean \"rules\"?)");
        }

        @Test
        void forAMisspelledExpectKeyIsReportedNotSkipped() {
            ScenarioProblem problem = problemOf("{\"title\": \"t\", \"request\": " + STRANGER_REQUEST
                    + ", \"expected\": {\"verdict\": \"SEND\"}}");

            assertThat(problem.path()).isEqualTo("$.expected");
            assertThat(problem.message()).isEqualTo("unknown field (did you mean \"expect\"?)");
        }

        @Test
        void forAScenarioWithARequestButNoExpectSaysExpectIsMissing() {
            ScenarioProblem problem = problemOf("{\"title\": \"t\", \"request\": " + STRANGER_REQUEST + "}");

            assertThat(problem.path()).isEqualTo("$.expect");
            assertThat(problem.message()).isEqualTo("required field is missing");
        }

        @Test
        void forAnUnknownSeveritySuggestsTheKnownOne() {
            ScenarioProblem problem = problemOf(stranger(
                    "{\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"SAMPLE-STRANGER\": \"BLOCK\"}}"));

            assertThat(problem.path()).isEqualTo("$.expect.rules['SAMPLE-STRANGER']");
            assertThat(problem.message()).isEqualTo("unknown severity \"BLOCK\" (did you mean \"BLOCKER\"?)");
        }

        @Test
        void forASeverityNothingLikeAKnownOneListsThem() {
            ScenarioProblem problem = problemOf(stranger(
                    "{\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"SAMPLE-STRANGER\": \"FATAL-ERROR\"}}"));

            assertThat(problem.message()).isEqualTo("unknown severity \"FATAL-ERROR\" (expected one of ADVICE, WARNING, BLOCKER)");
        }

        @Test
        void forAnUnknownVerdictSuggestsTheKnownOne() {
            ScenarioProblem problem = problemOf(stranger("{\"verdict\": \"DONT_SEND\"}"));

            assertThat(problem.path()).isEqualTo("$.expect.verdict");
            assertThat(problem.message()).isEqualTo("unknown verdict \"DONT_SEND\" (did you mean \"DO_NOT_SEND\"?)");
        }

        @Test
        void forALowerCaseRuleIdSuggestsCapitals() {
            ScenarioProblem problem = problemOf(stranger(
                    "{\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"sample-stranger\": \"BLOCKER\"}}"));

            assertThat(problem.path()).isEqualTo("$.expect.rules['sample-stranger']");
            assertThat(problem.message()).isEqualTo("not a rule id: \"sample-stranger\" (did you mean \"SAMPLE-STRANGER\"?)");
        }

        @Test
        void forAMaybeRuleThatIsAlsoRequiredSaysToListItOnce() {
            ScenarioProblem problem = problemOf(stranger("{\"verdict\": \"DO_NOT_SEND\", "
                    + "\"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\"}, \"maybe\": [\"SAMPLE-PITCH\", \"SAMPLE-STRANGER\"]}"));

            assertThat(problem.path()).isEqualTo("$.expect.maybe[1]");
            assertThat(problem.message()).isEqualTo("SAMPLE-STRANGER is already required in $.expect.rules; list it in one place");
        }

        @Test
        void forARuleListedTwiceInMaybe() {
            ScenarioProblem problem = problemOf(stranger("{\"verdict\": \"DO_NOT_SEND\", "
                    + "\"maybe\": [\"SAMPLE-STRANGER\", \"SAMPLE-STRANGER\"]}"));

            assertThat(problem.path()).isEqualTo("$.expect.maybe[1]");
            assertThat(problem.message()).isEqualTo("SAMPLE-STRANGER is listed twice");
        }

        @Test
        void forARuleListedTwiceInRulesIsADuplicateField() {
            ScenarioProblem problem = problemOf(stranger("{\"verdict\": \"DO_NOT_SEND\", "
                    + "\"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\", \"SAMPLE-STRANGER\": \"WARNING\"}}"));

            assertThat(problem.path()).isEqualTo("$.expect.rules['SAMPLE-STRANGER']");
            assertThat(problem.message()).isEqualTo("duplicate field");
        }

        @Test
        void forAVerdictMilderThanARequiredRuleSaysWhy() {
            ScenarioProblem problem = problemOf(stranger("{\"verdict\": \"SEND\", "
                    + "\"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\"}}"));

            assertThat(problem.path()).isEqualTo("$.expect.verdict");
            assertThat(problem.message()).isEqualTo("SEND cannot be: SAMPLE-STRANGER at BLOCKER makes it DO_NOT_SEND "
                    + "(the verdict is the worst severity that fired)");
        }

        @Test
        void forAVerdictNoExpectedRuleCanGiveSaysWhatItNeeds() {
            ScenarioProblem problem = problemOf(stranger("{\"verdict\": \"DO_NOT_SEND\", "
                    + "\"rules\": {\"SAMPLE-NO-PURPOSE\": \"ADVICE\"}}"));

            assertThat(problem.message()).isEqualTo("DO_NOT_SEND cannot be: it needs a rule at BLOCKER in $.expect.rules "
                    + "(or one in $.expect.maybe that can give it)");
        }

        @Test
        void forMaybeWithoutRulesSaysThatOnlyTheVerdictIsChecked() {
            ScenarioProblem problem = problemOf("{\"title\": \"t\", \"request\": " + STRANGER_REQUEST + ",\n"
                    + " \"expect\": {\"verdict\": \"DO_NOT_SEND\",\n  \"maybe\": [\"SAMPLE-PITCH\"]}}");

            assertThat(problem).hasToString(problem.file() + ":3: $.expect.maybe: needs $.expect.rules: without rules "
                    + "only the verdict is checked, and any rule may fire (give \"rules\": {} to allow only the rules in maybe)");
        }

        @Test
        void forAnEmptyMaybeWithoutRulesToo() {
            ScenarioProblem problem = problemOf(stranger("{\"verdict\": \"DO_NOT_SEND\", \"maybe\": []}"));

            assertThat(problem.path()).isEqualTo("$.expect.maybe");
        }

        @Test
        void forAnAlsoOkThatRepeatsTheVerdictNamesItsPlaceAndLine() {
            ScenarioProblem problem = problemOf("{\"title\": \"t\", \"request\": {\"type\": \"CONNECTION\"},\n"
                    + " \"alsoOk\": [\"SEND\",\n   \"REVISE\"],\n \"expect\": {\"verdict\": \"REVISE\"}}");

            assertThat(problem).hasToString(problem.file() + ":3: $.alsoOk[1]: REVISE is already $.expect.verdict; "
                    + "list only the other verdicts that pass");
        }

        @Test
        void forAVerdictListedTwiceInAlsoOk() {
            ScenarioProblem problem = problemOf("{\"title\": \"t\", \"request\": {\"type\": \"CONNECTION\"},\n"
                    + " \"expect\": {\"verdict\": \"SEND\"},\n \"alsoOk\": [\"REVISE\",\n \"REVISE\"]}");

            assertThat(problem).hasToString(problem.file() + ":4: $.alsoOk[1]: REVISE is listed twice");
        }

        @Test
        void forAnAlsoOkVerdictTheListedRulesRuleOut() {
            ScenarioProblem problem = problemOf("{\"title\": \"t\", \"request\": " + STRANGER_REQUEST + ",\n"
                    + " \"expect\": {\"verdict\": \"REVISE\", \"rules\": {\"SAMPLE-PITCH\": \"WARNING\"}},\n"
                    + " \"alsoOk\": [\"SEND\"]}");

            assertThat(problem).hasToString(problem.file() + ":3: $.alsoOk[0]: SEND cannot be: SAMPLE-PITCH at WARNING "
                    + "makes it REVISE (the verdict is the worst severity that fired)");
        }

        @Test
        void forAnAlsoOkVerdictNoListedRuleCanGive() {
            ScenarioProblem problem = problemOf("{\"title\": \"t\", \"request\": " + STRANGER_REQUEST + ", "
                    + "\"expect\": {\"verdict\": \"REVISE\", \"rules\": {\"SAMPLE-PITCH\": \"WARNING\"}}, "
                    + "\"alsoOk\": [\"DO_NOT_SEND\"]}");

            assertThat(problem.path()).isEqualTo("$.alsoOk[0]");
            assertThat(problem.message()).isEqualTo("DO_NOT_SEND cannot be: it needs a rule at BLOCKER in $.expect.rules "
                    + "(or one in $.expect.maybe that can give it)");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "{\"request\": {\"type\": \"CONNECTION\"}, \"expect\": {\"verdict\": \"SEND\"}}  | $.title   | required field is missing",
            "{\"title\": \"t\", \"expect\": {\"verdict\": \"SEND\"}}                         | $.request | required field is missing",
            "{\"title\": \"  \", \"request\": {\"type\": \"CONNECTION\"}, \"expect\": {}}       | $.title   | must not be blank",
            "{\"title\": 7, \"request\": {\"type\": \"CONNECTION\"}, \"expect\": {}}           | $.title   | expected a string, got a number",
            "{\"title\": \"t\", \"request\": \"CONNECTION\", \"expect\": {}}                   | $.request | expected an object (a request in the JSON request format v1), got a string",
            "{\"title\": \"t\", \"request\": {\"type\": \"CONNECTION\"}, \"expect\": {}}        | $.expect.verdict | required field is missing",
            "{\"title\": \"t\", \"request\": {\"type\": \"CONNECTION\"}, \"expect\": []}       | $.expect  | expected an object, got an array",
            "{\"title\": \"t\", \"request\": {\"type\": \"CONNECTION\"}, \"locale\": \"german\", \"expect\": {}} | $.locale | not a locale: \"german\" (expected a language tag such as \"de\" or \"de-AT\")",
            "{\"title\": \"t\", \"request\": {\"type\": \"CONNECTION\"}, \"expect\": {\"verdict\": \"SEND\", \"maybe\": \"X-Y\"}} | $.expect.maybe | expected an array of rule ids, got a string",
            "{\"title\": \"t\", \"request\": {\"type\": \"CONNECTION\"}, \"expect\": {\"verdict\": \"SEND\"}, \"alsoOk\": \"REVISE\"} | $.alsoOk | expected an array of verdicts, such as [\"REVISE\"], got a string",
            "{\"title\": \"t\", \"request\": {\"type\": \"CONNECTION\"}, \"expect\": {\"verdict\": \"SEND\"}, \"alsoOk\": [\"REVISED\"]} | $.alsoOk[0] | unknown verdict \"REVISED\" (did you mean \"REVISE\"?)",
            "{\"title\": \"t\", \"request\": {\"type\": \"CONNECTION\"}, \"expect\": {\"verdict\": \"SEND\"}, \"alsoOk\": [null]} | $.alsoOk[0] | must not be null",
            "{\"title\": \"t\", \"request\": {\"type\": \"CONNECTION\"}, \"expect\": {\"verdict\": \"SEND\"}, \"alsoOk\": [[]]} | $.alsoOk[0] | expected one of SEND, REVISE, DO_NOT_SEND, got an array",
            "{\"title\": \"t\", \"request\": {\"type\": \"CONNECTION\"}, \"expect\": {\"verdict\": \"SEND\"}, \"alsoOK\": []} | $.alsoOK | unknown field (did you mean \"alsoOk\"?)",
            "{\"title\": \"t\", \"source\": 12, \"request\": {\"type\": \"CONNECTION\"}, \"expect\": {\"verdict\": \"SEND\"}} | $.source | expected a string, got a number",
            "{\"title\": \"t\", \"judgement\": \" \", \"request\": {\"type\": \"CONNECTION\"}, \"expect\": {\"verdict\": \"SEND\"}} | $.judgement | must not be blank",
            "{\"title\": \"t\", \"judgment\": \"US spelling\", \"request\": {\"type\": \"CONNECTION\"}, \"expect\": {\"verdict\": \"SEND\"}} | $.judgment | unknown field (did you mean \"judgement\"?)",
            "{\"title\": \"t\", \"request\": {\"type\": \"CONNECTION\"}, \"expect\": {\"verdict\": \"SEND\"}} trailing | $ | malformed JSON at line 1, column 82: Unrecognized token 'trailing': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
        })
        void namesThePathOfEachKind(String text, String path, String message) {
            ScenarioProblem problem = problemOf(text);

            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.message()).isEqualTo(message);
        }

        @Test
        void forAPathThatDoesNotExistNamesIt() {
            Path missing = dir.resolve("no-such-folder");

            ScenarioSet set = Scenarios.load(missing);

            assertThat(set.problems()).containsExactly(new ScenarioProblem(missing, 0, "", "no such file or folder"));
            assertThat(set.problems().get(0)).hasToString(missing + ": no such file or folder");
        }
    }
}
