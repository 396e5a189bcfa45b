package dev.knigge.rules;

import static dev.knigge.advice.Severity.ADVICE;
import static dev.knigge.advice.Severity.BLOCKER;
import static dev.knigge.advice.Severity.WARNING;
import static dev.knigge.rules.Fixtures.acquaintance;
import static dev.knigge.rules.Fixtures.anna;
import static dev.knigge.rules.Fixtures.declared;
import static dev.knigge.rules.Fixtures.formerColleague;
import static dev.knigge.rules.Fixtures.priya;
import static dev.knigge.rules.Fixtures.requester;
import static dev.knigge.rules.Fixtures.strangers;
import static dev.knigge.rules.Reviews.assertFires;
import static dev.knigge.rules.Reviews.assertSilent;
import static dev.knigge.rules.Reviews.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.request.Activity;
import dev.knigge.request.Platform;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** pace.drl: how much, how often and how soon the requester sends. */
class PaceRulesTest {

    @Nested
    class GenMassTemplate {
        static final String ID = "GEN-MASS-TEMPLATE";
        static final String BULK = "Hi, I help companies grow with AI automation. Let's connect!";

        ReviewRequest bulk(String note, int recipients) {
            return ReviewRequest.builder(RequestType.CONNECTION).platform(Platform.LINKEDIN).language("en")
                    .note(note).requester(requester().build()).recipient(anna().build())
                    .activity(Activity.builder().sameNoteRecipients(recipients).build()).build();
        }

        @Test
        void blocksOneNoteSentToTwelveStrangersWithoutTheirNames() {
            assertThat(assertFires(bulk(BULK, 12), ID, BLOCKER).reason()).contains("12 recipients");
        }

        @Test
        void blocksAtTheMassThreshold() {
            assertFires(bulk(BULK, 10), ID, BLOCKER);
        }

        @Test
        void onlyWarnsWhenTheBulkNoteGoesToPeopleWhoKnowTheSender() {
            ReviewRequest acquainted = bulk(BULK, 12).toBuilder().relationship(acquaintance().build()).build();
            assertFires(acquainted, ID, WARNING);
        }

        @Test
        void staysSilentBelowTheMassThreshold() {
            assertSilent(bulk(BULK, 9), ID);
        }

        @Test
        void blocksAMailMergeThatSwapsInTheirNameAndField() {
            // Near copies differ only in the name and profile words swapped in: that is no personalising.
            assertFires(bulk("Hi Anna, your supply-chain talk at LogiMAT stayed with me. I'd like to stay in touch.", 12),
                    ID, BLOCKER);
        }

        @Test
        void staysSilentForBlankInvitationsBecauseThereIsNoWordingToJudge() {
            assertSilent(bulk(null, 12), ID);
        }

        @Test
        void staysSilentOnANoteWhoseLanguageCannotBeRead() {
            ReviewRequest french = bulk("Bonjour, nous aidons les entreprises à grandir grâce à l'automatisation.", 12)
                    .toBuilder().language("fr").build();
            assertSilent(french, ID);
        }
    }

    @Nested
    class GenVolume {
        static final String ID = "GEN-VOLUME";

        ReviewRequest sent(RequestType type, int count) {
            return ReviewRequest.builder(type).platform(Platform.LINKEDIN).language("en")
                    .note("Hi Priya, we met at the UX meetup in Berlin. I'd like to stay in touch.")
                    .requester(requester().build()).recipient(priya().build())
                    .activity(Activity.builder().similarSentLast7Days(count).build()).build();
        }

        @Test
        void blocksTheHundredthConnectionRequestOfTheWeek() {
            assertThat(assertFires(sent(RequestType.CONNECTION, 100), ID, BLOCKER).reason())
                    .contains("sent 100 requests").contains("cap is 100");
        }

        @Test
        void warnsFromSeventyPercentOfTheCap() {
            assertFires(sent(RequestType.CONNECTION, 70), ID, WARNING);
        }

        @Test
        void staysSilentJustBelowSeventyPercentOfTheCap() {
            assertSilent(sent(RequestType.CONNECTION, 69), ID);
        }

        @Test
        void usesTheLowerCapForGroupInvitations() {
            assertFires(sent(RequestType.GROUP_INVITE, 35), ID, WARNING);
            assertFires(sent(RequestType.GROUP_INVITE, 50), ID, BLOCKER);
        }

