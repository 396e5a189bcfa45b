package dev.knigge.rules;

import static dev.knigge.advice.Severity.ADVICE;
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
import static dev.knigge.rules.Reviews.assertUnchecked;
import static dev.knigge.rules.Reviews.evidence;
import static dev.knigge.rules.Reviews.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.request.Platform;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** wording.drl: what the note says, and how it greets. */
class WordingRulesTest {

    @Nested
    class GenNoPurpose {
        static final String ID = "GEN-NO-PURPOSE";

        ReviewRequest.Builder letsConnect() {
            return ReviewRequest.builder(RequestType.CONNECTION).platform(Platform.LINKEDIN).language("en")
                    .note("Hi Priya, let's connect!").requester(requester().build()).recipient(priya().build())
                    .relationship(strangers().degree(2).mutualContacts(6).build())
                    .declared(declared().statesPurpose(false).build());
        }

        @Test
        void warnsAStrangerWhoseNoteOnlySaysLetsConnect() {
            assertFires(letsConnect().build(), ID, WARNING);
        }

        @Test
        void onlyAdvisesAnAcquaintance() {
            assertFires(letsConnect().relationship(acquaintance().build()).build(), ID, ADVICE);
        }

        @Test
        void judgesMessagesAndInMailToo() {
            assertFires(letsConnect().type(RequestType.INMAIL).build(), ID, WARNING);
        }

        @Test
        void onlyAdvisesAStrangersMessageThatSaysWhyThemButNotWhatIsWanted() {
            assertFires(letsConnect().type(RequestType.INMAIL).note("Hi Priya, I read your post on remote usability "
                    + "testing and it changed how my team runs studies.").declared(declared().build()).build(), ID, ADVICE);
        }

        @Test
        void staysSilentWhenTheNoteSaysWhatIsWanted() {
            assertSilent(letsConnect().note("Hi Priya, I'd like to ask you about remote usability testing.")
                    .declared(declared().build()).build(), ID);
        }

        @Test
        void staysSilentOnAnInvitationWhoseReasonIsTheirTalk() {
            assertSilent(letsConnect().note("Hi Priya, loved your talk on diary studies at UXLx. Would like to connect "
                    + "and keep learning from you.").declared(declared().build()).build(), ID);
        }

        @Test
        void staysSilentOnAFollowUpBelowTheMessageThatSaidItAll() {
            assertSilent(letsConnect().type(RequestType.MESSAGE).note("Hi again, just making sure you saw my note above.")
                    .relationship(strangers().degree(1).unansweredSameType(1).daysSinceLastSameType(9).build())
                    .declared(declared().build()).build(), ID);
        }

        @Test
        void staysSilentWithoutANote() {
            assertSilent(letsConnect().note(null).build(), ID);
        }

        @Test
        void staysSilentOnTheDefaultInvitationWhichAnotherRuleJudges() {
            assertSilent(letsConnect().note("I'd like to add you to my professional network on LinkedIn.").build(), ID);
        }

        @Test
        void staysSilentOnANoteWhoseLanguageCannotBeRead() {
            assertSilent(letsConnect().language("fr").note("Bonjour Priya, on se connecte ?")
                    .declared(declared().build()).build(), ID);
        }

        @Test
        void staysSilentForARecommendationRequest() {
            assertSilent(letsConnect().type(RequestType.RECOMMENDATION).build(), ID);
        }
    }

    @Nested
    class GenNoContext {
        static final String ID = "GEN-NO-CONTEXT";

        ReviewRequest.Builder contextless() {
            return ReviewRequest.builder(RequestType.MESSAGE).platform(Platform.GENERIC).language("en")
                    .note("Hi Priya, I'd like to ask you two questions about remote usability testing.")
                    .requester(requester().build()).recipient(priya().build())
                    .relationship(strangers().degree(2).build())
                    .declared(declared().statesContext(false).build());
        }

        @Test
        void warnsAStrangerWhoDoesNotSayHowTheyKnowThem() {
            assertFires(contextless().build(), ID, WARNING);
        }

        @Test
        void warnsAStrangerAskingForARecommendationOrIntroduction() {
            assertFires(contextless().type(RequestType.RECOMMENDATION).build(), ID, WARNING);
            assertFires(contextless().type(RequestType.INTRODUCTION).build(), ID, WARNING);
        }

        @Test
        void onlyAdvisesAStrangerWhoSaysWhoTheyAreAndWhatTheyWant() {
            assertFires(contextless().note("Hi Priya, my name is Tom and I'm a product designer at a small agency. "
                    + "Could I ask you two questions about remote usability testing?").declared(declared().build())
                    .build(), ID, ADVICE);
        }

