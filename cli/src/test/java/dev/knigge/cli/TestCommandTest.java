package dev.knigge.cli;

import static dev.knigge.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.knigge.internal.scenario.Coverage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {
    /** The professional policy's own scenarios, in the rules module. */
    static final String SCENARIOS = "../rules/src/test/resources/scenarios/professional";
    /** The DRL rules of professional, counted in its source, so a rule added there moves no expectation here. */
    static final int DRL_RULES = drlRules(Path.of("../rules/src/main/resources/knigge/policies/professional"));

    /** A recommendation request from a stranger, without a note. */
    static final String PASSING = "{\"title\": \"a stranger asks for a recommendation\",\n"
            + " \"request\": {\"type\": \"RECOMMENDATION\", \"platform\": \"LINKEDIN\", \"relationship\": {\"degree\": 1}},\n"
            + " \"expect\": {\"verdict\": \"DO_NOT_SEND\",\n"
            + "            \"rules\": {\"REC-STRANGER\": \"BLOCKER\", \"REC-GENERIC\": \"WARNING\",\n"
            + "                      \"REC-NO-OUT\": \"ADVICE\", \"REC-NO-RECIPROCITY\": \"ADVICE\"}}}\n";
    static final String FAILING = PASSING.replace("a stranger asks for a recommendation", "a wrong expectation")
            .replace("\"DO_NOT_SEND\"", "\"REVISE\"").replace("\"REC-STRANGER\": \"BLOCKER\"", "\"REC-STRANGER\": \"WARNING\"");

    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static List<String> lines(String out) {
        return out.lines().toList();
    }

    private static int drlRules(Path policy) {
        try (Stream<Path> files = Files.list(policy)) {
            int rules = 0;
            for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                rules += (int) Files.readAllLines(drl).stream().filter(line -> line.startsWith("rule \"")).count();
            }
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Nested
    class ExitCodes {
        @Test
        void zeroWhenEveryScenarioPasses() {
            Cli.Run run = run("test", SCENARIOS);
            assertThat(run.code()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(lines(run.out())).last().asString().matches("\\d+ passed, 0 failed");
            assertThat(run.out()).doesNotContain("FAIL").doesNotContain("\u001B[");
        }

        @Test
        void oneWhenAScenarioFailsWhichIsPrintedWithItsDifference() throws IOException {
            write("a-pass.json", PASSING);
            Path failing = write("b-fail.json", FAILING);

            Cli.Run run = run("test", dir.toString());

            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).isEqualTo("FAIL  " + failing + "  a wrong expectation\n"
                    + "      verdict: expected REVISE, got DO_NOT_SEND\n"
                    + "      wrong severity: REC-STRANGER expected WARNING, got BLOCKER\n"
                    + "\n"
                    + "1 passed, 1 failed\n");
        }

        @Test
        void twoForAnInvalidScenarioFileAfterRunningTheValidOnes() throws IOException {
            write("a-pass.json", PASSING);
            write("b-fail.json", FAILING);
            Path bad = write("c-bad.json", PASSING.replace("\"WARNING\"", "\"WARNIG\""));

            Cli.Run run = run("test", dir.toString());

            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("knigge: " + bad + ":4: $.expect.rules['REC-GENERIC']: "
                    + "unknown severity \"WARNIG\" (did you mean \"WARNING\"?)\n");
            assertThat(lines(run.out())).last().isEqualTo("1 passed, 1 failed, 1 invalid");
        }

        @Test
        void twoForAPathThatDoesNotExist() {
            Cli.Run run = run("test", dir.resolve("nowhere").toString());
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("nowhere: no such file or folder");
        }

        @Test
        void twoWhenNoScenarioIsFound() throws IOException {
            write("draft.json", "{\"type\": \"CONNECTION\"}");

            Cli.Run run = run("test", dir.toString());

            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("knigge: no scenario files in " + dir
                    + " (a scenario is a .json file with an \"expect\" key)\n");
            assertThat(run.out()).isEqualTo("0 passed, 0 failed\n");
        }

        @Test
        void twoWithoutAPath() {
            Cli.Run run = run("test");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("Missing required parameter: 'PATH'");
        }

        @Test
        void threeWhenThePolicyDoesNotLoad() {
            Cli.Run run = run("test", "--policy", "profesional", SCENARIOS);
            assertThat(run.code()).isEqualTo(3);
            assertThat(run.err()).contains("no built-in policy 'profesional'");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void threeWhenAReviewFailsInsideThePolicy() throws IOException {
            Path throwing = write("throws.json", "{\"title\": \"an endorsement\", \"request\": {\"type\": \"ENDORSEMENT\"},"
                    + " \"expect\": {\"verdict\": \"SEND\"}}");

            Cli.Run run = run("test", "--trust", "--policy", "src/test/resources/policies/throwing", throwing.toString());

            assertThat(run.code()).isEqualTo(3);
            assertThat(run.out()).contains("      error: review failed: rule TEST-THROWS").endsWith("0 passed, 1 failed\n");
        }
    }

    @Nested
    class Coverage {
        @Test
        void listsTheRulesNoScenarioMadeFireAndHowOftenEachFired() throws IOException {
            write("stranger.json", PASSING);

            Cli.Run run = run("test", "--coverage", dir.toString());

            assertThat(run.code()).isZero();
            List<String> lines = lines(run.out());
            assertThat(lines.get(0)).isEqualTo("Coverage of professional 1.0.0: 4 of 39 rules fired");
            assertThat(lines.get(1)).startsWith("  never fired: CON-ACCOUNT-HEALTH, CON-DEFAULT-TEMPLATE, ")
                    .doesNotContain("REC-STRANGER").doesNotContain("REC-GENERIC");
            assertThat(lines).contains("  REC-STRANGER                1", "  REC-GENERIC                 1",
                    "  REC-NO-OUT                  1", "  GEN-NO-BASIS                0");
            assertThat(lines.subList(2, 41)).hasSize(39);
            assertThat(lines).last().isEqualTo("1 passed, 0 failed");
        }

        @Test
        void listsEachRuleTierByTierWithWhereItIsWrittenAndTheDrlRulesNoScenarioMadeFire() throws IOException {
            write("stranger.json", PASSING);

            List<String> lines = lines(run("test", "--coverage", dir.toString()).out());

            assertThat(lines).containsSubsequence("  REC-STRANGER                1",
                    "    BLOCKER     1  professional/recommendation.drl:13  REC-STRANGER a stranger cannot vouch for your work");
            assertThat(lines).contains("  4 of " + DRL_RULES + " DRL rules fired; never fired:",
                    "    professional/connection.drl:62  CON-ACCOUNT-HEALTH many invitations still pending");
            assertThat(lines).noneMatch(line -> line.contains("inherited"));
        }

        @Test
        void ofAnExtendingPolicyCountsItsOwnRulesUnlessTheInheritedAreAskedFor() throws IOException {
            Path policy = dir.resolve("child");
            Files.createDirectories(policy);
            Files.writeString(policy.resolve("policy.properties"), "id=child\nversion=1.0.0\nextends=strict\n");
            write("stranger.json", PASSING);

            List<String> own = lines(run("test", "--policy", policy.toString(), "--coverage", dir.resolve("stranger.json")
                    .toString()).out());
            List<String> all = lines(run("test", "--policy", policy.toString(), "--coverage", "--inherited",
                    dir.resolve("stranger.json").toString()).out());

            assertThat(own).containsExactly("Coverage of child 1.0.0: 0 of 0 rules fired", "  never fired: none",
                    "  0 of 0 DRL rules fired", "  " + DRL_RULES + " inherited DRL rules not counted (--inherited counts them)", "",
                    "1 passed, 0 failed");
            assertThat(all.get(0)).isEqualTo("Coverage of child 1.0.0: 4 of 39 rules fired");
            assertThat(all).contains("  4 of " + DRL_RULES + " DRL rules fired; never fired:").noneMatch(line -> line.contains("not counted"));
        }

        @Test
        void ofTheProfessionalScenariosLeavesNoRuleUnfired() {
            Cli.Run run = run("test", "--coverage", SCENARIOS);
            assertThat(run.out()).contains("Coverage of professional 1.0.0: 39 of 39 rules fired\n  never fired: none\n");
        }
    }

    @Nested
    class Json {
        @Test
        void printsOneJsonDocumentAndNothingElse() throws IOException {
            write("a-pass.json", PASSING);
            write("b-fail.json", FAILING);
            write("c-bad.json", "{\"expect\": ");

            Cli.Run run = run("test", "--format", "json", dir.toString());

            assertThat(run.code()).isEqualTo(2);
            try (JsonParser parser = new JsonFactory().createParser(run.out())) {
                parser.nextToken();
                parser.skipChildren();
                assertThat(parser.nextToken()).as("one document").isNull();
            }
            assertThat(run.out()).startsWith("{\n  \"policy\": \"professional\",\n  \"policyVersion\": \"1.0.0\",\n"
                    + "  \"passed\": 1,\n  \"failed\": 1,\n  \"invalid\": 1,\n  \"scenarios\": [")
                    .contains("\"difference\": [\n        \"verdict: expected REVISE, got DO_NOT_SEND\",")
                    .contains("\"coverage\": {\n    \"rules\": 39,\n    \"fired\": 4,")
                    .contains("\"drlRules\": " + DRL_RULES + ",\n    \"drlFired\": 4,\n    \"inheritedLeftOut\": 0,\n    \"tiers\": [")
                    .contains("{\n        \"rule\": \"REC-STRANGER\",\n        \"name\": \"REC-STRANGER a stranger cannot vouch "
                            + "for your work\",\n        \"severity\": \"BLOCKER\",\n        \"file\": \"professional/recommendation.drl\",\n"
                            + "        \"line\": 13,\n        \"policy\": \"professional\",\n        \"hits\": 2\n      }");
            assertThat(run.err()).contains("c-bad.json");
        }
    }

    @Nested
    class VerdictOnly {
        static final String LABELLED = "{\"source\": \"https://example.org/etiquette\",\n"
                + " \"judgement\": \"The guide calls a blank invitation to a near stranger lazy but harmless.\",\n"
                + " \"title\": \"a blank invitation\",\n"
                + " \"request\": {\"type\": \"CONNECTION\", \"platform\": \"LINKEDIN\", \"relationship\": {\"degree\": 2}},\n"
                + " \"expect\": {\"verdict\": \"SEND\"},\n"
                + " \"alsoOk\": [\"REVISE\"]}\n";

        @Test
        void passWhenTheVerdictIsTheExpectedOneOrInAlsoOk() throws IOException {
            write("blank.json", LABELLED);

            Cli.Run run = run("test", dir.toString());

            assertThat(run.code()).isZero();
            assertThat(run.out()).isEqualTo("1 passed, 0 failed\n");
        }

        @Test
        void failWithEveryVerdictThatWouldPassAndTheirJudgementAndSource() throws IOException {
            Path file = write("blank.json", LABELLED.replace("[\"REVISE\"]", "[\"DO_NOT_SEND\"]"));

            Cli.Run run = run("test", dir.toString());

            assertThat(run.code()).isEqualTo(1);
            assertThat(run.out()).isEqualTo("FAIL  " + file + "  a blank invitation\n"
                    + "      verdict: expected SEND or DO_NOT_SEND, got REVISE\n"
                    + "      judgement: The guide calls a blank invitation to a near stranger lazy but harmless.\n"
                    + "      source: https://example.org/etiquette\n"
                    + "\n"
                    + "0 passed, 1 failed\n");
        }
    }

    @Test
    void helpShowsExamplesTheScenarioFormatAndTheQualityCheck() {
        Cli.Run run = run("test", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: knigge test [-hV] [--coverage]")
                .contains("--coverage").contains("Examples:").contains("knigge test --coverage")
                .contains("\"expect\"").contains("\"alsoOk\"").contains("Exit codes: 0 all passed")
                .contains("--quality").contains("--min-accuracy=X").contains("--max-false-blocks=N")
                .contains("--max-nag-rate=X").contains("--compare=POLICY").contains("knigge test --quality")
                .contains("0.9 or 90%)").contains("knigge test --quality --min-accuracy 90% --max-false-blocks 0 corpus/");
    }
}