        @Test
        void staysSilentForTypesWithoutAWeeklyCap() {
            assertSilent(sent(RequestType.RECOMMENDATION, 200), ID);
        }

        @Test
        void staysSilentWhenNothingIsSaidAboutActivity() {
            assertSilent(sent(RequestType.CONNECTION, 0).toBuilder().activity(Activity.NONE).build(), ID);
        }
    }

    @Nested
    class GenFollowupPace {
        static final String ID = "GEN-FOLLOWUP-PACE";

        ReviewRequest chase(RequestType type, Relationship.Builder relationship) {
            return ReviewRequest.builder(type).platform(Platform.LINKEDIN).language("en")
                    .note("Hi Priya, just following up on my message about the research panel.")
                    .requester(requester().build()).recipient(priya().build())
                    .relationship(relationship.build()).build();
        }

        @Test
        void warnsAboutANudgeThreeDaysAfterAnUnansweredMessage() {
            ReviewRequest request = chase(RequestType.MESSAGE,
                    formerColleague().unansweredSameType(1).daysSinceLastSameType(3));
            assertThat(assertFires(request, ID, WARNING).suggestion()).contains("at least 7 days");
        }

        @Test
        void onlyAdvisesAnEarlyNudgeThatGivesAnEasyWayOut() {
            ReviewRequest request = chase(RequestType.MESSAGE,
                    formerColleague().unansweredSameType(1).daysSinceLastSameType(3)).toBuilder()
                    .note("Hi Priya, a quick nudge on the research panel. No worries if it's not a fit right now!").build();
            assertFires(request, ID, ADVICE);
        }

        @Test
        void blocksAPushyNudge() {
            ReviewRequest request = chase(RequestType.MESSAGE, strangers().degree(1).unansweredSameType(1)).toBuilder()
                    .note("Priya, when can we finally talk on the phone?").build();
            assertThat(assertFires(request, ID, BLOCKER).evidence()).extracting(e -> e.text())
                    .containsExactly("when can we finally");
        }

        @Test
        void blocksAPushyNudgeInGerman() {
            ReviewRequest request = chase(RequestType.MESSAGE, strangers().degree(1).unansweredSameType(1)).toBuilder()
                    .language("de").recipient(priya().languages("de").build())
                    .note("Priya, wann können wir endlich telefonieren?").build();
            assertFires(request, ID, BLOCKER);
        }

        @Test
        void staysSilentForTheSameWordsInAFirstMessage() {
            assertSilent(chase(RequestType.MESSAGE, strangers().degree(1)).toBuilder()
                    .note("Priya, when can we finally talk on the phone?").build(), ID);
        }

        @Test
        void staysSilentForANudgeAWeekLater() {
            assertSilent(chase(RequestType.MESSAGE, formerColleague().unansweredSameType(1).daysSinceLastSameType(7)), ID);
        }

        @Test
        void staysSilentWhenTheLastMessageWasAnswered() {
            assertSilent(chase(RequestType.MESSAGE, formerColleague().daysSinceLastSameType(1)), ID);
        }

        @Test
        void staysSilentWhenItIsUnknownWhenTheLastRequestWent() {
            assertSilent(chase(RequestType.MESSAGE, formerColleague().unansweredSameType(1)), ID);
        }

        @Test
        void blocksAThirdAttemptAfterTwoUnansweredOnes() {
            assertFires(chase(RequestType.MESSAGE, formerColleague().unansweredSameType(2).daysSinceLastSameType(30)),
                    ID, BLOCKER);
        }

        @Test
        void blocksAReInviteTenDaysAfterWithdrawingTheInvitation() {
            ReviewRequest request = chase(RequestType.CONNECTION, strangers().degree(2).withdrawnDaysAgo(10));
            assertThat(assertFires(request, ID, BLOCKER).suggestion()).contains("wait 21 days");
        }

        @Test
        void staysSilentForAReInviteThreeWeeksAfterWithdrawing() {
            assertSilent(chase(RequestType.CONNECTION, strangers().degree(2).withdrawnDaysAgo(21)), ID);
        }