        @Test
        void onlyAdvisesAStrangerWhoAsksSomethingSpecific() {
            assertFires(contextless().note("Hi Priya, how do you recruit participants for remote usability tests in Figma?")
                    .declared(declared().build()).build(), ID, ADVICE);
        }

        @Test
        void warnsAStrangerWhoseSpecificQuestionIsAPitch() {
            assertFires(contextless().note("Hi Priya, could we book a demo of our Figma plugin for your team next week?")
                    .declared(declared().build()).build(), ID, WARNING);
        }

        @Test
        void warnsAStrangerWhoseSpecificQuestionIsABigAsk() {
            assertFires(contextless().note("Hi Priya, could you review my portfolio of Figma prototypes this week?")
                    .declared(declared().build()).build(), ID, WARNING);
        }

        @Test
        void warnsAStrangerWhoSaysWhoTheyAreButWantsNothing() {
            assertFires(contextless().note("Hi Priya, my name is Tom and I'm a product designer at a small agency.")
                    .declared(declared().build()).build(), ID, WARNING);
        }

        @Test
        void staysSilentWhenTheNoteNamesADetailOfTheirProfile() {
            assertSilent(contextless().note("Hi Priya, I see you lead the research team at Zalando. Could I ask you two "
                    + "questions about remote usability testing?").declared(declared().build()).build(), ID);
        }

        @Test
        void staysSilentWhenAHardWrappedGermanNoteNamesADetailOfTheirProfile() {
            assertSilent(contextless().language("de").recipient(priya().languages("de").build())
                    .note("Hallo Priya,\n\nich habe gesehen,\ndass du das Research-Team bei Zalando leitest. Darf ich "
                            + "dir zwei Fragen stellen?").declared(declared().build()).build(), ID);
        }

        @Test
        void staysSilentOnAFollowUpBelowTheMessageThatSaidItAll() {
            assertSilent(contextless().note("Hi again, just making sure you saw my note above.")
                    .relationship(strangers().degree(2).unansweredSameType(1).daysSinceLastSameType(9).build())
                    .declared(declared().build()).build(), ID);
        }

        @Test
        void advisesAnAcquaintanceOutOfTouchForEighteenMonths() {
            assertFires(contextless().relationship(acquaintance().lastContactMonths(18).build()).build(), ID, ADVICE);
        }

        @Test
        void staysSilentForAnAcquaintanceInRecentContact() {
            assertSilent(contextless().relationship(acquaintance().lastContactMonths(3).build()).build(), ID);
        }

        @Test
        void staysSilentForAnAcquaintanceWhenTheLastContactIsUnknown() {
            assertSilent(contextless().relationship(acquaintance().build()).build(), ID);
        }

        @Test
        void staysSilentWhenTheNoteSaysWhereTheyMet() {
            assertSilent(contextless().declared(declared().statesContext(true).build()).build(), ID);
        }

        @Test
        void staysSilentWithoutANote() {
            assertSilent(contextless().note(null).build(), ID);
        }

        @Test
        void staysSilentForAGroupInvitation() {
            assertSilent(contextless().type(RequestType.GROUP_INVITE).build(), ID);
        }
    }

    @Nested
    class GenProfileMismatch {
        static final String ID = "GEN-PROFILE-MISMATCH";

        /** Asking a UX researcher about crypto trading. */
        ReviewRequest.Builder offTopic() {
            return ReviewRequest.builder(RequestType.MESSAGE).platform(Platform.LINKEDIN).language("en")
                    .note("Hi Priya, I'd like to hear your view on crypto trading bots.").topics("crypto-trading")
                    .requester(requester().build()).recipient(priya().build())
                    .relationship(strangers().degree(2).build());
        }

        @Test
        void warnsWhenTheStatedReasonHasNothingToDoWithTheirProfile() {
            assertFires(offTopic().build(), ID, WARNING);
            assertThat(evidence(offTopic().build(), ID)).contains("I'd like to");
        }

        @Test
        void warnsAnIntroductionRequestAimedAtTheWrongIntermediary() {
            assertFires(offTopic().type(RequestType.INTRODUCTION).declared(declared().statesPurpose(true).build())
                    .build(), ID, WARNING);
        }

        @Test
        void staysSilentWhenTheTopicIsOnTheirProfile() {
            assertSilent(offTopic().topics("UX research").build(), ID);
        }

        @Test
        void staysSilentWhenNothingIsSaidAboutTheTopic() {
            assertSilent(offTopic().topics().build(), ID);
        }

        @Test
        void staysSilentWhenTheyKnowEachOther() {
            assertSilent(offTopic().relationship(formerColleague().build()).build(), ID);
        }

