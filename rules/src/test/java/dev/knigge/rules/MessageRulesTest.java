package dev.knigge.rules;

import static dev.knigge.advice.Severity.WARNING;
import static dev.knigge.rules.Fixtures.declared;
import static dev.knigge.rules.Fixtures.priya;
import static dev.knigge.rules.Fixtures.requester;
import static dev.knigge.rules.Fixtures.strangers;
import static dev.knigge.rules.Reviews.assertFires;
import static dev.knigge.rules.Reviews.assertSilent;

import dev.knigge.request.Platform;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** message.drl: messages and InMail. */
class MessageRulesTest {

    @Nested
    class MsgRecruiterGeneric {
        static final String ID = "MSG-RECRUITER-GENERIC";

        ReviewRequest.Builder outreach(Boolean specifics, Boolean context) {
            return ReviewRequest.builder(RequestType.INMAIL).platform(Platform.LINKEDIN).language("en")
                    .note("Hi Priya, we're hiring a senior UX researcher in Hamburg (remote possible). Your talk on "
                            + "diary studies at UX Camp is exactly the experience we need.")
                    .requester(requester().name("Lena Vogt").headline("Tech recruiter").recruiter(true).build())
                    .recipient(priya().build()).relationship(strangers().degree(2).build())
                    .declared(declared().specifics(specifics).statesContext(context).build());
        }

        @Test
        void warnsARecruiterWhoNamesNoConcreteRole() {
            assertFires(outreach(false, true).build(), ID, WARNING);
        }

        @Test
        void warnsARecruiterWhoDoesNotSayWhyThisPerson() {
            assertFires(outreach(true, false).build(), ID, WARNING);
        }

        @Test
        void warnsARecruitersBlankConnectionRequest() {
            assertFires(outreach(null, null).type(RequestType.CONNECTION).note(null).build(), ID, WARNING);
        }

        @Test
        void staysSilentForARoleAndAReasonForThisPerson() {
            assertSilent(outreach(true, true).build(), ID);
        }

        @Test
        void staysSilentForSomeoneWhoIsNotARecruiter() {
            assertSilent(outreach(false, false).requester(requester().build()).build(), ID);
        }

        @Test
        void staysSilentOnANoteWhoseLanguageCannotBeRead() {
            assertSilent(outreach(null, null).language("fr")
                    .note("Bonjour Priya, nous recrutons un chercheur UX à Hambourg.").build(), ID);
        }

        @Test
        void staysSilentForARecruitersRecommendationRequest() {
            assertSilent(outreach(false, false).type(RequestType.RECOMMENDATION).build(), ID);
        }
    }
}
