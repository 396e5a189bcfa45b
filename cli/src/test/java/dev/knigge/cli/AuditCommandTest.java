package dev.knigge.cli;

import static dev.knigge.cli.Cli.CAMPAIGN;
import static dev.knigge.cli.Cli.run;
import static dev.knigge.cli.Cli.runOnTerminal;
import static dev.knigge.cli.Cli.runWithStdin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.Advice;
import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import dev.knigge.json.AdviceJson;
import dev.knigge.testing.JsonTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
    private static final String FIRST_NAMES = "src/test/resources/audit/first-names.ndjson";
    private static final String PERSONALISED = "src/test/resources/audit/personalised.ndjson";
    private static final String BAD_LINES = "src/test/resources/audit/bad-lines.ndjson";
    private static final String SEVERAL = "src/test/resources/audit/several-requesters.ndjson";
    /** A former colleague's invitation (SEND), then a German note to someone who reads English only (REVISE). */
    private static final String SEND_AND_REVISE = "src/test/resources/audit/send-and-revise.ndjson";

    /** The advice lines of JSON output: every line but the last. */
    private static List<Advice> advice(Cli.Run run) {
        List<String> lines = run.out().lines().toList();
        return lines.subList(0, lines.size() - 1).stream().map(AdviceJson::read).toList();
    }

    /** The {@code "campaign"} object of the last line of JSON output. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> campaign(Cli.Run run) {
        List<String> lines = run.out().lines().toList();
        Map<String, Object> last = JsonTree.object(lines.get(lines.size() - 1));
        assertThat(last).containsOnlyKeys("campaign");
        return (Map<String, Object>) last.get("campaign");
    }

    @Nested
    class TheExampleCampaign {
        private final Cli.Run run = run("audit", "--format", "json", CAMPAIGN);

        @Test
        void isDoNotSendForEachRequestWithTheMassPitchBlocked() {
            assertThat(run.code()).isZero();
            assertThat(run.err()).isEmpty();
            List<Advice> advice = advice(run);
            assertThat(advice).hasSize(12);
            for (int i = 0; i < 12; i++) {
                Advice one = advice.get(i);
                assertThat(one.id()).isEqualTo(String.format("c%02d", i + 1));
                assertThat(one.verdict()).isEqualTo(Verdict.DO_NOT_SEND);
                assertThat(one.finding("GEN-COLD-PITCH").severity()).isEqualTo(Severity.BLOCKER);
                assertThat(one.finding("GEN-MASS-TEMPLATE").reason()).as("sameNoteRecipients = 12")
                        .startsWith("This note goes to 12 recipients");
            }
            assertThat(run.out().lines().toList().get(6)).startsWith("{\"id\":\"c07\",\"line\":7,");
        }

        @Test
        void endsWithTheCampaignReportWithTheDesignsFields() {
            Map<String, Object> campaign = campaign(run);
            assertThat(campaign.keySet()).containsExactly("requests", "requesters", "verdicts", "types", "rules",
                    "strangerShare", "offTopicShare", "templateShare", "templates", "qualityScore", "conclusion");
            assertThat(campaign).containsEntry("requests", 12).containsEntry("requesters", 1)
                    .containsEntry("verdicts", Map.of("SEND", 0, "REVISE", 0, "DO_NOT_SEND", 12))
                    .containsEntry("types", Map.of("CONNECTION", 12))
                    .containsEntry("strangerShare", 1.0).containsEntry("offTopicShare", 0.0)
                    .containsEntry("templateShare", 1.0).containsEntry("qualityScore", 0.0)
                    .containsEntry("conclusion", "Mass-sent: 12 of 12 requests share one note.");
            assertThat(campaign.get("templates")).isEqualTo(List.of(Map.of("note",
                    "Hi, I help companies grow with AI automation. Let's connect and book a quick demo!", "size", 12)));
            @SuppressWarnings("unchecked")
            Map<String, Object> rules = (Map<String, Object>) campaign.get("rules");
            assertThat(rules).containsEntry("GEN-MASS-TEMPLATE", 12).containsEntry("GEN-COLD-PITCH", 12);
        }

        @Test
        void concludesInGermanWithLocaleDe() {
            Cli.Run german = run("audit", "--format", "json", "--locale", "de", CAMPAIGN);
            assertThat(campaign(german)).containsEntry("conclusion", "Massenversand: 12 von 12 Anfragen haben denselben Text.");
            assertThat(advice(german)).allSatisfy(one -> assertThat(one.locale().getLanguage()).isEqualTo("de"));
        }

        @Test
        void printsTheReportFirstThenWhatMustNotGoOutThenWhatToRevise() {
            Cli.Run text = run("audit", CAMPAIGN);
            assertThat(text.code()).isZero();
            List<String> lines = text.out().lines().toList();
            assertThat(lines.get(0)).isEqualTo("Campaign audit  " + CAMPAIGN + " · policy professional 1.0.0");
            assertThat(lines.get(1)).isEqualTo("Mass-sent: 12 of 12 requests share one note.");
            assertThat(text.out()).contains("  Verdicts      DO_NOT_SEND 12 · REVISE 0 · SEND 0")
                    .contains("      12 × Hi, I help companies grow with AI automation.")
                    .doesNotContain("\u001B[");
            int mustNot = lines.indexOf("Must not go out (12)");
            int revise = lines.indexOf("To revise (0)");
            assertThat(mustNot).isGreaterThan(1);
            assertThat(revise).isEqualTo(mustNot + 14);
            assertThat(lines.get(mustNot + 1)).startsWith("  " + CAMPAIGN + ":1 (c01)  GEN-COLD-PITCH, GEN-MASS-TEMPLATE, GEN-NO-BASIS, ")
                    .contains("GEN-NO-PURPOSE");
            assertThat(lines.get(revise + 1)).isEqualTo("  none");
        }
    }

    @Nested
    class NearCopies {
        @Test
        void notesThatDifferOnlyInTheFirstNameAreOneTemplate() {
            Cli.Run run = run("audit", "--format", "json", FIRST_NAMES);
            assertThat(advice(run)).allSatisfy(one -> assertThat(one.finding("GEN-MASS-TEMPLATE").reason())
                    .startsWith("This note goes to 12 recipients"));
            Map<String, Object> campaign = campaign(run);
            assertThat(campaign.get("templates")).isEqualTo(List.of(Map.of("note",
                    "Hi {firstName}, I help companies grow with AI automation. Let's connect and book a quick demo!",
                    "size", 12)));
            assertThat(campaign).containsEntry("templateShare", 1.0)
                    .containsEntry("conclusion", "Mass-sent: 12 of 12 requests share one note.");
        }

        @Test
        void honestlyPersonalisedNotesAreNot() {
            Cli.Run run = run("audit", "--format", "json", PERSONALISED);
            assertThat(run.code()).isZero();
            assertThat(advice(run)).hasSize(12).allSatisfy(one -> assertThat(one.finding("GEN-MASS-TEMPLATE")).isNull());
            Map<String, Object> campaign = campaign(run);
            assertThat(campaign).containsEntry("templates", List.of()).containsEntry("templateShare", 0.0);
            assertThat((String) campaign.get("conclusion")).doesNotStartWith("Mass-sent");
        }
    }

    @Nested
    class BadInput {
        @Test
        void badLinesAreReportedLikeCheckAndEveryValidLineIsAudited() {
            Cli.Run run = run("audit", "--format", "json", BAD_LINES);
            assertThat(run.code()).isEqualTo(2);
            assertThat(advice(run)).extracting(Advice::id).containsExactly("b1", "b4");
            assertThat(run.out().lines().toList().get(1)).startsWith("{\"id\":\"b4\",\"line\":4,");
            List<String> errors = run.err().lines().toList();
            assertThat(errors).hasSize(2);
            assertThat(errors.get(0)).isEqualTo("knigge: " + BAD_LINES
                    + ":2: $.relationship.knowsEachOther: unknown field (did you mean \"knowEachOther\"?)");
            assertThat(errors.get(1)).startsWith("knigge: " + BAD_LINES + ":5: ").contains("malformed JSON");
            assertThat(campaign(run)).containsEntry("requests", 2);
        }

        @Test
        void aMissingFileExitsTwo() {
            Cli.Run run = run("audit", "no-such-campaign.ndjson");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("knigge: no-such-campaign.ndjson: no such file" + System.lineSeparator());
            assertThat(run.out()).isEmpty();
        }

        @Test
        void aFolderExitsTwo() {
            Cli.Run run = run("audit", "src");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("knigge: src: is a folder, not a campaign file");
        }

        @Test
        void exactlyOneCampaignIsAudited() {
            assertThat(run("audit").code()).isEqualTo(2);
            assertThat(run("audit", CAMPAIGN, CAMPAIGN).code()).isEqualTo(2);
        }

        @Test
        void aReviewThatFailsInsideThePolicyExitsThreeAndTheRestIsAudited(@TempDir Path dir) throws IOException {
            Path campaign = dir.resolve("two.ndjson");
            Files.writeString(campaign, "{\"id\": \"e\", \"type\": \"ENDORSEMENT\"}\n{\"id\": \"m\", \"type\": \"MESSAGE\"}\n");
            Cli.Run run = run("audit", "--trust", "--policy", "src/test/resources/policies/throwing", "--format", "json",
                    campaign.toString());
            assertThat(run.code()).isEqualTo(3);
            assertThat(advice(run)).extracting(Advice::id).containsExactly("m");
            assertThat(run.err()).startsWith("knigge: " + campaign + ":1: review failed: rule TEST-THROWS");
            assertThat(campaign(run)).containsEntry("requests", 2);
        }

        @Test
        void aPolicyThatDoesNotLoadExitsThree() {
            Cli.Run run = run("audit", "--policy", "src/test/resources/policies/broken", CAMPAIGN);
            assertThat(run.code()).isEqualTo(3);
            assertThat(run.out()).isEmpty();
        }
    }

    @Nested
    class Stdin {
        @Test
        void isSpooledAndReadTwice() throws IOException {
            Cli.Run run = runWithStdin(Files.readString(Path.of(CAMPAIGN)), "audit", "--format", "json", "-");
            assertThat(run.code()).isZero();
            assertThat(advice(run)).hasSize(12);
            assertThat(campaign(run)).containsEntry("conclusion", "Mass-sent: 12 of 12 requests share one note.");
        }

        @Test
        void isNamedInErrors() throws IOException {
            Cli.Run run = runWithStdin(Files.readString(Path.of(BAD_LINES)), "audit", "--format", "json", "-");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).startsWith("knigge: -:2: $.relationship.knowsEachOther");
        }
    }

    @Nested
    class SeveralRequesters {
        @Test
        void areNamedAndGrouped() {
            Cli.Run run = run("audit", "--format", "json", SEVERAL);
            Map<String, Object> campaign = campaign(run);
            assertThat(campaign).containsEntry("requesters", 2);
            assertThat((String) campaign.get("conclusion")).endsWith("The requests name 2 requesters: see the figures per requester.");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> groups = (List<Map<String, Object>>) campaign.get("requesterGroups");
            assertThat(groups).extracting(group -> group.get("requester")).containsExactly("Max Power", "Erika Muster");
            assertThat(groups).extracting(group -> group.get("requests")).containsExactly(2, 1);
        }

        @Test
        void areListedInTheTextReport() {
            Cli.Run run = run("audit", SEVERAL);
            assertThat(run.out()).contains("  By requester").contains("       2   Max Power  ")
                    .contains("       1   Erika Muster  ");
        }

        @Test
        void oneRequesterHasNoGroups() {
            assertThat(campaign(run("audit", "--format", "json", CAMPAIGN))).doesNotContainKey("requesterGroups");
        }
    }

    @Nested
    class Progress {
        @Test
        void aLargeCampaignShowsABarOnATerminal(@TempDir Path dir) throws IOException {
            Path large = largeCampaign(dir);
            Cli.Run run = runOnTerminal("audit", "--format", "json", large.toString());
            assertThat(run.code()).isZero();
            assertThat(run.err()).startsWith("\rknigge audit  reading the campaign…").contains("] 100 %  1000/1000")
                    .endsWith("\r\u001B[K");
            assertThat(run.out()).doesNotContain("\r");
        }

        @Test
        void showsNothingWhenStderrIsNoTerminal(@TempDir Path dir) throws IOException {
            Cli.Run run = run("audit", "--format", "json", largeCampaign(dir).toString());
            assertThat(run.err()).isEmpty();
        }

        @Test
        void showsNothingForASmallCampaign() {
            assertThat(runOnTerminal("audit", "--format", "json", CAMPAIGN).err()).isEmpty();
        }

        private Path largeCampaign(Path dir) throws IOException {
            String line = Files.readAllLines(Path.of(CAMPAIGN)).get(0);
            Path large = dir.resolve("large.ndjson");
            Files.write(large, java.util.Collections.nCopies(dev.knigge.cli.Progress.LARGE, line));
            return large;
        }
    }

    @Nested
    class FailOn {
        @Test
        void withoutItAnyVerdictExitsZero() {
            assertThat(run("audit", CAMPAIGN).code()).isZero();
            assertThat(run("audit", SEND_AND_REVISE).code()).isZero();
        }

        @Test
        void doNotSendExitsOneOnlyWhenARequestMustNotGoOut() {
            Cli.Run blocked = run("audit", "--fail-on", "do-not-send", CAMPAIGN);
            assertThat(blocked.code()).isEqualTo(1);
            assertThat(blocked.err()).isEmpty();
            assertThat(blocked.out()).as("the report is printed all the same").contains("Must not go out (12)");
            assertThat(run("audit", "--fail-on", "do-not-send", SEND_AND_REVISE).code()).isZero();
        }

        @Test
        void reviseExitsOneForReviseAndWorse() {
            Cli.Run revise = run("audit", "--fail-on", "revise", "--format", "json", SEND_AND_REVISE);
            assertThat(advice(revise)).extracting(Advice::verdict).containsExactly(Verdict.SEND, Verdict.REVISE);
            assertThat(revise.code()).isEqualTo(1);
            assertThat(campaign(revise)).containsEntry("requests", 2);
            assertThat(run("audit", "--fail-on", "revise", CAMPAIGN).code()).isEqualTo(1);
        }

        @Test
        void invalidInputOutranksIt() {
            assertThat(run("audit", "--fail-on", "revise", BAD_LINES).code()).isEqualTo(2);
        }

        @Test
        void anUnknownValueIsAUsageError() {
            Cli.Run run = run("audit", "--fail-on", "never", CAMPAIGN);
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("'never' is not one of revise, do-not-send");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void hasHelpWithExamples() {
        Cli.Run run = run("audit", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: knigge audit").contains("Example").contains("CAMPAIGN.ndjson")
                .contains("--fail-on=revise|do-not-send")
                .contains("knigge audit --fail-on do-not-send campaign.ndjson");
    }
}
