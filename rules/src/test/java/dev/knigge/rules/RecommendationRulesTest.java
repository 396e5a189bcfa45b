package dev.knigge.rules;

import static dev.knigge.advice.Severity.ADVICE;
import static dev.knigge.advice.Severity.BLOCKER;
import static dev.knigge.advice.Severity.WARNING;
import static dev.knigge.rules.Fixtures.declared;
import static dev.knigge.rules.Fixtures.formerColleague;
import static dev.knigge.rules.Fixtures.priya;
import static dev.knigge.rules.Fixtures.requester;
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

/** recommendation.drl: asking someone to write a recommendation for you. */
class RecommendationRulesTest {

    /** A specific request to a former teammate, with a way out and an offer in return. */
    static ReviewRequest.Builder goodRequest() {
        return ReviewRequest.builder(RequestType.RECOMMENDATION).platform(Platform.LINKEDIN).language("en")
                .note("Hi Priya, could you write a few lines about the checkout redesign we shipped in 2019? "
                        + "No problem if not, and I'm happy to write one for you too.")
                .requester(requester().build()).recipient(priya().build()).relationship(formerColleague().build())
                .declared(declared().specifics(true).givesOut(true).offersReciprocity(true).build());
    }

    @Nested
    class RecStranger {
        static final String ID = "REC-STRANGER";

        @Test
        void blocksAStrangerAskingForARecommendation() {
            assertFires(goodRequest().relationship(Relationship.builder().degree(1).connectedDays(240).build()).build(),
                    ID, BLOCKER);
        }

        @Test
        void blocksSomeoneTheyOnlyChattedWith() {
            assertFires(goodRequest().relationship(Relationship.builder().degree(1).interactions(5).build()).build(),
                    ID, BLOCKER);
        }

        @Test
        void staysSilentForAFormerManagerEvenWithoutRecentExchanges() {
            assertSilent(goodRequest().relationship(Relationship.builder().degree(1).workedTogether(true).build())
                    .build(), ID);
        }
    }

    @Nested
    class RecNoWorkObserved {
        static final String ID = "REC-NO-WORK-OBSERVED";

        @Test
        void warnsAFriendWhoNeverSawTheirWork() {
            assertFires(goodRequest().relationship(Relationship.builder().degree(1).knowEachOther(true).build())
                    .build(), ID, WARNING);
        }

        @Test
        void staysSilentForAFormerTeammate() {
            assertSilent(goodRequest().build(), ID);
        }

        @Test
        void staysSilentForAStrangerWhomREC_STRANGERBlocks() {
            assertSilent(goodRequest().relationship(Relationship.builder().degree(1).build()).build(), ID);
        }
    }

    @Nested
    class RecGeneric {
        static final String ID = "REC-GENERIC";
        static final String DEFAULT = "I'm writing to ask if you would write a brief recommendation of my work that I "
                + "can include on my LinkedIn profile. If you have any questions, please let me know. "
                + "Thanks in advance for your help.";

        @Test
        void warnsAboutLinkedInsDefaultRecommendationRequest() {
            ReviewRequest request = goodRequest().note(DEFAULT).declared(declared().build()).build();
            assertFires(request, ID, WARNING);
            assertThat(evidence(request, ID)).hasSize(1).first().asString()
                    .startsWith("I'm writing to ask if you would write a brief recommendation");
        }

        @Test
        void warnsSomeoneWhoNeverWorkedWithThemAboutARequestThatNamesNothing() {
            assertFires(goodRequest().relationship(Relationship.builder().degree(1).knowEachOther(true).build())
                    .note("Hi Priya, could you write me a recommendation? Happy to do the same for you.")
                    .declared(declared().build()).build(), ID, WARNING);
        }

        @Test
        void onlyAdvisesAFormerColleagueAskedForARecommendationThatNamesNothing() {
            assertFires(goodRequest().note("Hi Priya, I'm updating my profile and would love a recommendation from "
                    + "colleagues who know my work well. Happy to do the same for you.").declared(declared().build())
                    .build(), ID, ADVICE);
        }

        @Test
        void warnsAboutARequestWithoutAnyNote() {
            assertFires(goodRequest().note(null).declared(declared().build()).build(), ID, WARNING);
        }

        @Test
        void staysSilentForTheDefaultRequestEditedToNameTheWork() {
            assertSilent(goodRequest().note("I'm writing to ask if you would write a brief recommendation about my work "
                    + "on the checkout redesign in 2019 that I can include on my LinkedIn profile.")
                    .declared(declared().build()).build(), ID);
        }

        @Test
        void staysSilentForASpecificRequest() {
            assertSilent(goodRequest().build(), ID);
        }

        @Test
        void staysSilentOnANoteWhoseLanguageCannotBeRead() {
            assertSilent(goodRequest().language("fr").note("Bonjour Priya, pourriez-vous m'écrire une recommandation ?")
                    .declared(declared().build()).build(), ID);
        }
    }

    @Nested
    class RecBlanket {
        static final String ID = "REC-BLANKET";

        @Test
        void warnsAboutTheFifthRecommendationRequestThisWeek() {
            ReviewRequest request = goodRequest().activity(Activity.builder().similarSentLast7Days(5).build()).build();
            assertThat(assertFires(request, ID, WARNING).reason()).contains("asked 5 people").contains("5 or more is a blanket request");
        }

        @Test
        void staysSilentForTheFourthThisWeek() {
            assertSilent(goodRequest().activity(Activity.builder().similarSentLast7Days(4).build()).build(), ID);
        }

        @Test
        void staysSilentForOtherRequestTypes() {
            assertSilent(goodRequest().type(RequestType.MESSAGE)
                    .activity(Activity.builder().similarSentLast7Days(9).build()).build(), ID);
        }
    }

    @Nested
    class RecNoOut {
        static final String ID = "REC-NO-OUT";

        @Test
        void advisesOfferingAnEasyWayToSayNo() {
            assertFires(goodRequest().declared(declared().specifics(true).givesOut(false).build()).build(), ID, ADVICE);
        }

        @Test
        void advisesARequestWithoutAnyNote() {
            assertFires(goodRequest().note(null).declared(declared().build()).build(), ID, ADVICE);
        }

        @Test
        void staysSilentWhenTheNoteSaysNoProblemIfNot() {
            assertSilent(goodRequest().build(), ID);
        }
    }

    @Nested
    class RecNoReciprocity {
        static final String ID = "REC-NO-RECIPROCITY";

        @Test
        void advisesOfferingARecommendationInReturn() {
            assertFires(goodRequest().declared(declared().specifics(true).offersReciprocity(false).build()).build(),
                    ID, ADVICE);
        }

        @Test
        void staysSilentWhenTheNoteOffersToWriteOneBack() {
            assertSilent(goodRequest().build(), ID);
        }

        @Test
        void staysSilentForAnEndorsementRequest() {
            assertSilent(goodRequest().type(RequestType.ENDORSEMENT).declared(declared().offersReciprocity(false).build())
                    .build(), ID);
        }
    }
}
