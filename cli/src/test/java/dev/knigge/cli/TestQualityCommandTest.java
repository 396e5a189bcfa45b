package dev.knigge.cli;

import static dev.knigge.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.knigge.testing.JsonTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code knigge test --quality}, its gates and {@code --compare}, on six labelled cases the
 * professional policy judges as each comment says: three labelled SEND (one gets SEND, one is nagged,
 * one blocked), one labelled REVISE that may be SEND (gets SEND), two labelled DO_NOT_SEND (one gets
 * REVISE, one SEND).
 */
class TestQualityCommandTest {
    /** Nothing fires. */
    static final String QUIET = "{\"type\": \"CONNECTION\", \"relationship\": {\"degree\": 1, \"knowEachOther\": true}}";
    /** CON-NO-NOTE (WARNING). */
    static final String BLANK = "{\"type\": \"CONNECTION\", \"platform\": \"LINKEDIN\", "
            + "\"relationship\": {\"degree\": 2, \"mutualContacts\": 3}}";
    /** REC-STRANGER (BLOCKER), REC-GENERIC (WARNING), REC-NO-OUT and REC-NO-RECIPROCITY (ADVICE). */
    static final String STRANGER = "{\"type\": \"RECOMMENDATION\", \"platform\": \"LINKEDIN\", \"relationship\": {\"degree\": 1}}";
    /** CON-DEFAULT-TEMPLATE (ADVICE). */
    static final String DEFAULT = "{\"type\": \"CONNECTION\", \"platform\": \"LINKEDIN\", \"language\": \"en\", "
            + "\"note\": \"I'd like to add you to my professional network on LinkedIn.\", "
            + "\"relationship\": {\"degree\": 2, \"knowEachOther\": true}}";
    /** GEN-VOLUME (WARNING). */
    static final String BUSY = "{\"type\": \"CONNECTION\", \"activity\": {\"similarSentLast7Days\": 80}, "
            + "\"relationship\": {\"degree\": 1, \"knowEachOther\": true}}";

    @TempDir
    Path dir;

    Path cases;

    static String labelled(String title, String request, String label, String alsoOk) {
        return "{\"title\": \"" + title + "\",\n \"request\": " + request + ",\n \"expect\": {\"verdict\": \"" + label + "\"}"
                + (alsoOk == null ? "" : ",\n \"alsoOk\": " + alsoOk) + "}\n";
    }

    Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void writeTheCases() throws IOException {
        write("cases/1.json", labelled("good and quiet", QUIET, "SEND", null));                    // SEND
        write("cases/2.json", labelled("good but blank", BLANK, "SEND", null));                    // REVISE: a nag
        write("cases/3.json", labelled("good, a stranger asks", STRANGER, "SEND", null));          // DO_NOT_SEND: a false block
        write("cases/4.json", labelled("canned text", DEFAULT, "REVISE", "[\"SEND\"]"));           // SEND: within
        write("cases/5.json", labelled("spam in a busy week", BUSY, "DO_NOT_SEND", null));         // REVISE: a missed block
        write("cases/6.json", labelled("quiet spam", QUIET, "DO_NOT_SEND", null));                 // SEND: spam sent
        cases = dir.resolve("cases");
    }

    static List<String> lines(String out) {
        return out.lines().toList();
    }

    static List<String> lastLines(String out, int count) {
        List<String> lines = lines(out);
        return lines.subList(lines.size() - count, lines.size());
    }

    @Nested
    class Text {
        @Test
        void endsWithTheSixLinesOfHeadlineFigures() {
            Cli.Run run = run("test", "--quality", cases.toString());

            assertThat(run.code()).as("cases outside their judgement fail nothing without gates").isZero();
            assertThat(run.err()).isEmpty();
            assertThat(lastLines(run.out(), 6)).containsExactly(
                    "Quality of professional 1.0.0 on 6 cases",
                    "  accuracy          33.3 %  (2 of 6 within the judgement)",
                    "  exact             16.7 %  (1 of 6)",
                    "  good notes SEND   33.3 %  (1 of 3 labelled SEND)",
                    "  nag rate          33.3 %  (1 of 3); false blocks 1 (33.3 %)",
                    "  missed blocks    100.0 %  (2 of 2 labelled DO_NOT_SEND); spam sent 1");
        }

