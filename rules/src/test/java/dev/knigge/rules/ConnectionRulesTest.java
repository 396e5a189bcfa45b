package dev.knigge.rules;

import static dev.knigge.advice.Severity.ADVICE;
import static dev.knigge.advice.Severity.BLOCKER;
import static dev.knigge.advice.Severity.WARNING;
import static dev.knigge.rules.Fixtures.acquaintance;
import static dev.knigge.rules.Fixtures.declared;
import static dev.knigge.rules.Fixtures.formerColleague;
import static dev.knigge.rules.Fixtures.krause;
import static dev.knigge.rules.Fixtures.nameOnly;
import static dev.knigge.rules.Fixtures.priya;
import static dev.knigge.rules.Fixtures.requester;
import static dev.knigge.rules.Fixtures.strangers;
import static dev.knigge.rules.Reviews.assertFires;
import static dev.knigge.rules.Reviews.assertSilent;
import static dev.knigge.rules.Reviews.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.request.Activity;
import dev.knigge.request.Platform;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** connection.drl: contact requests. */
class ConnectionRulesTest {

    static ReviewRequest.Builder invitation() {
        return ReviewRequest.builder(RequestType.CONNECTION).platform(Platform.LINKEDIN).language("en")
                .requester(requester().build()).recipient(priya().build());
    }

    @Nested
    class ConNoNote {
        static final String ID = "CON-NO-NOTE";

        @Test
        void warnsAboutABlankInvitationToAStranger() {
            assertFires(invitation().relationship(strangers().degree(2).mutualContacts(3).build()).build(), ID, WARNING);
        }

        @Test
        void advisesABlankInvitationToAnAcquaintanceNotHeardFromInTwoYears() {
            assertFires(invitation().relationship(formerColleague().degree(2).lastContactMonths(24).build()).build(),
                    ID, ADVICE);
        }

        @Test
        void staysSilentForAnAcquaintanceInRecentContact() {
            assertSilent(invitation().relationship(formerColleague().degree(2).lastContactMonths(2).build()).build(), ID);
        }

        @Test
        void staysSilentForAnAcquaintanceWhenTheLastContactIsUnknown() {
            assertSilent(invitation().relationship(formerColleague().degree(2).build()).build(), ID);
        }

        @Test
        void staysSilentWithANote() {
            assertSilent(invitation().note("Hi Priya, we met at the UX meetup in Berlin last week.")
                    .relationship(strangers().degree(2).build()).build(), ID);
        }

        @Test
        void staysSilentForAMessageWithoutText() {
            assertSilent(invitation().type(RequestType.MESSAGE).relationship(strangers().degree(2).build()).build(), ID);
        }
    }

    @Nested
    class ConDefaultTemplate {
        static final String ID = "CON-DEFAULT-TEMPLATE";
        static final String DEFAULT = "I'd like to add you to my professional network on LinkedIn.";

        @Test
        void warnsAStrangerWhoSendsTheDefaultInvitation() {
            ReviewRequest request = invitation().note(DEFAULT).relationship(strangers().degree(2).build()).build();
            assertFires(request, ID, WARNING);
            assertThat(evidence(request, ID)).containsExactly(DEFAULT);
        }

        @Test
        void onlyAdvisesAFormerColleague() {
            assertFires(invitation().note(DEFAULT).relationship(formerColleague().degree(2).build()).build(), ID, ADVICE);
        }

        @Test
        void recognisesItWhateverTheCaseApostropheOrTrailingPunctuation() {
            assertFires(invitation().note("  i’d LIKE to add you to my professional network on LinkedIn!! ")
                    .relationship(strangers().degree(2).build()).build(), ID, WARNING);
        }

        @Test
        void recognisesTheGermanDefault() {
            assertFires(invitation().language("de").recipient(krause().build())
                    .note("Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.")
                    .relationship(strangers().degree(2).build()).build(), ID, WARNING);
        }