        @Test
        void staysSilentForTheDefaultInvitationWhichStatesNoReason() {
            assertSilent(offTopic().type(RequestType.CONNECTION)
                    .note("I'd like to add you to my professional network on LinkedIn.").build(), ID);
        }

        @Test
        void staysSilentWhenTheirProfileIsUnknownAndSaysSo() {
            ReviewRequest unknown = offTopic().recipient(nameOnly().languages("en").build()).build();
            assertSilent(unknown, ID);
            assertUnchecked(unknown, ID, "recipient-profile");
        }

        @Test
        void staysSilentWithoutANoteEvenIfAPurposeIsDeclared() {
            assertSilent(offTopic().note(null).declared(declared().statesPurpose(true).build()).build(), ID);
        }
    }

    @Nested
    class GenLanguage {
        static final String ID = "GEN-LANGUAGE";

        ReviewRequest.Builder german() {
            return ReviewRequest.builder(RequestType.MESSAGE).platform(Platform.LINKEDIN).language("de")
                    .note("Hallo Priya, ich würde mich gern mit Ihnen über Usability-Tests austauschen.")
                    .requester(requester().build()).recipient(priya().build())
                    .relationship(acquaintance().build());
        }

        @Test
        void warnsAboutAGermanNoteToSomeoneWhoListsOnlyEnglish() {
            assertThat(assertFires(german().build(), ID, WARNING).reason()).contains("(de)");
        }

        @Test
        void warnsWhenTheLanguageIsDetectedRatherThanGiven() {
            assertFires(german().language(null).build(), ID, WARNING);
        }

        @Test
        void warnsEvenWhenThePolicyCannotReadTheLanguage() {
            ReviewRequest french = german().language("fr")
                    .note("Bonjour Priya, j'aimerais échanger avec vous sur les tests d'utilisabilité.").build();
            assertFires(french, ID, WARNING);
            assertThat(review(french).unchecked()).contains("note-language");
        }

        @Test
        void staysSilentWhenTheirProfileListsTheLanguageWithARegion() {
            assertSilent(german().recipient(priya().languages("en", "de-AT").build()).build(), ID);
        }

        @Test
        void staysSilentWhenTheirLanguagesAreUnknown() {
            assertSilent(german().recipient(priya().languages().build()).build(), ID);
        }

        @Test
        void staysSilentWithoutANote() {
            assertSilent(german().note(null).build(), ID);
        }
    }

    @Nested
    class GenSalutation {
        static final String ID = "GEN-SALUTATION";

        ReviewRequest.Builder message(String note) {
            return ReviewRequest.builder(RequestType.MESSAGE).platform(Platform.LINKEDIN).language("en").note(note)
                    .requester(requester().build()).recipient(priya().build()).relationship(acquaintance().build());
        }

        @Test
        void warnsAboutAGreetingWithSomeoneElsesName() {
            ReviewRequest mailMerge = message("Hi Omar, I'd like to ask you about remote usability testing.").build();
            assertFires(mailMerge, ID, WARNING);
            assertThat(evidence(mailMerge, ID)).containsExactly("Omar");
        }

        @Test
        void warnsAboutAXingMessageToANonContactWithoutAPersonalGreeting() {
            assertFires(message("I'd like to ask you about remote usability testing.")
                    .platform(Platform.XING).relationship(strangers().degree(2).build()).build(), ID, WARNING);
        }

        @Test
        void warnsAboutAXingContactRequestWithAGreetingButNoName() {
            assertFires(message("Hello, I'd like to add you because of your usability work.")
                    .type(RequestType.CONNECTION).platform(Platform.XING).relationship(strangers().degree(2).build())
                    .build(), ID, WARNING);
        }

        @Test
        void advisesAMessageWithoutTheirName() {
            assertFires(message("I'd like to ask you about remote usability testing.").build(), ID, ADVICE);
        }

        @Test
        void advisesAXingMessageToAContactWithoutTheirName() {
            assertFires(message("I'd like to ask you about remote usability testing.")
                    .platform(Platform.XING).build(), ID, ADVICE);
        }

        @Test
        void staysSilentForTheRightName() {
            assertSilent(message("Hi Priya, I'd like to ask you about remote usability testing.").build(), ID);
        }

        @Test
        void staysSilentForALinkedInConnectionRequestWithoutAName() {
            assertSilent(message("I'd like to ask you about remote usability testing.")
                    .type(RequestType.CONNECTION).build(), ID);
        }

        @Test
        void staysSilentWithoutANote() {
            assertSilent(message(null).build(), ID);
        }

        @Test
        void staysSilentOnANoteWhoseLanguageCannotBeRead() {
            assertSilent(message("Bonjour, j'aimerais échanger avec vous.").language("fr").build(), ID);
        }
    }
}
