package dev.knigge.rules.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.Evidence;
import dev.knigge.authoring.Note;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evidence behind a fact is exactly the phrase that made it fire, at its offsets in the note. */
class EvidenceSpanTest {

    private static List<String> texts(Note note, String fact) {
        return note.spans(fact).stream().map(Evidence::text).toList();
    }

    private static void offsetsMatch(String text, Note note) {
        note.spans().forEach((fact, spans) -> spans.forEach(span ->
                assertThat(text.substring(span.start(), span.end())).as(fact).isEqualTo(span.text())));
    }

    @Test
    void aPitchIsEvidencedByItsSalesPhrases() {
        String text = "Hi Omar 👋 we help SaaS companies book 30% more demos. Can I show you a quick demo?";
        Note note = ProfessionalLexicons.analyze(text);
        assertThat(texts(note, "containsPitch")).containsExactly("we help SaaS companies", "more demos", "a quick demo");
        offsetsMatch(text, note);
    }

    @Test
    void aBigAskIsEvidencedByTheAskAndTheTime() {
        String text = "Could you refer me for the Data Engineer opening? Happy to do a 45-minute call tomorrow.";
        Note note = ProfessionalLexicons.analyze(text);
        assertThat(texts(note, "bigAsk")).containsExactly("refer me", "45-minute", "call tomorrow");
        offsetsMatch(text, note);
    }

    @Test
    void germanContextAcrossASeparatedVerbIsOneSpan() {
        String text = "Sehr geehrter Herr Dr. Krause, wir haben uns letzte Woche auf der Hannover Messe kurz unterhalten.";
        Note note = ProfessionalLexicons.analyze(text);
        assertThat(texts(note, "statesContext"))
                .containsExactly("wir haben uns letzte Woche auf der Hannover Messe kurz unterhalten");
        offsetsMatch(text, note);
    }

    @Test
    void duIsEvidencedWordByWordButNotInQuotes() {
        String text = "Hallo Anna, das „Du“ ist okay für mich. Hast Du Zeit? Dein Tom";
        Note note = ProfessionalLexicons.analyze(text);
        assertThat(texts(note, "usesDu")).containsExactly("Du", "Dein");
        assertThat(note.spans("usesDu").get(0).start()).isEqualTo(text.indexOf("Hast Du") + 5);
        offsetsMatch(text, note);
    }

    @Test
    void theDefaultInvitationIsEvidencedByTheWholeNote() {
        String text = "Hallo Frau Sommer, ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.";
        Note note = ProfessionalLexicons.analyze(text);
        assertThat(note.defaultInvitation()).isTrue();
        assertThat(texts(note, "defaultInvitation")).containsExactly(text);
    }

    @Test
    void aTypographicApostropheIsKeptInTheEvidence() {
        String text = "No demo, promise. I’d love to ask how you run on-call.";
        Note note = ProfessionalLexicons.analyze(text);
        assertThat(note.containsPitch()).isFalse();
        assertThat(texts(note, "statesPurpose")).contains("I’d love to");
        offsetsMatch(text, note);
    }

    @Test
    void aQuestionToTheReaderIsEvidencedFromItsFirstWordToTheQuestionMark() {
        String text = "Hi Ben, loved the post. Does your team still run the migration on Fridays?";
        Note note = ProfessionalLexicons.analyze(text);
        assertThat(texts(note, "statesPurpose")).containsExactly("Does your team still run the migration on Fridays?");
        offsetsMatch(text, note);
        assertThat(ProfessionalLexicons.analyze("Hi Ben, how are you?").statesPurpose()).isFalse();
        assertThat(ProfessionalLexicons.analyze("Hallo Ben, wie geht's dir?").statesPurpose()).isFalse();
    }
}
