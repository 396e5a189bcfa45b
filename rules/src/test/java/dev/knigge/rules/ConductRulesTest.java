package dev.knigge.rules;

import static dev.knigge.advice.Severity.ADVICE;
import static dev.knigge.advice.Severity.BLOCKER;
import static dev.knigge.advice.Severity.WARNING;
import static dev.knigge.rules.Fixtures.formerColleague;
import static dev.knigge.rules.Fixtures.priya;
import static dev.knigge.rules.Fixtures.requester;
import static dev.knigge.rules.Fixtures.strangers;
import static dev.knigge.rules.Reviews.assertFires;
import static dev.knigge.rules.Reviews.assertSilent;
import static dev.knigge.rules.Reviews.evidence;
import static dev.knigge.rules.Reviews.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.Finding;
import dev.knigge.advice.Verdict;
import dev.knigge.request.Platform;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** conduct.drl: what no professional request may carry. */
class ConductRulesTest {

    @Nested
    class GenPersonalAdvance {
        static final String ID = "GEN-PERSONAL-ADVANCE";

        ReviewRequest.Builder message(String note) {
            return ReviewRequest.builder(RequestType.MESSAGE).platform(Platform.LINKEDIN).language("en").note(note)
                    .requester(requester().build()).recipient(priya().build())
                    .relationship(strangers().degree(1).connectedDays(2).build());
        }

        @Test
        void blocksARemarkOnTheLooksOfSomeoneWhoDoesNotKnowThem() {
            ReviewRequest request = message("Hi Priya, thanks for accepting. You have a beautiful smile.").build();
            assertFires(request, ID, BLOCKER);
            assertThat(evidence(request, ID)).containsExactly("You have a beautiful smile");
            assertThat(review(request).verdict()).isEqualTo(Verdict.DO_NOT_SEND);
        }

        @Test
        void blocksAskingThemOutEvenWithAProfessionalReasonBeside() {
            assertFires(message("Hi Priya, I enjoyed your talk on diary studies. Would you go out with me sometime?")
                    .build(), ID, BLOCKER);
        }

        @Test
        void blocksAGermanConnectionRequestThatOpensWithAPetName() {
            assertFires(ReviewRequest.builder(RequestType.CONNECTION).platform(Platform.XING).language("de")
                    .note("Hey Süße, magst du mein Netzwerk verstärken?").requester(requester().build())
                    .recipient(priya().build()).relationship(strangers().build()).build(), ID, BLOCKER);
        }

        @Test
        void warnsSomeoneTheyKnowThatThisIsTheWrongChannel() {
            assertFires(message("Hi Priya, you look stunning in your new profile picture!")
                    .relationship(formerColleague().build()).build(), ID, WARNING);
        }

        @Test
        void staysSilentOnPraiseOfAPhotoTheyPublished() {
            assertSilent(message("Hi Priya, what a beautiful photo of the venue in your post on the UX summit. "
                    + "Could you tell me which camera you used?").build(), ID);
        }

        @Test
        void staysSilentOnADateToAgreeForAMeeting() {
            assertSilent(message("Hi Priya, could we agree on a date for the workshop with your team?").build(), ID);
        }

        @Test
        void leavesNoAdviceOnHowToWordItBetter() {
            ReviewRequest plain = message("Hi, thanks for accepting.").build();
            ReviewRequest advance = message("Hi, thanks for accepting. You have a beautiful smile.").build();
            assertFires(plain, "GEN-NO-PURPOSE", WARNING);
            assertFires(plain, "GEN-NO-CONTEXT", WARNING);
            assertFires(plain, "GEN-SALUTATION", ADVICE);
            assertThat(review(advance).findings()).extracting(Finding::rule).contains(ID)
                    .doesNotContain("GEN-NO-PURPOSE", "GEN-NO-CONTEXT", "GEN-SALUTATION");
            ReviewRequest german = ReviewRequest.builder(RequestType.MESSAGE).platform(Platform.LINKEDIN).language("de")
                    .note("Hallo Süße, wie war deine Woche?").requester(requester().build()).recipient(priya().build())
                    .relationship(strangers().degree(1).connectedDays(2).build()).build();
            assertThat(review(german).findings()).extracting(Finding::rule).contains(ID)
                    .doesNotContain("GEN-NO-PURPOSE", "GEN-NO-CONTEXT", "GEN-SALUTATION", "DE-DU-STRANGER");
        }

        @Test
        void staysSilentWithoutANote() {
            assertSilent(message(null).build(), ID);
        }
    }
}
