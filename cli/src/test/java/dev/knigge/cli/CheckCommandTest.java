package dev.knigge.cli;

import static dev.knigge.cli.Cli.CAMPAIGN;
import static dev.knigge.cli.Cli.COLLEAGUE;
import static dev.knigge.cli.Cli.OFF_TOPIC;
import static dev.knigge.cli.Cli.STRANGER;
import static dev.knigge.cli.Cli.run;
import static dev.knigge.cli.Cli.runWithStdin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.Advice;
import dev.knigge.advice.Verdict;
import dev.knigge.json.AdviceJson;
import dev.knigge.testing.ResourceLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static List<Advice> adviceLines(String out) {
        return out.lines().map(AdviceJson::read).toList();
    }

    @Nested
    class TheFoundingPostsRecommendationRequest {
        @Test
        void isDoNotSendWithRecStrangerFirstInGerman() {
            Cli.Run run = run("check", STRANGER);
            assertThat(run.code()).isZero();
            assertThat(run.err()).isEmpty();
            List<String> lines = run.out().lines().toList();
            assertThat(lines.get(0)).startsWith("DO_NOT_SEND  " + STRANGER);
            assertThat(lines.get(1)).contains("Nicht senden.");
            String firstFinding = lines.stream().filter(line -> line.startsWith("  BLOCKER") || line.startsWith("  WARNING")
                    || line.startsWith("  ADVICE")).findFirst().orElseThrow();
            assertThat(firstFinding).isEqualTo("  BLOCKER  REC-STRANGER  Empfehlung von Unbekannten");
            assertThat(run.out()).contains("Vorschlag:").doesNotContain("\u001B[");
        }

        @Test
        void speaksEnglishWithLocaleEn() {
            Cli.Run run = run("check", "--locale", "en", STRANGER);
            assertThat(run.code()).isZero();
            assertThat(run.out()).startsWith("DO_NOT_SEND").contains("  BLOCKER  REC-STRANGER  Recommendation from a stranger")
                    .contains("Suggestion:").doesNotContain("Vorschlag");
        }
    }

    @Nested
    class Json {
        @Test
        void printsOnlyTheAdviceFormatOnStdout() {
            Cli.Run run = run("check", "--format", "json", STRANGER, OFF_TOPIC, COLLEAGUE);
            assertThat(run.code()).isZero();
            List<Advice> advice = adviceLines(run.out());
            assertThat(advice).extracting(Advice::id)
                    .containsExactly("founding-post-recommendation", "founding-post-group-invite", "former-colleague");
            assertThat(advice).extracting(Advice::verdict)
                    .containsExactly(Verdict.DO_NOT_SEND, Verdict.DO_NOT_SEND, Verdict.SEND);
            assertThat(advice.get(0).findings().get(0).rule()).isEqualTo("REC-STRANGER");
            assertThat(run.out()).doesNotContain("\"line\"");
        }

        @Test
        void carriesTheLineOfEachNdjsonRequestAndKeepsInputOrder() {
            Cli.Run run = run("check", "--format", "json", CAMPAIGN);
            assertThat(run.code()).isZero();
            List<String> lines = run.out().lines().toList();
            assertThat(lines).hasSize(12);
            for (int i = 0; i < 12; i++) {
                assertThat(lines.get(i)).startsWith(String.format("{\"id\":\"c%02d\",\"line\":%d,", i + 1, i + 1));
            }
        }

        @Test
        void addsTheTraceWithExplain() {
            Cli.Run run = run("check", "--format", "json", "--explain", STRANGER);
            // In firing order, which follows the rule base's load order: REC-STRANGER is in it, not always first.
            assertThat(run.out()).contains("\"trace\":[{\"rule\":\"").contains("{\"rule\":\"REC-STRANGER\",\"name\":\"");
            assertThat(adviceLines(run.out())).hasSize(1);
        }
    }

    @Nested
    class ABatchWithBadLines {
        @Test
        void reviewsEveryValidLineReportsEveryBadOneAndExitsTwo() {
            Cli.Run run = run("check", "--format", "json", "src/test/resources/batch.ndjson");
            assertThat(run.code()).isEqualTo(2);
            assertThat(adviceLines(run.out())).extracting(Advice::id).containsExactly("ok-1", "ok-2", "ok-3");
            assertThat(run.out()).contains("\"line\":1,").contains("\"line\":4,").contains("\"line\":7,");
            String batch = "src/test/resources/batch.ndjson";
            assertThat(run.err().lines().toList()).containsExactly(
                    "knigge: " + batch + ":2: $.relationship.knowsEachOther: unknown field (did you mean \"knowEachOther\"?)",
                    run.err().lines().toList().get(1),
                    "knigge: " + batch + ":6: $.type: unknown value \"POKE\" (expected one of CONNECTION, MESSAGE, INMAIL, "
                            + "RECOMMENDATION, ENDORSEMENT, INTRODUCTION, GROUP_INVITE, DISCUSSION_INVITE)");
            assertThat(run.err().lines().toList().get(1)).startsWith("knigge: " + batch + ":5: ").contains("malformed JSON");
            assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }

        @Test
        void reportsAnOversizedLineAndGoesOn(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("big.ndjson");
            String huge = "{\"type\": \"MESSAGE\", \"note\": \"" + "x".repeat(1_100_000) + "\"}";
            Files.writeString(file, "{\"id\": \"before\", \"type\": \"MESSAGE\"}\n" + huge + "\n{\"id\": \"after\", \"type\": \"MESSAGE\"}\n");
            Cli.Run run = run("check", "--format", "json", file.toString());
            assertThat(run.code()).isEqualTo(2);
            assertThat(adviceLines(run.out())).extracting(Advice::id).containsExactly("before", "after");
            assertThat(run.err()).startsWith("knigge: " + file + ":2: ").contains("1 MiB");
        }

        @Test
        void aMissingFileIsInvalidInputAndTheOthersAreStillReviewed() {
            Cli.Run run = run("check", "--format", "json", "no-such-request.json", COLLEAGUE);
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("knigge: no-such-request.json: no such file" + System.lineSeparator());
            assertThat(adviceLines(run.out())).extracting(Advice::id).containsExactly("former-colleague");
        }
    }

    @Nested
    class Stdin {
        @Test
        void readsOneRequestFromADash() throws IOException {
            Cli.Run run = runWithStdin(Files.readString(Path.of(STRANGER)), "check", "--format", "json", "-");
            assertThat(run.code()).isZero();
            assertThat(adviceLines(run.out())).extracting(Advice::id).containsExactly("founding-post-recommendation");
        }

        @Test
        void readsManyWithNdjson() throws IOException {
            Cli.Run run = runWithStdin(Files.readString(Path.of(CAMPAIGN)), "check", "--ndjson", "--format", "json", "-");
            assertThat(run.code()).isZero();
            assertThat(adviceLines(run.out())).hasSize(12);
        }

        @Test
        void namesStdinInErrors() {
            Cli.Run run = runWithStdin("{\"type\": \"CONNECTION\", \"relationship\": {\"degree\": -1}}", "check", "-");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).startsWith("knigge: -: $.relationship.degree: ");
            assertThat(run.out()).isEmpty();
        }
    }

    @Nested
    class FailOn {
        @Test
        void withoutItAnyVerdictExitsZero() {
            assertThat(run("check", STRANGER).code()).isZero();
        }

        @Test
        void doNotSendExitsOneOnlyForDoNotSend() {
            assertThat(run("check", "--fail-on", "do-not-send", STRANGER).code()).isEqualTo(1);
            assertThat(run("check", "--fail-on", "do-not-send", COLLEAGUE).code()).isZero();
        }

        @Test
        void reviseExitsOneForReviseAndWorse() {
            assertThat(run("check", "--fail-on", "revise", STRANGER).code()).isEqualTo(1);
            assertThat(run("check", "--fail-on", "revise", COLLEAGUE).code()).isZero();
        }

        @Test
        void invalidInputOutranksIt() {
            assertThat(run("check", "--fail-on", "revise", STRANGER, "missing.json").code()).isEqualTo(2);
        }

        @Test
        void anUnknownValueIsAUsageError() {
            Cli.Run run = run("check", "--fail-on", "never", STRANGER);
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("'never' is not one of revise, do-not-send");
        }
    }

    @Nested
    class Policies {
        @Test
        void strictIsStricter() {
            Cli.Run run = run("check", "--policy", "strict", "--format", "json", CAMPAIGN);
            assertThat(adviceLines(run.out())).allSatisfy(advice -> assertThat(advice.policy()).isEqualTo("strict"));
        }

        @Test
        void aPolicyThatDoesNotLoadExitsThreeWithItsProblems() {
            Cli.Run run = run("check", "--policy", "src/test/resources/policies/broken", STRANGER);
            assertThat(run.code()).isEqualTo(3);
            assertThat(run.err()).contains("broken.drl:9:19: unknown field 'mutalContacts' on Relationship (did you mean \"mutualContacts\"?)");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void anUnknownBuiltInPolicyExitsThree() {
            Cli.Run run = run("check", "--policy", "profesional", STRANGER);
            assertThat(run.code()).isEqualTo(3);
            assertThat(run.err()).contains("no built-in policy 'profesional'");
        }

        @Test
        void aNearMissOfABuiltInIdGetsADidYouMeanAndNoFolderHint() {
            Cli.Run run = run("check", "--policy", "profesional", STRANGER);
            assertThat(run.err().lines().toList()).containsExactly("knigge: the policy does not load:",
                    "profesional: no built-in policy 'profesional' on the classpath "
                            + "(did you mean \"professional\"? built-in policies: professional, strict)");
        }

        @Test
        void aValueNamingAFolderHereWithoutASlashIsToldToWriteDotSlash() {
            assertThat(Files.isDirectory(Path.of("src"))).as("the module's own src folder, here").isTrue();
            Cli.Run run = run("check", "--policy", "src", STRANGER);
            assertThat(run.code()).isEqualTo(3);
            assertThat(run.err().lines().toList()).containsExactly("knigge: the policy does not load:",
                    "src: no built-in policy 'src' on the classpath (built-in policies: professional, strict)",
                    "knigge: a --policy value without / names a built-in policy; for the folder src here, "
                            + "write --policy ./src");
        }

        @Test
        void aValueNamingNothingIsToldHowToNameAFolder() {
            assertThat(Files.exists(Path.of("contoso"))).isFalse();
            Cli.Run run = run("check", "--policy", "contoso", STRANGER);
            assertThat(run.code()).isEqualTo(3);
            assertThat(run.err().lines().toList()).containsExactly("knigge: the policy does not load:",
                    "contoso: no built-in policy 'contoso' on the classpath (built-in policies: professional, strict)",
                    "knigge: a --policy value without / names a built-in policy; for a folder, write --policy ./contoso");
        }

        @Test
        void aValueWithASlashIsAFolderAndGetsNoHint() {
            Cli.Run run = run("check", "--policy", "./contoso", STRANGER);
            assertThat(run.code()).isEqualTo(3);
            assertThat(run.err()).doesNotContain("--policy value without /").doesNotContain("no built-in policy");
        }

        @Test
        void aReviewThatFailsInsideThePolicyExitsThreeAndTheRestIsReviewed(@TempDir Path dir) throws IOException {
            Path batch = dir.resolve("two.ndjson");
            Files.writeString(batch, "{\"id\": \"e\", \"type\": \"ENDORSEMENT\"}\n{\"id\": \"m\", \"type\": \"MESSAGE\"}\n");
            Cli.Run run = run("check", "--trust", "--policy", "src/test/resources/policies/throwing", "--format", "json",
                    batch.toString());
            assertThat(run.code()).isEqualTo(3);
            assertThat(adviceLines(run.out())).extracting(Advice::id).containsExactly("m");
            assertThat(run.err()).startsWith("knigge: " + batch + ":1: review failed: rule TEST-THROWS");
        }

        @Test
        void aLocaleThePolicyDoesNotSpeakIsAUsageError() {
            Cli.Run run = run("check", "--locale", "fr", STRANGER);
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("--locale fr: the policy professional speaks en, de");
        }
    }

    @Nested
    class Explain {
        @Test
        void showsTheRulesThatFiredWithTheirFacts() {
            Cli.Run run = run("explain", "--locale", "en", STRANGER);
            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("Rules that fired, in order:").contains("REC-STRANGER  \"REC-STRANGER")
                    .contains("Relationship[degree=1, knowEachOther=false");
            assertThat(run.out()).doesNotContain("What the rules saw:");
        }

        @Test
        void withFactsAddsEveryFactTheRulesSawAfterTheAdvice() {
            Cli.Run run = run("explain", "--facts", "--locale", "en", STRANGER);
            assertThat(run.code()).isZero();
            String facts = run.out().substring(run.out().indexOf("  What the rules saw:"));
            assertThat(facts.lines().skip(1).map(String::strip).map(line -> line.replaceAll("[\\[{].*", "")))
                    .containsExactly("ReviewRequest", "Requester", "Recipient", "Relationship", "Activity", "Note",
                            "Derived", "Parameters");
            assertThat(facts).contains("Derived[stranger=true").contains("Activity[similarSentLast7Days=0,")
                    .contains("rec.blanket=5.0");
            assertThat(run("explain", "--facts", "--locale", "de", STRANGER).out()).contains("  Was die Regeln sahen:");
        }

        @Test
        void whyNotShowsEachConditionOfEachTierWithWhatItReadAndTheFirstThatFailed() {
            Cli.Run run = run("explain", "--why-not", "REC-NO-WORK-OBSERVED", "--locale", "en", STRANGER);
            assertThat(run.code()).isZero();
            String why = run.out().substring(run.out().indexOf("  Why REC-NO-WORK-OBSERVED"));
            assertThat(why.lines().toList()).containsExactly(
                    "  Why REC-NO-WORK-OBSERVED does not match this request · policy professional 1.0.0",
                    "  ✓ held  ✗ failed  ? not evaluated on its own · each condition evaluated on this request",
                    "",
                    "  rule \"REC-NO-WORK-OBSERVED someone who knows you but never saw your work\"  "
                            + "professional/recommendation.drl:23 · WARNING",
                    "  did not match",
                    "    ✓ 27:5   ReviewRequest( type == RequestType.RECOMMENDATION )",
                    "        ✓ 27:20  type == RequestType.RECOMMENDATION   type = RECOMMENDATION",
                    "    ✗ 28:5   Relationship( knowEachOther, !workedTogether )",
                    "        ✗ 28:19  knowEachOther   knowEachOther = false   ← the first that failed",
                    "        ✓ 28:34  !workedTogether   workedTogether = false");
        }

        @Test
        void listsEachLexiconEntryTheNoteMatchedWithItsLineItsSpanAndWhyItDidNotCount() {
            Cli.Run run = runWithStdin("{\"type\":\"CONNECTION\",\"recipient\":{\"firstName\":\"April\"},"
                    + "\"note\":\"Hi April, I'd like to connect. Could we book a demo?\"}", "explain", "--locale", "en", "-");
            assertThat(run.code()).isZero();
            String phrases = run.out().substring(run.out().indexOf("  Lexicon entries the note matched:"));
            String lexicon = "professional/lexicon/en.properties";
            int months = ResourceLines.lineContaining("/knigge/policies/" + lexicon, "|March|April|");
            int purpose = ResourceLines.lineContaining("/knigge/policies/" + lexicon, "purpose=stay in touch|");
            int pitch = ResourceLines.lineContaining("/knigge/policies/" + lexicon, "pitch=book a demo|");
            assertThat(phrases.lines().toList()).containsExactly(
                    "  Lexicon entries the note matched:",
                    "    specifics ← specifics \"April\"  " + lexicon + ":" + months + "  3–8 “April”  not counted: in the greeted name",
                    "    statesPurpose ← purpose \"I'd like to\"  " + lexicon + ":" + purpose + "  10–21 “I'd like to”  not counted:"
                            + " exception \"!I'd like to connect\"",
                    "    containsPitch ← pitch \"book a demo\"  " + lexicon + ":" + pitch + "  40–51 “book a demo”",
                    "    containsPitch ← pitch \"a demo\"  " + lexicon + ":" + pitch + "  45–51 “a demo”");
        }

        @Test
        void whyNotOfARuleThatFiredSaysItMatched() {
            Cli.Run run = run("explain", "--why-not", "REC-STRANGER", "--locale", "de", STRANGER);
            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("  REC-STRANGER trifft auf diese Anfrage zu · Richtlinie professional 1.0.0")
                    .contains("  trifft zu: die Regel löst aus")
                    .contains("        ✓ 18:19  !knowEachOther   knowEachOther = false")
                    .doesNotContain("← die erste");
        }

        @Test
        void whyNotOfAnUnknownRuleNamesTheClosestAndExitsTwo() {
            Cli.Run run = run("explain", "--why-not", "REC-STRANGR", STRANGER);
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("knigge: policy professional has no rule REC-STRANGR (did you mean"
                    + " \"REC-STRANGER\"?) (knigge rules lists them)" + System.lineSeparator());
        }
    }

    @Nested
    class Usage {
        @Test
        void anUnknownOptionExitsTwo() {
            Cli.Run run = run("check", "--colour", STRANGER);
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("Unknown option: '--colour'");
        }

        @Test
        void aMissingFileArgumentExitsTwo() {
            assertThat(run("check").code()).isEqualTo(2);
        }

        @Test
        void noCommandExitsTwo() {
            assertThat(run().code()).isEqualTo(2);
        }

        @Test
        void everyCommandHasHelpWithExamples() {
            for (String command : List.of("check", "explain", "policies", "rules")) {
                Cli.Run run = run(command, "--help");
                assertThat(run.code()).as(command).isZero();
                assertThat(run.out()).as(command).contains("Usage: knigge " + command).contains("Example");
            }
        }

        @Test
        void helpListsEveryCommandAndHelpShowsOne() {
            Cli.Run run = run("--help");
            assertThat(run.code()).isZero();
            for (String command : List.of("check", "explain", "audit", "policies", "rules", "test", "lint", "help")) {
                assertThat(run.out()).as(command).containsPattern("(?m)^  " + command + " ");
            }
            Cli.Run help = run("help", "audit");
            assertThat(help.code()).isZero();
            assertThat(help.out()).contains("Usage: knigge audit");
        }

        @Test
        void aMisspelledCommandGetsASuggestion() {
            Cli.Run run = run("chek", Cli.STRANGER);
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("Unmatched arguments").contains("check");
        }

        @Test
        void anOptionBeforeTheCommandStillFindsIt() {
            Cli.Run run = run("--verbose", "check", "--locale", "en", Cli.STRANGER);
            assertThat(run.code()).isZero();
            assertThat(run.out()).startsWith("DO_NOT_SEND");
        }

        @Test
        void versionNamesDrools() {
            Cli.Run run = run("--version");
            assertThat(run.code()).isZero();
            assertThat(run.out()).startsWith("knigge ").contains("Drools 10.2.0");
        }
    }
}
