package dev.knigge.rules;

import static dev.knigge.Severity.ADVICE;
import static dev.knigge.Severity.BLOCKER;
import static dev.knigge.Severity.WARNING;
import static dev.knigge.rules.Fixtures.acquaintance;
import static dev.knigge.rules.Fixtures.anna;
import static dev.knigge.rules.Fixtures.declared;
import static dev.knigge.rules.Fixtures.formerColleague;
import static dev.knigge.rules.Fixtures.nameOnly;
import static dev.knigge.rules.Fixtures.requester;
import static dev.knigge.rules.Fixtures.strangers;
import static dev.knigge.rules.Reviews.assertFires;
import static dev.knigge.rules.Reviews.assertSilent;
import static dev.knigge.rules.Reviews.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Activity;
import dev.knigge.Platform;
import dev.knigge.RequestType;
import dev.knigge.ReviewRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** outreach.drl: approaching people who don't know you. */
class OutreachRulesTest {

    @Nested
    class GenNoBasis {
        static final String ID = "GEN-NO-BASIS";

        /** A blank LinkedIn invitation to a logistics manager the requester has nothing in common with. */
        ReviewRequest.Builder phoneBook() {
            return ReviewRequest.builder(RequestType.CONNECTION).platform(Platform.LINKEDIN)
                    .requester(requester().build()).recipient(anna().build()).relationship(strangers().degree(3).build());
        }

        @Test
        void blocksABlankInvitationToAStrangerWithNothingShared() {
            assertFires(phoneBook().build(), ID, BLOCKER);
        }

        @Test
        void blocksAGroupInvitationOnTheSameTerms() {
            assertFires(phoneBook().type(RequestType.GROUP_INVITE).build(), ID, BLOCKER);
        }

        @Test
        void blocksTheDefaultInvitationAlthoughItSaysIdLikeTo() {
            assertFires(phoneBook().language("en").note("I'd like to add you to my professional network on LinkedIn.")
                    .build(), ID, BLOCKER);
        }

        @Test
        void staysSilentWithAMutualContact() {
            assertSilent(phoneBook().relationship(strangers().degree(2).mutualContacts(1).build()).build(), ID);
        }

        @Test
        void staysSilentWithASharedGroup() {
            assertSilent(phoneBook().relationship(strangers().degree(3).sharedGroups(1).build()).build(), ID);
        }

        @Test
        void staysSilentWhenTheTopicMatchesTheirProfile() {
            assertSilent(phoneBook().topics("supply chain").build(), ID);
        }

        @Test
        void staysSilentWhenTheNoteStatesAReason() {
            assertSilent(phoneBook().language("en").note("Hi Anna, I'm writing a thesis on warehouse robots.")
                    .declared(declared().statesPurpose(true).build()).build(), ID);
        }

        @Test
        void staysSilentWhenTheirProfileIsUnknown() {
            assertSilent(phoneBook().recipient(nameOnly().build()).build(), ID);
        }

        @Test
        void staysSilentForSomeoneTheyHaveExchangedMessagesWith() {
            assertSilent(phoneBook().relationship(strangers().degree(3).interactions(2).build()).build(), ID);
        }

        @Test
        void staysSilentForARecommendationRequestWhichOtherRulesJudge() {
            assertSilent(phoneBook().type(RequestType.RECOMMENDATION).build(), ID);
        }
    }

    @Nested
    class GenBigAsk {
        static final String ID = "GEN-BIG-ASK";

        ReviewRequest.Builder ask() {
            return ReviewRequest.builder(RequestType.INMAIL).platform(Platform.LINKEDIN).language("en")
                    .note("Hi Anna, could you refer me to the hiring manager for your logistics team?")
                    .requester(requester().build()).recipient(anna().build()).relationship(strangers().degree(2).build())
                    .declared(declared().bigAsk(true).build());
        }

        @Test
        void warnsAStrangerAskedForAReferral() {
            assertFires(ask().build(), ID, WARNING);
        }

