package dev.knigge.audit;

import static dev.knigge.audit.CampaignFixtures.ADVISOR;
import static dev.knigge.audit.CampaignFixtures.handCounted;
import static dev.knigge.audit.CampaignFixtures.pitch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.knigge.Advisor;
import dev.knigge.advice.Advice;
import dev.knigge.advice.Finding;
import dev.knigge.advice.Verdict;
import dev.knigge.request.Activity;
import dev.knigge.request.RequestType;
import dev.knigge.request.Requester;
import dev.knigge.request.ReviewRequest;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignAuditTest {

    private record Run(List<AuditEntry> entries, CampaignReport report) {}

    private static Run audit(List<ReviewRequest> requests) {
        List<AuditEntry> entries = new ArrayList<>();
        CampaignReport report = ADVISOR.audit(Campaign.of(requests), entries::add);
        return new Run(entries, report);
    }

    private static List<String> rules(AuditEntry audited) {
        return audited.advice().findings().stream().map(Finding::rule).toList();
    }

    @Nested
    class AHandCountedCampaign {
        private final Run run = audit(handCounted());
        private final CampaignReport report = run.report();

        @Test
        void handsOnEveryEntryInInputOrder() {
            assertThat(run.entries()).extracting(AuditEntry::line).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        }

        @Test
        void fillsInHowManyRecipientsGetEachNoteUnlessTheRequestSaysSo() {
            assertThat(run.entries().subList(0, 9)).extracting(a -> a.request().activity().sameNoteRecipients())
                    .containsExactly(5, 5, 5, 5, 1, 1, 2, 2, null);
        }

        @Test
        void fillsInTheRequestsOfTheSameTypeBeforeEachUnlessTheRequestSaysSo() {
            assertThat(run.entries()).extracting(a -> a.request().activity().similarSentLast7Days())
                    .containsExactly(0, 1, 2, 3, 4, 0, 0, 1, 1, 0);
        }

        @Test
        void reviewsWithThoseCounts() {
            assertThat(rules(run.entries().get(0))).containsExactly("CAMPAIGN-MASS", "CAMPAIGN-STRANGER");
            assertThat(run.entries().get(0).advice().finding("CAMPAIGN-MASS").reason())
                    .isEqualTo("This note goes to 5 recipients.");
            assertThat(rules(run.entries().get(4))).containsExactly("CAMPAIGN-VOLUME", "CAMPAIGN-STRANGER");
            assertThat(run.entries().get(5).advice().findings()).isEmpty();
        }

        @Test
        void reportsAFailedReviewAndGoesOn() {
            AuditEntry failed = run.entries().get(9);
            assertThat(failed.advice()).isNull();
            assertThat(failed.failure().rule()).isEqualTo("CAMPAIGN-THROWS");
        }

        @Test
        void countsRequestsVerdictsTypesAndRules() {
            assertThat(report.requests()).isEqualTo(10);
            assertThat(report.requesters()).isEqualTo(1);
            assertThat(report.verdicts()).containsExactly(entry(Verdict.SEND, 4), entry(Verdict.REVISE, 4),
                    entry(Verdict.DO_NOT_SEND, 1));
            assertThat(report.types()).containsExactly(entry(RequestType.CONNECTION, 5), entry(RequestType.MESSAGE, 2),
                    entry(RequestType.ENDORSEMENT, 1), entry(RequestType.GROUP_INVITE, 2));
            assertThat(report.rules()).containsExactly(entry("CAMPAIGN-STRANGER", 6), entry("CAMPAIGN-MASS", 4),
                    entry("CAMPAIGN-VOLUME", 1));
        }

        @Test
        void computesTheShares() {
            assertThat(report.strangerShare()).as("1, 2, 3, 5, 7, 8, 10").isEqualTo(0.7);
            assertThat(report.offTopicShare()).as("7").isEqualTo(0.1);
            assertThat(report.templateShare()).as("1 to 5: a stated count does not hide a mass-sent note")
                    .isEqualTo(0.5);
        }

        @Test
        void countsANoteAsMassSentFromThePolicysMassSameNoteOn() {
            Advisor higher = ADVISOR.toBuilder().parameter("mass.sameNote", 6).build();
            assertThat(higher.audit(Campaign.of(handCounted()), audited -> { }).templateShare())
                    .as("five copies are not mass-sent from six on").isEqualTo(0.0);
            Advisor lower = ADVISOR.toBuilder().parameter("mass.sameNote", 2).build();
            assertThat(lower.audit(Campaign.of(handCounted()), audited -> { }).templateShare())
                    .as("two copies are from two on").isGreaterThan(report.templateShare());
        }

        @Test
        void listsTheTemplatesWithPlaceholdersForTheRecipient() {
            assertThat(report.templates()).containsExactly(
                    new CampaignReport.Template("Hi {firstName}, I help companies grow with AI. Let's talk!", 5),
                    new CampaignReport.Template("Hi {firstName}, join {group}!", 2));
        }

        @Test
        void scoresQuality() {
            // SEND 6, 7, 8, 9 count 1; 1 to 4 are mass-sent and 5 must not go out: 4 of the 9 reviewed
            assertThat(report.qualityScore()).isEqualTo(0.444);
        }

        @Test
        void concludesInBothLanguages() {
            assertThat(report.conclusion().in(Locale.ENGLISH)).isEqualTo("Mass-sent: 5 of 10 requests share one note.");
            assertThat(report.conclusion().in(Locale.GERMAN))
                    .isEqualTo("Massenversand: 5 von 10 Anfragen haben denselben Text.");
            assertThat(report.requesterGroups()).isEmpty();
        }
    }

    @Nested
    class SeveralRequesters {
        private final Requester erika = Requester.builder().name("Erika  Muster").build();
        private final List<ReviewRequest> requests = List.of(
                pitch("Anna", "Lind"),
                pitch("Ben", "Holm").toBuilder().requester(erika).build(),
                pitch("Clara", "Weiss"),
                pitch("David", "Novak").toBuilder().requester(Requester.builder().name("erika muster").build()).build(),
                pitch("Eva", "Berg").toBuilder().requester(Requester.UNKNOWN).build());
        private final Run run = audit(requests);

        @Test
        void countEachRequestersRequestsOfATypeSeparately() {
            assertThat(run.entries()).extracting(a -> a.request().activity().similarSentLast7Days())
                    .containsExactly(0, 0, 1, 1, 0);
        }

        @Test
        void countRecipientsOfANoteAcrossTheWholeCampaign() {
            assertThat(run.entries()).extracting(a -> a.request().activity().sameNoteRecipients())
                    .containsOnly(5);
        }

        @Test
        void areNamedAndGroupedLargestFirst() {
            CampaignReport report = run.report();
            assertThat(report.requesters()).as("names compare ignoring case and spacing; no name is one more").isEqualTo(3);
            assertThat(report.requesterGroups()).extracting(CampaignReport.RequesterGroup::requester)
                    .containsExactly("Max Power", "Erika  Muster", null);
            CampaignReport.RequesterGroup max = report.requesterGroups().get(0);
            assertThat(max.requests()).isEqualTo(2);
            assertThat(max.verdicts()).containsEntry(Verdict.REVISE, 2);
            assertThat(max.templateShare()).isEqualTo(1.0);
            assertThat(max.strangerShare()).isEqualTo(1.0);
            assertThat(max.qualityScore()).isEqualTo(0.0);
            assertThat(report.conclusion().english())
                    .isEqualTo("Mass-sent: 5 of 5 requests share one note. The requests name 3 requesters: "
                            + "see the figures per requester.");
        }
    }

    @Nested
    class Sources {
        @Test
        void aCollectionIsReadTwiceFromItsStart() {
            List<ReviewRequest> requests = List.of(pitch("Anna", "Lind"), pitch("Ben", "Holm"));
            int[] iterations = {0};
            Iterable<ReviewRequest> counting = () -> {
                iterations[0]++;
                return requests.iterator();
            };
            ADVISOR.audit(Campaign.of(counting), audited -> { });
            assertThat(iterations[0]).isEqualTo(2);
        }

        @Test
        void aNullRequestIsAnError() {
            List<ReviewRequest> requests = Arrays.asList(pitch("Anna", "Lind"), null);
            assertThatThrownBy(() -> ADVISOR.audit(Campaign.of(requests), audited -> { }))
                    .isInstanceOf(NullPointerException.class).hasMessage("requests[1] == null");
        }

        @Test
        void argumentsAreChecked() {
            assertThatThrownBy(() -> Campaign.of(null)).hasMessage("requests == null");
            assertThatThrownBy(() -> Campaign.ndjson(null)).hasMessage("file == null");
            assertThatThrownBy(() -> ADVISOR.audit(null, audited -> { })).hasMessage("campaign == null");
            assertThatThrownBy(() -> ADVISOR.audit(Campaign.of(List.of()), null)).hasMessage("sink == null");
        }

        @Test
        void aFileThatCannotBeReadIsAnUncheckedIoError(@TempDir Path folder) {
            Path missing = folder.resolve("missing.ndjson");
            assertThatThrownBy(() -> ADVISOR.audit(Campaign.ndjson(missing), audited -> { }))
                    .isInstanceOf(UncheckedIOException.class).hasMessageStartingWith(missing + ": cannot be read");
        }

        @Test
        void anEmptyCampaignHasNothingToAudit() {
            CampaignReport report = ADVISOR.audit(Campaign.of(List.of()), audited -> { });
            assertThat(report.requests()).isZero();
            assertThat(report.requesters()).isZero();
            assertThat(report.verdicts()).containsOnlyKeys(Verdict.values()).containsValues(0);
            assertThat(report.templates()).isEmpty();
            assertThat(report.qualityScore()).isEqualTo(1.0);
            assertThat(report.conclusion().english()).isEqualTo("Nothing to audit: the campaign holds no valid request.");
        }

        @Test
        void theLocaleOfTheFindingsCanBeChosen() {
            List<AuditEntry> entries = new ArrayList<>();
            ADVISOR.audit(Campaign.of(List.of(pitch("Anna", "Lind"))), Locale.GERMAN, entries::add);
            Advice advice = entries.get(0).advice();
            assertThat(advice.locale()).isEqualTo(Locale.GERMAN);
            assertThat(advice.findings().get(0).title()).isEqualTo("Unbekannt");
        }
    }

    @Nested
    class AuditEntries {
        @Test
        void holdExactlyOneOutcome() {
            ReviewRequest request = pitch("Anna", "Lind");
            assertThatThrownBy(() -> new AuditEntry(1, request, null, null, null))
                    .hasMessage("an audited entry has exactly one of advice, invalid and failure");
            assertThatThrownBy(() -> new AuditEntry(0, request, null, null, null))
                    .hasMessage("line must be at least 1 (was 0)");
            Advice advice = ADVISOR.review(request);
            assertThatThrownBy(() -> new AuditEntry(1, null, advice, null, null))
                    .hasMessage("an audited entry has a request unless it is invalid");
        }

        @Test
        void aRequestThatStatesBothCountsIsReviewedAsItIs() {
            ReviewRequest stated = pitch("Anna", "Lind").toBuilder()
                    .activity(Activity.builder().sameNoteRecipients(2).similarSentLast7Days(9).build()).build();
            List<AuditEntry> entries = new ArrayList<>();
            ADVISOR.audit(Campaign.of(List.of(pitch("Ben", "Holm"), pitch("Clara", "Weiss"), stated)), entries::add);
            assertThat(entries.get(2).request()).isSameAs(stated);
        }
    }
}
