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

import dev.knigge.request.Platform;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** introduction.drl: asking the recipient to introduce you to someone. */
class IntroductionRulesTest {

    /** A former teammate asked, with a reason and an opt-in, to introduce the requester to her manager. */
    static ReviewRequest.Builder introduction() {
        return ReviewRequest.builder(RequestType.INTRODUCTION).platform(Platform.LINKEDIN).language("en")
                .note("Hi Priya, could you introduce me to your research lead? I'd like to ask her about diary "
                        + "studies for our checkout. Maybe check with her first if she's open to it.")
                .requester(requester().build()).recipient(priya().build()).relationship(formerColleague().build())
                .declared(declared().statesPurpose(true).asksIntermediaryToCheck(true).build());
    }

    @Nested
    class IntWeakIntermediary {
        static final String ID = "INT-WEAK-INTERMEDIARY";

        @Test
        void blocksAskingAStrangerForAnIntroduction() {
            assertFires(introduction().relationship(Relationship.builder().degree(1).connectedDays(10).build()).build(),
                    ID, BLOCKER);
        }

        @Test
        void blocksAskingSomeoneTheyOnlyTradedMessagesWith() {
            assertFires(introduction().relationship(Relationship.builder().degree(1).interactions(2).build()).build(),
                    ID, BLOCKER);
        }

        @Test
        void onlyWarnsAStrangerWhenTheRequestSaysWhyThemAndWhatItIsAbout() {
            assertFires(introduction().relationship(Relationship.builder().degree(2).build())
                    .note("Hi Priya, I'm applying for the Backend Engineer role at your company and I see you are a "
                            + "recruiter there. Could you connect me with the hiring manager?").declared(declared().build())
                    .build(), ID, WARNING);
        }

        @Test
        void staysSilentForAFormerColleagueWithoutRecentExchanges() {
            assertSilent(introduction().relationship(Relationship.builder().degree(1).workedTogether(true).build())
                    .build(), ID);
        }
    }

    @Nested
    class IntNoContext {
        static final String ID = "INT-NO-CONTEXT";

        @Test
        void warnsWhenTheRequestDoesNotSayWhyThisPerson() {
            assertFires(introduction().note("Hi Priya, can you introduce me to your boss?")
                    .declared(declared().statesPurpose(false).build()).build(), ID, WARNING);
        }

        @Test
        void warnsWithoutAnyNote() {
            assertFires(introduction().note(null).declared(declared().build()).build(), ID, WARNING);
        }

        @Test
        void staysSilentWhenTheRequestSaysWhyAndWhat() {
            assertSilent(introduction().build(), ID);
        }
    }

    @Nested
    class IntNoOptin {
        static final String ID = "INT-NO-OPTIN";

        @Test
        void advisesAskingTheIntermediaryToCheckFirst() {
            assertFires(introduction().declared(declared().statesPurpose(true).asksIntermediaryToCheck(false).build())
                    .build(), ID, ADVICE);
        }

        @Test
        void staysSilentForADoubleOptIn() {
            assertSilent(introduction().build(), ID);
        }

        @Test
        void staysSilentForOtherRequestTypes() {
            assertSilent(introduction().type(RequestType.MESSAGE).declared(declared().build()).build(), ID);
        }
    }
}