        @Test
        void judgesTheDefaultInvitationPastedIntoAMessageToo() {
            assertFires(invitation().type(RequestType.MESSAGE).note(DEFAULT)
                    .relationship(strangers().degree(1).build()).build(), ID, WARNING);
        }

        @Test
        void staysSilentForTheirOwnWords() {
            assertSilent(invitation().note("Hi Priya, I'd like to add you after your talk on remote research.")
                    .relationship(strangers().degree(2).build()).build(), ID);
        }

        @Test
        void staysSilentWithoutANote() {
            assertSilent(invitation().relationship(strangers().degree(2).build()).build(), ID);
        }
    }

    @Nested
    class ConAccountHealth {
        static final String ID = "CON-ACCOUNT-HEALTH";

        ReviewRequest.Builder request(Activity.Builder activity) {
            return invitation().note("Hi Priya, we met at the UX meetup in Berlin last week.")
                    .relationship(acquaintance().degree(2).build()).activity(activity.build());
        }

        @Test
        void warnsWithFiveHundredInvitationsPending() {
            assertFires(request(Activity.builder().pendingInvitations(500)).build(), ID, WARNING);
        }

        @Test
        void warnsWhenFewerThanThirtyPercentAccept() {
            assertFires(request(Activity.builder().acceptanceRate(0.2)).build(), ID, WARNING);
        }

        @Test
        void blocksWhileThePlatformRestrictsTheRequestersInvitations() {
            assertFires(request(Activity.builder().restricted(true).pendingInvitations(600)).build(), ID, BLOCKER);
        }

        @Test
        void staysSilentForAHealthyAccount() {
            assertSilent(request(Activity.builder().pendingInvitations(499).acceptanceRate(0.3)).build(), ID);
        }

        @Test
        void staysSilentWhenTheAcceptanceRateIsUnknown() {
            assertSilent(request(Activity.builder().pendingInvitations(20)).build(), ID);
        }

        @Test
        void staysSilentForMessages() {
            assertSilent(request(Activity.builder().restricted(true)).type(RequestType.MESSAGE).build(), ID);
        }
    }

    @Nested
    class ConWeakTie {
        static final String ID = "CON-WEAK-TIE";

        /** 2nd degree, 30 mutual contacts, never met, a good note. */
        ReviewRequest.Builder weakTie() {
            return invitation().note("Hi Priya, I'd like to ask you about remote usability testing.")
                    .relationship(strangers().degree(2).mutualContacts(30).build())
                    .declared(declared().statesPurpose(true).containsPitch(false).build());
        }

        @Test
        void advisesAnInvitationToSomeoneWithManyMutualContactsButNeverMet() {
            assertFires(weakTie().build(), ID, ADVICE);
        }

        @Test
        void advisesAnInvitationWhoseReasonIsTheirPost() {
            assertFires(weakTie().note("Hi Priya, your post on diary studies changed how we run research. Would be glad "
                    + "to connect.").declared(declared().build()).build(), ID, ADVICE);
        }

        @Test
        void staysSilentForSomeoneTheyKnow() {
            assertSilent(weakTie().relationship(formerColleague().degree(2).build()).build(), ID);
        }

        @Test
        void staysSilentForAPitch() {
            assertSilent(weakTie().declared(declared().statesPurpose(true).containsPitch(true).build()).build(), ID);
        }

        @Test
        void staysSilentForTheDefaultInvitationWhoseIdLikeToStatesNoPurpose() {
            assertSilent(weakTie().note("I'd like to add you to my professional network on LinkedIn.")
                    .declared(declared().build()).build(), ID);
        }

        @Test
        void staysSilentWithoutAStatedPurposeOrReason() {
            assertSilent(weakTie().declared(declared().statesPurpose(false).statesContext(false).containsPitch(false)
                    .build()).build(), ID);
        }

        @Test
        void staysSilentWhenTheBasisHangsOnAnUnknownProfile() {
            assertSilent(weakTie().recipient(nameOnly().build()).relationship(strangers().degree(3).build()).build(), ID);
        }
    }
}
