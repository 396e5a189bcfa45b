package dev.knigge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.authoring.PhraseMatch;
import dev.knigge.authoring.PhraseMatch.Outcome;
import dev.knigge.request.Recipient;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import dev.knigge.request.SenderAnswers;
import dev.knigge.testing.ResourceLines;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code Advisor.phrases}: which entry of the professional lexicon matched which span of a note,
 * the {@code Note} field it sets, and whether it counted, each as the note analysis decided it.
 */
class PhraseMatchesTest {
    private static final Advisor ADVISOR = Advisor.builder().build();
    private static final String LEXICON = "professional/lexicon/en.properties";
    private static final int PURPOSE_LINE = ResourceLines.lineContaining("/knigge/policies/" + LEXICON, "purpose=stay in touch|");
    private static final int PITCH_LINE = ResourceLines.lineContaining("/knigge/policies/" + LEXICON, "pitch=book a demo|");

    private static ReviewRequest note(String note) {
        return ReviewRequest.builder(RequestType.CONNECTION)
                .recipient(Recipient.builder().firstName("April").lastName("Stone").build())
                .note(note).build();
    }

    private static String line(PhraseMatch match) {
        return match.field() + " ← " + match.key() + " \"" + match.entry() + "\" " + match.file() + ":" + match.line()
                + " " + match.start() + "-" + match.end() + " \"" + match.text() + "\" " + match.outcome()
                + (match.exception() == null ? "" : " " + match.exception());
    }

    @Test
    void aPhraseThatSetsItsFieldNamesItsEntryItsLineAndItsSpan() {
        List<PhraseMatch> matches = ADVISOR.phrases(note("Could we book a demo?"));

        assertThat(matches).extracting(PhraseMatchesTest::line).contains(
                "containsPitch ← pitch \"book a demo\" " + LEXICON + ":" + PITCH_LINE + " 9-20 \"book a demo\" COUNTED");
    }

    @Test
    void aWordOfTheGreetedNameIsMatchedButDoesNotCount() {
        assertThat(ADVISOR.phrases(note("Hi April, we met at the meetup.")))
                .filteredOn(match -> match.text().equals("April"))
                .extracting(PhraseMatch::field, PhraseMatch::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("specifics", Outcome.IN_GREETED_NAME));
    }

    @Test
    void anExceptionOfTheKeyCancelsThePhraseAndIsNamed() {
        assertThat(ADVISOR.phrases(note("I'd like to connect with you.")))
                .filteredOn(match -> match.key().equals("purpose"))
                .extracting(PhraseMatchesTest::line)
                .containsExactly("statesPurpose ← purpose \"I'd like to\" " + LEXICON + ":" + PURPOSE_LINE + " 0-11 \"I'd like to\" EXCEPTION"
                        + " !I'd like to connect");
    }

    @Test
    void aNegatedPhraseDoesNotCount() {
        assertThat(ADVISOR.phrases(note("I won't book a demo with you.")))
                .filteredOn(match -> match.entry().equals("book a demo"))
                .extracting(PhraseMatch::outcome)
                .containsExactly(Outcome.NEGATED);
    }

    @Test
    void theSendersAnswerDecidesOverAPhrase() {
        ReviewRequest.Builder pitch = ReviewRequest.builder(RequestType.CONNECTION).note("Could we book a demo?");
        ReviewRequest answered = pitch.declared(SenderAnswers.builder().containsPitch(false).build()).build();

        assertThat(ADVISOR.phrases(answered)).filteredOn(match -> match.entry().equals("book a demo"))
                .extracting(PhraseMatch::outcome).containsExactly(Outcome.SENDER_ANSWERED);
        assertThat(ADVISOR.review(answered).finding("GEN-COLD-PITCH")).isNull();
        assertThat(ADVISOR.review(note("Could we book a demo?")).finding("GEN-COLD-PITCH")).isNotNull();
    }

    @Test
    void aNoteWithoutLexiconPhrasesMatchesNothing() {
        assertThat(ADVISOR.phrases(note("Hello."))).isEmpty();
        assertThat(ADVISOR.phrases(ReviewRequest.builder(RequestType.CONNECTION).build())).isEmpty();
    }
}