        @Test
        void warnsAStrangerAskedForAnHourTomorrow() {
            assertFires(ask().type(RequestType.MESSAGE)
                    .note("Hi Anna, do you have an hour tomorrow to go through my portfolio?").build(), ID, WARNING);
        }

        @Test
        void showsTheAskAsEvidence() {
            assertThat(evidence(ask().declared(declared().build()).build(), ID)).contains("refer me");
        }

        @Test
        void staysSilentForAFormerColleague() {
            assertSilent(ask().type(RequestType.MESSAGE).relationship(formerColleague().build()).build(), ID);
        }

        @Test
        void staysSilentForASmallQuestion() {
            assertSilent(ask().declared(declared().bigAsk(false).build()).build(), ID);
        }
    }

    @Nested
    class GenColdPitch {
        static final String ID = "GEN-COLD-PITCH";

        /** A pitch for supply-chain software to a supply-chain manager: it fits her profile. */
        ReviewRequest.Builder pitch() {
            return ReviewRequest.builder(RequestType.MESSAGE).platform(Platform.LINKEDIN).language("en")
                    .note("Hi Anna, our route planner cuts empty runs by a fifth. Want to see it?")
                    .topics("supply-chain").requester(requester().build()).recipient(anna().build())
                    .relationship(strangers().degree(2).mutualContacts(4).build())
                    .declared(declared().containsPitch(true).build());
        }

        @Test
        void warnsAboutOnePitchThatFitsTheirProfile() {
            assertFires(pitch().build(), ID, WARNING);
        }

        @Test
        void blocksAMassSentPitch() {
            assertFires(pitch().activity(Activity.builder().sameNoteRecipients(10).build()).build(), ID, BLOCKER);
        }

        @Test
        void blocksAPitchUnrelatedToTheirProfile() {
            assertFires(pitch().topics("crypto-trading").build(), ID, BLOCKER);
        }

        @Test
        void warnsOnlyWhenTheirProfileIsUnknown() {
            assertFires(pitch().topics().recipient(nameOnly().build()).build(), ID, WARNING);
        }

        @Test
        void showsThePitchAsEvidence() {
            ReviewRequest detected = pitch().note("Hi Anna, we help companies cut empty runs. Book a demo?")
                    .declared(declared().build()).build();
            assertThat(evidence(detected, ID)).contains("we help companies");
        }

        @Test
        void staysSilentForSomeoneTheyKnow() {
            assertSilent(pitch().relationship(formerColleague().build()).build(), ID);
        }

        @Test
        void staysSilentForARecruitersJobOffer() {
            assertSilent(pitch().requester(requester().recruiter(true).build()).build(), ID);
        }

        @Test
        void staysSilentWithoutAPitch() {
            assertSilent(pitch().declared(declared().containsPitch(false).build()).build(), ID);
        }
    }

    @Nested
    class GenRequesterProfile {
        static final String ID = "GEN-REQUESTER-PROFILE";

        ReviewRequest.Builder invite() {
            return ReviewRequest.builder(RequestType.CONNECTION).platform(Platform.LINKEDIN).language("en")
                    .note("Hi Anna, I enjoyed your supply-chain talk at LogiMAT.").recipient(anna().build())
                    .relationship(strangers().degree(2).mutualContacts(3).build());
        }

        @Test
        void advisesAStrangerWithoutAPhotoToAddOne() {
            assertFires(invite().requester(requester().hasPhoto(false).build()).build(), ID, ADVICE);
        }

        @Test
        void advisesAStrangerWithoutAHeadlineToAddOne() {
            assertFires(invite().requester(requester().headline("").build()).build(), ID, ADVICE);
        }

        @Test
        void staysSilentWhenTheHeadlineIsNotKnown() {
            assertSilent(invite().requester(requester().headline(null).build()).build(), ID);
        }

        @Test
        void staysSilentForACompleteProfile() {
            assertSilent(invite().requester(requester().build()).build(), ID);
        }

        @Test
        void staysSilentForAnAcquaintanceWhoKnowsThemAnyway() {
            assertSilent(invite().requester(requester().hasPhoto(false).build()).relationship(acquaintance().build())
                    .build(), ID);
        }
    }
}