        @Test
        void staysSilentForAMessageAfterAWithdrawnInvitation() {
            assertSilent(chase(RequestType.MESSAGE, formerColleague().withdrawnDaysAgo(5)), ID);
        }
    }

    @Nested
    class GenOptedOut {
        static final String ID = "GEN-OPTED-OUT";

        @Test
        void blocksARequestToSomeoneWhoClickedIDontKnowThisPerson() {
            ReviewRequest request = ReviewRequest.builder(RequestType.CONNECTION).platform(Platform.LINKEDIN)
                    .recipient(priya().build()).relationship(strangers().degree(2).optedOut(true).build()).build();
            assertFires(request, ID, BLOCKER);
        }

        @Test
        void blocksEvenAFormerColleagueWhoTurnedMessagesOff() {
            ReviewRequest request = ReviewRequest.builder(RequestType.MESSAGE).recipient(priya().build())
                    .relationship(formerColleague().optedOut(true).build()).build();
            assertFires(request, ID, BLOCKER);
        }

        @Test
        void staysSilentForSomeoneWhoNeverSaidNo() {
            ReviewRequest request = ReviewRequest.builder(RequestType.MESSAGE).recipient(priya().build())
                    .relationship(formerColleague().build()).build();
            assertSilent(request, ID);
        }
    }

    @Nested
    class GenAskTooSoon {
        static final String ID = "GEN-ASK-TOO-SOON";

        Relationship.Builder justConnected(int days) {
            return Relationship.builder().degree(1).knowEachOther(true).workedTogether(true).connectedDays(days);
        }

        ReviewRequest ask(RequestType type, Relationship.Builder relationship) {
            return ReviewRequest.builder(type).platform(Platform.LINKEDIN).language("en")
                    .note("Hi Priya, thanks for connecting! Could you write me a recommendation for the checkout project?")
                    .requester(requester().build()).recipient(priya().build())
                    .relationship(relationship.build()).build();
        }

        @Test
        void warnsAboutARecommendationRequestTwoDaysAfterConnecting() {
            assertThat(assertFires(ask(RequestType.RECOMMENDATION, justConnected(2)), ID, WARNING).reason())
                    .contains("less than 14 days");
        }

        @Test
        void warnsAboutAnEndorsementOrIntroductionRightAfterConnecting() {
            assertFires(ask(RequestType.ENDORSEMENT, justConnected(0)), ID, WARNING);
            assertFires(ask(RequestType.INTRODUCTION, justConnected(13)), ID, WARNING);
        }

        @Test
        void staysSilentTwoWeeksAfterConnecting() {
            assertSilent(ask(RequestType.RECOMMENDATION, justConnected(14)), ID);
        }

        @Test
        void staysSilentWhenTheyHaveTalkedSinceConnecting() {
            assertSilent(ask(RequestType.RECOMMENDATION, justConnected(2).interactions(4)), ID);
        }

        @Test
        void staysSilentWhenItIsUnknownWhenTheyConnected() {
            assertSilent(ask(RequestType.RECOMMENDATION, justConnected(2).connectedDays(null)), ID);
        }

        @Test
        void warnsAboutASalesPitchInAMessageRightAfterConnecting() {
            ReviewRequest pitch = ask(RequestType.MESSAGE, justConnected(1)).toBuilder()
                    .note("Hi Priya, thanks for connecting! Shall we book a demo of our research tool this week?")
                    .build();
            assertFires(pitch, ID, WARNING);
            assertThat(evidence(pitch, ID)).singleElement().asString().contains("book a demo");
        }

        @Test
        void warnsAboutABigAskInAMessageRightAfterConnecting() {
            ReviewRequest bigAsk = ask(RequestType.MESSAGE, justConnected(1)).toBuilder()
                    .declared(declared().bigAsk(true).containsPitch(false).build()).build();
            assertFires(bigAsk, ID, WARNING);
        }

        @Test
        void staysSilentForAnOrdinaryMessageRightAfterConnecting() {
            ReviewRequest chat = ask(RequestType.MESSAGE, justConnected(1)).toBuilder()
                    .note("Hi Priya, thanks for connecting! How is the new team treating you?")
                    .declared(declared().bigAsk(false).containsPitch(false).build()).build();
            assertSilent(chat, ID);
        }
    }
}