        @Test
        void listsEachCaseOutsideItsJudgementWithTheRulesThatDecidedIt() {
            Cli.Run run = run("test", "--quality", cases.toString());

            String out = run.out();
            assertThat(out).startsWith("Outside the judgement: 4 of 6\n"
                    + "  " + cases.resolve("2.json") + "  good but blank\n"
                    + "      labelled SEND, given REVISE by CON-NO-NOTE WARNING\n"
                    + "  " + cases.resolve("3.json") + "  good, a stranger asks\n"
                    + "      labelled SEND, given DO_NOT_SEND by REC-STRANGER BLOCKER\n"
                    + "  " + cases.resolve("5.json") + "  spam in a busy week\n"
                    + "      labelled DO_NOT_SEND, given REVISE by GEN-VOLUME WARNING\n"
                    + "  " + cases.resolve("6.json") + "  quiet spam\n"
                    + "      labelled DO_NOT_SEND, given SEND (nothing fired)\n\n");
            assertThat(out).doesNotContain("4.json").doesNotContain("FAIL");
        }

        @Test
        void showsTheConfusionMatrixAndWhatEachRuleDid() {
            List<String> lines = lines(run("test", "--quality", cases.toString()).out());

            assertThat(lines).containsSubsequence(
                    "Verdicts, labelled by given",
                    "  labelled       SEND  REVISE  DO_NOT_SEND  cases",
                    "  SEND              1       1            1      3",
                    "  REVISE            1       0            0      1",
                    "  DO_NOT_SEND       1       1            0      2");
            assertThat(lines).containsSubsequence(
                    "Rules: cases they fired in, by label; the nags and false blocks they decided",
                    "  rule                     on SEND on others  nags false blocks",
                    "  REC-STRANGER                   1         0     0            1",
                    "  CON-NO-NOTE                    1         0     1            0",
                    "  REC-GENERIC                    1         0     0            0");
            assertThat(lines).contains("  CON-DEFAULT-TEMPLATE           0         1     0            0",
                    "  GEN-VOLUME                     0         1     0            0");
        }

        @Test
        void countsACaseThatListsItsRulesWithItsVerdictAsTheLabel() throws IOException {
            write("cases/7.json", "{\"title\": \"listed\", \"request\": " + BLANK + ", \"expect\": {\"verdict\": \"REVISE\", "
                    + "\"rules\": {\"CON-NO-NOTE\": \"WARNING\", \"GEN-NOT-A-RULE\": \"ADVICE\"}}}");

            Cli.Run run = run("test", "--quality", cases.toString());

            assertThat(run.code()).as("the unknown rule is a scenario failure, not a quality one").isZero();
            assertThat(lastLines(run.out(), 6).get(1)).isEqualTo("  accuracy          42.9 %  (3 of 7 within the judgement)");
        }

        @Test
        void addsTheCoverageWhenAskedForAndStillEndsWithTheSummary() {
            Cli.Run run = run("test", "--quality", "--coverage", cases.toString());

            assertThat(run.out()).contains("Coverage of professional 1.0.0: 7 of 39 rules fired\n");
            assertThat(lastLines(run.out(), 6).get(0)).isEqualTo("Quality of professional 1.0.0 on 6 cases");
        }

        @Test
        void failsACaseThatCannotBeReviewed() throws IOException {
            write("cases/fr.json", "{\"title\": \"in French\", \"request\": " + QUIET + ", \"locale\": \"fr\", "
                    + "\"expect\": {\"verdict\": \"SEND\"}}");

            Cli.Run run = run("test", "--quality", cases.toString());

            assertThat(run.code()).isEqualTo(1);
            assertThat(run.out()).contains("Not reviewed: 1\n  " + cases.resolve("fr.json") + "  in French\n"
                    + "      error: the policy professional has no messages in fr (it has en, de)\n");
            assertThat(lastLines(run.out(), 6).get(0)).isEqualTo("Quality of professional 1.0.0 on 6 cases: 1 not reviewed");
        }
    }

