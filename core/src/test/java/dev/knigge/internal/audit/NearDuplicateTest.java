package dev.knigge.internal.audit;

import static dev.knigge.internal.audit.Notes.clusterSize;
import static dev.knigge.internal.audit.Notes.fingerprint;
import static dev.knigge.internal.audit.Notes.index;
import static dev.knigge.internal.audit.Notes.key;
import static dev.knigge.internal.audit.Notes.to;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.request.Recipient;
import dev.knigge.request.ReviewRequest;
import dev.knigge.internal.note.Greetings;
import dev.knigge.internal.note.NoteAnalyzer;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Which notes count as one template: copies with recipient details swapped in do, notes written for their reader don't. */
class NearDuplicateTest {

    @Nested
    class CopiesWithTheRecipientSwappedInAreOneTemplate {
        @Test
        void inEnglishWhenOnlyTheFirstNameDiffers() {
            assertThat(key(to("Anna", "Schmidt", "Hi Anna, I help companies grow with AI automation. Let's connect!")))
                    .isEqualTo(key(to("Ben", "Okafor", "Hi Ben, I help companies grow with AI automation. Let's connect!")));
        }

        @Test
        void inEnglishWhenTheNameIsAlsoInTheSentenceAndTheGreetingChanges() {
            assertThat(key(to("Anna", "Schmidt", "Dear Anna, a quick note for you, Anna Schmidt: our webinar is free.")))
                    .isEqualTo(key(to("Ben", "Okafor", "Hello Mr. Okafor! A quick note for you, Ben: our webinar is free.")));
        }

        @Test
        void inGermanWhenSalutationGenderAndTitleDiffer() {
            assertThat(key(to("Clara", "Weiss", "Sehr geehrte Frau Dr. Weiss, ich möchte Ihnen unser Angebot vorstellen.")))
                    .isEqualTo(key(to("David", "Novak", "Sehr geehrter Herr Novak, ich möchte Ihnen unser Angebot vorstellen.")));
        }

        @Test
        void inGermanWithInformalGreetingsAndUmlauts() {
            assertThat(key(to("Jürgen", "Müller", "Lieber Jürgen, magst du dir unsere Lösung für Müller & Co anschauen?")))
                    .isEqualTo(key(to("Anna", "Lind", "Liebe Anna, magst du dir unsere Lösung für Lind & Co anschauen?")));
        }

        @Test
        void whenTheirIndustryInterestsOrGroupsAreSwappedIn() {
            Recipient logistics = Recipient.builder().firstName("Anna").industry("logistics").interests("supply-chain").build();
            Recipient banking = Recipient.builder().firstName("Ben").industry("banking").interests("risk models").build();
            Fingerprint first = fingerprint(to(logistics,
                    "Hi Anna, as someone in logistics who cares about supply chain, you'll love our tool."));
            Fingerprint second = fingerprint(to(banking,
                    "Hi Ben, as someone in banking who cares about risk models, you'll love our tool."));
            assertThat(first.key()).isEqualTo(second.key());
            assertThat(first.mentionsProfile()).isTrue();
        }

        @Test
        void whenNumbersLinksAndEmailAddressesDiffer() {
            assertThat(key(to("Anna", "Lind", "Hi Anna, 3 seats left at https://ex.am/p?id=17 — write to anna@acme.io")))
                    .isEqualTo(key(to("Ben", "Holm", "Hi Ben, 12 seats left at www.ex.am/p/ben — write to sales@globex.com")));
        }

        @Test
        void whenACompanyNameTheRequestDoesNotKnowIsSwappedIn() {
            ReviewRequest acme = to("Anna", "Lind", "Hi Anna, I noticed that Acme is hiring data engineers. "
                    + "I run a small consultancy in Berlin and would love to connect with you about it.");
            ReviewRequest globex = to("Ben", "Holm", "Hi Ben, I noticed that Globex is hiring data engineers. "
                    + "I run a small consultancy in Berlin and would love to connect with you about it.");
            assertThat(key(acme)).as("normalisation cannot know the company").isNotEqualTo(key(globex));
            TemplateIndex index = index(acme, globex);
            assertThat(clusterSize(index, acme)).as("but the two are near copies").isEqualTo(2);
        }

        @Test
        void inGermanWhenTwoUnknownWordsAreSwappedIn() {
            ReviewRequest first = to("Anna", "Lind", "Hallo Anna, ich habe gesehen, dass die Firma Nordwind in Hamburg "
                    + "neue Leute sucht. Wir vermitteln seit Jahren Fachkräfte und würden uns gern mit Ihnen austauschen.");
            ReviewRequest second = to("Ben", "Holm", "Hallo Ben, ich habe gesehen, dass die Firma Südstern in München "
                    + "neue Leute sucht. Wir vermitteln seit Jahren Fachkräfte und würden uns gern mit Ihnen austauschen.");
            assertThat(clusterSize(index(first, second), first)).isEqualTo(2);
        }
    }

