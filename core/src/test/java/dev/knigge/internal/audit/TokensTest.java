package dev.knigge.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.internal.note.Topics;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void foldsWordsLikeTheNoteAnalyzer() {
        String text = "Grüß Gott, Herr Müller! I’d love Café-Crème at 10:30 — OK?";
        assertThat(Tokens.words(text, 0, text.length()))
                .containsExactly(Topics.normalize(text).split(" "))
                .containsExactly("gruess", "gott", "herr", "mueller", "id", "love", "cafe", "creme", "at", "10", "30", "ok");
    }

    @Test
    void foldsEveryLetterTheNoteAnalyzerFolds() {
        String text = "Łódź, Będzin, Győr, STRAẞE, Ærø, 𝐇𝐞𝐥𝐥𝐨";
        assertThat(Tokens.words(text, 0, text.length()))
                .containsExactly(Topics.normalize(text).split(" "))
                .containsExactly("lodz", "bedzin", "gyor", "strasse", "aero", "hello");
    }

    @Test
    void hashesWhatItFolds() {
        Tokens tokens = Tokens.of("Müller mueller MÜLLER 3x", 0, 24);
        assertThat(tokens.size()).isEqualTo(4);
        assertThat(tokens.hashes()[0]).isEqualTo(tokens.hashes()[1]).isEqualTo(tokens.hashes()[2])
                .isEqualTo(Hashing.of("mueller"));
        assertThat(tokens.digits()).startsWith(false, false, false, true);
    }

    @Test
    void readsOnlyTheSpanItIsGiven() {
        assertThat(Tokens.words("Hi Anna, hello", 3, 7)).containsExactly("anna");
        assertThat(Tokens.hashes("")).isEmpty();
        assertThat(Tokens.of("a b c d e f g h i j k l m n o p", 0, 31).size()).as("grows past its first guess")
                .isEqualTo(16);
    }
}