    @Nested
    class Gates {
        @Test
        void thatHoldExitZeroAndSaySo() {
            Cli.Run run = run("test", "--quality", "--min-accuracy", "0.3", "--max-false-blocks", "1",
                    "--max-nag-rate", "34%", cases.toString());

            assertThat(run.code()).isZero();
            assertThat(run.out()).doesNotContain("Failed gates");
            assertThat(lastLines(run.out(), 6).get(0)).isEqualTo("Quality of professional 1.0.0 on 6 cases: all 3 gates passed");
        }

        @Test
        void thatFailExitOneAndSayWhichAndByHowMuch() {
            Cli.Run run = run("test", "--quality", "--min-accuracy", "90%", "--max-false-blocks", "0",
                    "--max-nag-rate", "0.2", "--min-good-send", "0.3", "--max-spam-sent", "0", cases.toString());

            assertThat(run.code()).isEqualTo(1);
            List<String> lines = lines(run.out());
            assertThat(lines.subList(lines.size() - 12, lines.size() - 6)).containsExactly(
                    "Failed gates",
                    "  --min-accuracy: 33.3 % within the judgement (2 of 6), 56.7 points below 90.0 %",
                    "  --max-false-blocks: 1 good note told DO_NOT_SEND, 1 more than 0",
                    "  --max-nag-rate: 33.3 % of good notes told REVISE (1 of 3), 13.3 points above 20.0 %",
                    "  --max-spam-sent: 1 case labelled DO_NOT_SEND gets SEND, 1 more than 0",
                    "");
            assertThat(lines.get(lines.size() - 6)).isEqualTo("Quality of professional 1.0.0 on 6 cases: 4 of 5 gates failed");
        }

        @Test
        void outOfRangeAreUsageErrors() {
            for (String[] args : new String[][] {{"--min-accuracy", "1.5"}, {"--max-nag-rate", "120%"},
                    {"--min-accuracy", "most"}, {"--max-false-blocks", "-1"}, {"--max-false-blocks", "0.5"}}) {
                Cli.Run run = run("test", "--quality", args[0], args[1], cases.toString());

                assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
                assertThat(run.out()).isEmpty();
                assertThat(run.err()).contains("Invalid value for option '" + args[0] + "'").contains("'" + args[1] + "'");
            }
            assertThat(run("test", "--quality", "--min-accuracy", "1.5", cases.toString()).err())
                    .contains("'1.5' is not between 0 and 1 (write 0.9 or 90% for ninety percent)");
            assertThat(run("test", "--quality", "--max-false-blocks", "-1", cases.toString()).err())
                    .contains("'-1' is not a count (a whole number, 0 or more)");
        }

