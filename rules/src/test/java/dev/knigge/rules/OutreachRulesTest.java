package dev.knigge.rules;

import static dev.knigge.advice.Severity.ADVICE;
import static dev.knigge.advice.Severity.BLOCKER;
import static dev.knigge.advice.Severity.WARNING;
import static dev.knigge.rules.Fixtures.acquaintance;
import static dev.knigge.rules.Fixtures.anna;
import static dev.knigge.rules.Fixtures.declared;
import static dev.knigge.rules.Fixtures.formerColleague;
import static dev.knigge.rules.Fixtures.nameOnly;
import static dev.knigge.rules.Fixtures.requester;
import static dev.knigge.rules.Fixtures.strangers;
import static dev.knigge.rules.Reviews.assertFires;
import static dev.knigge.rules.Reviews.assertAllChecked;
import static dev.knigge.rules.Reviews.assertSilent;
import static dev.knigge.rules.Reviews.assertUnchecked;
import static dev.knigge.rules.Reviews.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.request.Activity;
import dev.knigge.request.Platform;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
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
        void staysSilentWhenTheNoteRefersToTheirPost() {
            assertSilent(phoneBook().language("en").note("Hi Anna, I read your post on cold-chain audits and it matched "
                    + "what I see in my own warehouses. Would be glad to connect and follow your work.").build(), ID);
        }

        @Test
        void staysSilentWhenTheNoteNamesADetailOfTheirProfile() {
            assertSilent(phoneBook().language("en").note("Hi Anna, I see you run the returns process at a retailer; "
                    + "so do I.").build(), ID);
        }

        @Test
        void staysSilentWhenAGermanNoteRefersToTheirArticle() {
            assertSilent(phoneBook().language("de").recipient(anna().languages("de").build())
                    .note("Ihr Beitrag zur Lieferketten-Resilienz hat mich angesprochen. Lassen Sie uns vernetzen!")
                    .build(), ID);
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
        void staysSilentWhenTheirProfileIsUnknownAndSaysSo() {
            ReviewRequest unknown = phoneBook().recipient(nameOnly().build()).build();
            assertSilent(unknown, ID);
            assertUnchecked(unknown, ID, "recipient-profile");
        }

        @Test
        void reportsAnInvitationItCannotJudgeWithoutTheirProfile() {
            assertUnchecked(phoneBook().type(RequestType.GROUP_INVITE).recipient(nameOnly().build()).build(), ID,
                    "recipient-profile");
        }

        @Test
        void leavesNothingUncheckedWhenTheNoteGivesAReason() {
            assertAllChecked(phoneBook().recipient(nameOnly().build()).language("en")
                    .note("Hi Omar, I loved your talk on warehouse robots at LogiMAT.").build());
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
                    .requester(requester().build()).recipient(anna().build()).relationship(strangers().degree(2).build());
        }

        @Test
        void blocksAStrangerAskedForAReferralOutOfTheBlue() {
            assertFires(ask().build(), ID, BLOCKER);
        }

        @Test
        void blocksTheBareJobAskInGerman() {
            assertFires(ask().language("de").recipient(anna().languages("de").build())
                    .note("Hallo, ich suche einen Job. Können Sie mich empfehlen?").build(), ID, BLOCKER);
        }

        @Test
        void warnsAStrangerAskedForAJobWhoseWorkTheNoteNames() {
            assertFires(ask().note("Hi Anna, I've followed your posts on cold-chain logistics for a year. If anything "
                    + "opens up in your team, I'd be grateful if you kept me in mind.").build(), ID, WARNING);
        }

        @Test
        void warnsSomeoneOnlyInTouchAboutAReferral() {
            assertFires(ask().relationship(acquaintance().build()).build(), ID, WARNING);
        }

        @Test
        void warnsAStrangerAskedForAnHourTomorrow() {
            assertFires(ask().type(RequestType.MESSAGE)
                    .note("Hi Anna, do you have an hour tomorrow to go through my portfolio?").build(), ID, WARNING);
        }

        @Test
        void advisesAStrangerAskedForAHalfHourCallThatSaysWhyThem() {
            assertFires(ask().note("Hi Anna, I'm a student in logistics and I see you led the cold-chain rollout at "
                    + "your company. Would you have 30 minutes next week to tell me how you planned it?").build(),
                    ID, ADVICE);
        }

        @Test
        void warnsSomeoneTheyKnowAboutAJobAskThatNamesNothing() {
            assertFires(ask().type(RequestType.MESSAGE).relationship(formerColleague().build())
                    .note("Hey Anna! Long time no talk. I'm looking for a job. Can you help?").build(), ID, WARNING);
        }

        @Test
        void showsTheAskAsEvidence() {
            assertThat(evidence(ask().build(), ID)).contains("refer me");
        }

        @Test
        void staysSilentForAFormerColleagueAskedForAConcreteRole() {
            assertSilent(ask().type(RequestType.MESSAGE).relationship(formerColleague().build())
                    .note("Hi Anna, could you refer me for the Senior Planner role on your logistics team?").build(), ID);
        }

        @Test
        void staysSilentForThanksForAReferralAlreadyMade() {
            assertSilent(ask().type(RequestType.MESSAGE).relationship(acquaintance().build())
                    .note("Thank you so much for referring me to your logistics team last week!").build(), ID);
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
                    .relationship(strangers().degree(2).mutualContacts(4).build());
        }

        @Test
        void warnsAboutOnePitchThatFitsTheirProfile() {
            assertFires(pitch().build(), ID, WARNING);
        }

        @Test
        void warnsAboutAPitchInAConnectionRequestEvenWhenItSaysWhyThem() {
            assertFires(pitch().type(RequestType.CONNECTION).note("Hi Anna, I see you run cold-chain logistics. Our "
                    + "route planner cuts empty runs by a fifth. Want to see it?").build(), ID, WARNING);
        }

        @Test
        void advisesAPersonalMessageThatAsksWhetherItIsOfInterest() {
            assertFires(pitch().type(RequestType.INMAIL).note("Hi Anna, congrats on the new cold-chain hub! Many "
                    + "carriers we talk to lose a fifth of their runs empty, and our route planner cuts that to zero. Would it be "
                    + "worth a look for your fleet?").build(), ID, ADVICE);
        }

        @Test
        void blocksAnAdvertisementThatSaysNothingAboutThemAndAsksNothing() {
            assertFires(pitch().note("Hi, buy our route planner today, 20% off!").build(), ID, BLOCKER);
        }

        @Test
        void blocksTheAdvertisementWhenTheirProfileIsUnknownToo() {
            ReviewRequest unknown = pitch().topics().recipient(nameOnly().build())
                    .note("I want to tell you about a terrific new product we have.").build();
            assertFires(unknown, ID, BLOCKER);
            assertUnchecked(unknown, ID, "recipient-profile");
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
        void warnsOnlyWhenTheirProfileIsUnknownAndSaysSo() {
            ReviewRequest unknown = pitch().topics().recipient(nameOnly().build()).build();
            assertFires(unknown, ID, WARNING);
            assertUnchecked(unknown, ID, "recipient-profile");
        }

        @Test
        void showsThePitchAsEvidence() {
            assertThat(evidence(pitch().note("Hi Anna, we help companies cut empty runs. Book a demo?").build(), ID))
                    .contains("we help companies");
        }

        @Test
        void recognisesProspectingWithoutSalesWords() {
            assertFires(pitch().note("I am looking for entrepreneurs and business owners that need a technology "
                    + "partner for their next digital product.").topics().build(), ID, BLOCKER);
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
        void staysSilentWhenTheSenderOnlySaysWhatTheyDo() {
            assertSilent(pitch().type(RequestType.CONNECTION).note("Hi Anna, I help logistics firms plan their routes. "
                    + "Glad to connect and swap notes on cold chains.").build(), ID);
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
