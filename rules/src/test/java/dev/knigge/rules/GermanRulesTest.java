package dev.knigge.rules;

import static dev.knigge.advice.Severity.ADVICE;
import static dev.knigge.advice.Severity.WARNING;
import static dev.knigge.rules.Fixtures.acquaintance;
import static dev.knigge.rules.Fixtures.formerColleague;
import static dev.knigge.rules.Fixtures.krause;
import static dev.knigge.rules.Fixtures.requester;
import static dev.knigge.rules.Fixtures.strangers;
import static dev.knigge.rules.Reviews.assertFires;
import static dev.knigge.rules.Reviews.assertSilent;
import static dev.knigge.rules.Reviews.evidence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.request.AddressForm;
import dev.knigge.request.Platform;
import dev.knigge.request.Recipient;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** german.drl: "du" and academic titles in German notes. */
class GermanRulesTest {

    @Nested
    class DeDuStranger {
        static final String ID = "DE-DU-STRANGER";
        static final String DU = "Hallo Stefan, ich habe deinen Vortrag zu Usability gesehen und würde mich gern mit dir austauschen.";

        ReviewRequest.Builder message() {
            return ReviewRequest.builder(RequestType.MESSAGE).platform(Platform.XING).language("de").note(DU)
                    .requester(requester().build()).recipient(krause().build())
                    .relationship(strangers().degree(2).build());
        }

        @Test
        void warnsAboutDuToAStranger() {
            assertFires(message().build(), ID, WARNING);
            assertThat(evidence(message().build(), ID)).contains("deinen", "dir");
        }

        @Test
        void warnsAboutDuWhenTheTwoAgreedOnSie() {
            assertFires(message().relationship(formerColleague().addressForm(AddressForm.SIE).build()).build(),
                    ID, WARNING);
        }

        @Test
        void advisesAboutDuToAnAcquaintanceWhenTheAddressFormIsUnknown() {
            assertFires(message().relationship(acquaintance().build()).build(), ID, ADVICE);
        }

        @Test
        void warnsAStrangerWhoseNoteLanguageWasDetected() {
            assertFires(message().language(null).build(), ID, WARNING);
        }

        @Test
        void staysSilentWhenTheyAgreedOnDu() {
            assertSilent(message().relationship(acquaintance().addressForm(AddressForm.DU).build()).build(), ID);
        }

        @Test
        void staysSilentForSie() {
            assertSilent(message().note("Hallo Herr Krause, ich habe Ihren Vortrag zu Usability gesehen.").build(), ID);
        }

        @Test
        void staysSilentForDuInQuotes() {
            assertSilent(message().note("Guten Tag Herr Krause, XING sagt jetzt „du“ zu allen, ich bleibe lieber beim Sie.")
                    .build(), ID);
        }

        @Test
        void staysSilentForTheGermanDefaultInvitationWhichUsesSie() {
            assertSilent(message().type(RequestType.CONNECTION).platform(Platform.LINKEDIN)
                    .note("Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.").build(), ID);
        }

        @Test
        void staysSilentOnEnglishNotes() {
            assertSilent(message().language("en")
                    .note("Hi Stefan, we met at the Café du Monde after your usability talk.").build(), ID);
        }

        @Test
        void staysSilentWithoutANote() {
            assertSilent(message().note(null).build(), ID);
        }
    }

    @Nested
    class DeTitle {
        static final String ID = "DE-TITLE";

        ReviewRequest.Builder message(Recipient.Builder recipient, String note) {
            return ReviewRequest.builder(RequestType.MESSAGE).platform(Platform.LINKEDIN).language("de").note(note)
                    .requester(requester().build()).recipient(recipient.build())
                    .relationship(acquaintance().build());
        }

        @Test
        void advisesPuttingTheDoctorateIntoTheSalutation() {
            ReviewRequest request = message(krause().title("Dr."), "Guten Tag Herr Krause, ich habe eine Frage zu Ihrem Vortrag.")
                    .build();
            assertThat(assertFires(request, ID, ADVICE).suggestion()).contains("\"Dr.\"");
            assertThat(Reviews.PROFESSIONAL.review(request, Locale.GERMAN).finding(ID).suggestion()).contains("„Dr.“");
            assertThat(evidence(request, ID)).containsExactly("Krause");
        }

        @Test
        void advisesEveryAcademicTitleForAnAustrian() {
            assertFires(message(krause().title("Mag.").country("AT"), "Sehr geehrter Herr Krause, ich habe eine Frage.")
                    .build(), ID, ADVICE);
        }

        @Test
        void staysSilentForAMagisterInGermany() {
            assertSilent(message(krause().title("Mag.").country("DE"), "Sehr geehrter Herr Krause, ich habe eine Frage.")
                    .build(), ID);
        }

        @Test
        void staysSilentWhenTheSalutationCarriesTheTitle() {
            assertSilent(message(krause().title("Dr."), "Sehr geehrter Herr Dr. Krause, ich habe eine Frage.").build(), ID);
        }

        @Test
        void staysSilentWhenTheyGreetByFirstName() {
            assertSilent(message(krause().title("Dr."), "Hallo Stefan, ich habe eine Frage zu Ihrem Vortrag.").build(), ID);
        }

        @Test
        void staysSilentWithoutATitle() {
            assertSilent(message(krause(), "Guten Tag Herr Krause, ich habe eine Frage zu Ihrem Vortrag.").build(), ID);
        }

        @Test
        void staysSilentOnEnglishNotes() {
            assertSilent(message(krause().title("Dr."), "Dear Mr Krause, I have a question about your talk.")
                    .language("en").build(), ID);
        }
    }

    /** The finding speaks German for a German reader. */
    @Test
    void explainsInGermanWithTypographicQuotes() {
        ReviewRequest request = ReviewRequest.builder(RequestType.MESSAGE).language("de")
                .note("Hallo Stefan, hast du kurz Zeit?").recipient(krause().build()).build();
        assertThat(Reviews.PROFESSIONAL.review(request, Locale.GERMAN).finding("DE-DU-STRANGER").title())
                .isEqualTo("Ungefragtes „Du“");
    }
}