        @Test
        void withoutQualityAreAUsageError() {
            Cli.Run run = run("test", "--max-nag-rate", "0.2", cases.toString());

            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).startsWith("knigge: --max-nag-rate is a gate of --quality: add --quality\n");
            assertThat(run.out()).isEmpty();
        }
    }

    @Nested
    class Json {
        @Test
        void printsOneDocumentWithEveryFigureAndTheGates() throws IOException {
            Cli.Run run = run("test", "--quality", "--format", "json", "--max-false-blocks", "0", cases.toString());

            assertThat(run.code()).isEqualTo(1);
            try (JsonParser parser = new JsonFactory().createParser(run.out())) {
                parser.nextToken();
                parser.skipChildren();
                assertThat(parser.nextToken()).as("one document").isNull();
            }
            Map<String, Object> json = JsonTree.object(run.out());
            assertThat(json).containsEntry("policy", "professional").containsEntry("cases", 6).containsEntry("within", 2)
                    .containsEntry("exact", 1).containsEntry("goodSend", 1).containsEntry("nags", 1)
                    .containsEntry("falseBlocks", 1).containsEntry("missedBlocks", 2).containsEntry("missedBlockRate", 1.0)
                    .containsEntry("spamSent", 1).doesNotContainKey("compare");
            assertThat(json.get("confusion")).isEqualTo(Map.of("SEND", Map.of("SEND", 1, "REVISE", 1, "DO_NOT_SEND", 1),
                    "REVISE", Map.of("SEND", 1, "REVISE", 0, "DO_NOT_SEND", 0),
                    "DO_NOT_SEND", Map.of("SEND", 1, "REVISE", 1, "DO_NOT_SEND", 0)));
            assertThat(json.get("gates")).isEqualTo(Map.of("targets", Map.of("maxFalseBlocks", 0), "passed", false,
                    "failed", List.of(Map.of("target", "maxFalseBlocks", "message", "1 good note told DO_NOT_SEND, 1 more than 0"))));
            assertThat((List<?>) json.get("outside")).hasSize(4);
        }
    }

    @Nested
    class InvalidFiles {
        @Test
        void areReportedOnStderrAndInTheJsonAndExitTwoWhileTheRestIsCounted() throws IOException {
            Path bad = write("cases/bad.json", labelled("twice", QUIET, "SEND", "[\"REVISE\", \"REVISE\"]"));

            Cli.Run run = run("test", "--quality", "--format", "json", cases.toString());

            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("knigge: " + bad + ":4: $.alsoOk[1]: REVISE is listed twice\n");
            Map<String, Object> json = JsonTree.object(run.out());
            assertThat(json).containsEntry("cases", 6).containsEntry("invalid", 1).containsEntry("problems",
                    List.of(Map.of("file", bad.toString(), "line", 4, "path", "$.alsoOk[1]", "message", "REVISE is listed twice")));
            assertThat(lastLines(run("test", "--quality", cases.toString()).out(), 6).get(0))
                    .isEqualTo("Quality of professional 1.0.0 on 6 cases: 1 invalid");
        }
    }

    @Nested
    class Compare {
        /** A policy folder like professional, but a blank invitation earns only advice. */
        Path lenient() throws IOException {
            write("lenient/policy.properties", "id=lenient\nversion=2.0.0\nextends=professional\nlocales=en,de\n"
                    + "severity.CON-NO-NOTE=ADVICE\n");
            return dir.resolve("lenient");
        }

        @Test
        void listsTheCasesWhoseVerdictDiffersWithTheRulesThatMakeTheDifference() throws IOException {
            Cli.Run run = run("test", "--quality", "--compare", lenient().toString(), cases.toString());

            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("Compared with lenient 2.0.0: 1 of 6 verdicts differ (1 now within the "
                    + "expectation, 0 now outside it)\n"
                    + "  " + cases.resolve("2.json") + "  good but blank\n"
                    + "      expected SEND: REVISE → SEND\n"
                    + "      CON-NO-NOTE              WARNING → ADVICE\n\n");
            assertThat(lastLines(run.out(), 6).get(0)).isEqualTo("Quality of professional 1.0.0 on 6 cases");
        }

        @Test
        void worksWithoutQualityBeforeTheUsualSummary() throws IOException {
            Cli.Run run = run("test", "--compare", "strict", cases.toString());

            assertThat(run.code()).as("four cases fail their verdict").isEqualTo(1);
            assertThat(run.out()).contains("Compared with strict 1.0.0: ").contains("FAIL  " + cases.resolve("6.json"));
            assertThat(lines(run.out())).last().isEqualTo("2 passed, 4 failed");
        }

        @Test
        void writesTheComparisonIntoTheJson() throws IOException {
            Cli.Run run = run("test", "--format", "json", "--compare", lenient().toString(), cases.toString());

            Map<String, Object> compare = JsonTree.object(run.out());
            assertThat(compare).containsKey("scenarios");
            @SuppressWarnings("unchecked")
            Map<String, Object> comparison = (Map<String, Object>) compare.get("compare");
            assertThat(comparison).containsEntry("policy", "lenient").containsEntry("policyVersion", "2.0.0")
                    .containsEntry("cases", 6).containsEntry("changed", 1).containsEntry("intoJudgement", 1);
            assertThat(comparison.get("changes")).isEqualTo(List.of(Map.of("file", cases.resolve("2.json").toString(),
                    "title", "good but blank", "expected", "SEND", "alsoOk", List.of(), "verdict", "REVISE",
                    "comparedVerdict", "SEND", "rules", List.of(Map.of("rule", "CON-NO-NOTE", "severity", "WARNING",
                            "comparedSeverity", "ADVICE")))));
        }

        @Test
        void exitsThreeWhenTheComparedPolicyDoesNotLoad() {
            Cli.Run run = run("test", "--quality", "--compare", "stricter", cases.toString());

            assertThat(run.code()).isEqualTo(3);
            assertThat(run.err()).contains("no built-in policy 'stricter'");
            assertThat(run.out()).isEmpty();
        }
    }
}