    @Nested
    class NotesWrittenForTheirReaderAreNot {
        @Test
        void inEnglish() {
            ReviewRequest anna = to("Anna", "Lind", "Hi Anna, your talk on warehouse robotics at LogiMAT convinced me "
                    + "to rethink our picking process. Could I ask you two questions about the pilot you ran?");
            ReviewRequest ben = to("Ben", "Holm", "Hi Ben, we worked together on the Basel IV project in 2019. "
                    + "I'm now building a risk dashboard and would love to hear how your team solved the data lineage.");
            ReviewRequest clara = to("Clara", "Weiss", "Hi Clara, I'd love to connect: I read your article about "
                    + "nurse rostering and I'm trying the same approach in our clinic next month.");
            TemplateIndex index = index(anna, ben, clara);
            assertThat(index.distinct()).isEqualTo(3);
            assertThat(clusterSize(index, anna)).isEqualTo(1);
            assertThat(clusterSize(index, ben)).isEqualTo(1);
            assertThat(clusterSize(index, clara)).isEqualTo(1);
        }

        @Test
        void inGerman() {
            ReviewRequest anna = to("Anna", "Lind", "Hallo Anna, dein Vortrag über Lagerrobotik auf der LogiMAT hat "
                    + "mich überzeugt. Darf ich dir zwei Fragen zu eurem Pilotprojekt stellen?");
            ReviewRequest ben = to("Ben", "Holm", "Hallo Ben, wir haben 2019 zusammen am Basel-IV-Projekt gearbeitet. "
                    + "Ich baue gerade ein Risiko-Dashboard und würde gern hören, wie ihr die Datenherkunft gelöst habt.");
            TemplateIndex index = index(anna, ben);
            assertThat(clusterSize(index, anna)).isEqualTo(1);
            assertThat(clusterSize(index, ben)).isEqualTo(1);
        }

        @Test
        void whenAFrameAroundThemIsShared() {
            String close = " Would love to connect. Best, Max";
            ReviewRequest anna = to("Anna", "Lind", "Hi Anna, your post about cold-chain monitoring for vaccines made "
                    + "me rethink how we log temperatures in our trucks." + close);
            ReviewRequest ben = to("Ben", "Holm", "Hi Ben, the way your team cut loan approval times in half with a "
                    + "simpler scoring sheet is exactly what our bank needs." + close);
            assertThat(clusterSize(index(anna, ben), anna)).isEqualTo(1);
        }

        @Test
        void whenTheFirstClauseIsContentNotAGreeting() {
            assertThat(key(to("Anna", "Lind", "Your talk on routing was great, let's stay in touch.")))
                    .isNotEqualTo(key(to("Ben", "Holm", "Your post on hiring was great, let's stay in touch.")));
        }
    }

    @Nested
    class ReadLikeTheNoteAnalyzerReadsThem {
        @Test
        void lettersTheAnalyzerFoldsAreOneWordWithAndWithoutTheirMarks() {
            assertThat(key(to("Anna", "Lind", "Hi Anna, our teams in Łódź, Gdańsk, Győr and Będzin say hello to STRAẞE 5.")))
                    .isEqualTo(key(to("Ben", "Holm", "Hi Ben, our teams in Lodz, Gdansk, Gyor and Bedzin say hello to Strasse 7.")));
        }

        @Test
        void aGreetingIsWhatThePolicysLexiconCallsOneSpelledEitherWay() {
            NoteNormalizer polish = new NoteNormalizer(Greetings.of(new NoteAnalyzer(Map.of(
                    "pl", Notes.lexicon("pl", "dzień dobry|cześć", "pan|pani", "dr")))));
            ReviewRequest formal = to("Łucja", "Wałęsa", "Dzień dobry Pani Łucjo! Zapraszam do naszej sieci.");
            ReviewRequest plain = to("Ben", "Holm", "Dzien dobry, zapraszam do naszej sieci.");
            ReviewRequest casual = to("Ola", "Nowak", "Cześć Ola! Zapraszam do naszej sieci.");

            assertThat(polish.of(formal).key()).isEqualTo(polish.of(plain).key()).isEqualTo(polish.of(casual).key());
            assertThat(key(formal)).as("without the word in the lexicon, no greeting").isNotEqualTo(key(plain));
        }
    }

    @Nested
    class Fingerprints {
        @Test
        void aRequestWithoutANoteHasNone() {
            assertThat(fingerprint(to("Anna", "Lind", null))).isNull();
            assertThat(fingerprint(to("Anna", "Lind", "   "))).isNull();
        }

        @Test
        void aNoteThatOnlyGreetsIsTheEmptyTemplate() {
            Fingerprint greeting = fingerprint(to("Anna", "Lind", "Hi Anna!"));
            assertThat(greeting.tokens()).isEmpty();
            assertThat(greeting.shingles()).isEmpty();
            assertThat(greeting.key()).isEqualTo(key(to("Ben", "Holm", "Hello Ben,")));
        }

        @Test
        void mentionsProfileOnlyForTheRecipientsOwnProfile() {
            Recipient logistics = Recipient.builder().interests("supply chain").build();
            assertThat(fingerprint(to(logistics, "Hi, I saw your work on supply chains.")).mentionsProfile())
                    .as("supply chains is not the phrase supply chain").isFalse();
            assertThat(fingerprint(to(logistics, "Hi, I saw your work on the supply chain.")).mentionsProfile()).isTrue();
        }
    }
}
