package dev.knigge.internal.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextTest {

    private static List<String> words(String note) {
        Text text = Text.of(note);
        return Arrays.asList(text.words).subList(0, text.size);
    }

    private static List<String> spans(String note) {
        Text text = Text.of(note);
        return java.util.stream.IntStream.range(0, text.size).mapToObj(i -> text.span(i, i + 1)).toList();
    }

    @Nested
    class Tokens {
        @Test
        void areLowerCaseWordsWithTheirOffsetsInTheOriginal() {
            Text text = Text.of("Hi Omar, great TALK!");
            assertThat(words("Hi Omar, great TALK!")).containsExactly("hi", "omar", "great", "talk");
            assertThat(text.start[1]).isEqualTo(3);
            assertThat(text.end[1]).isEqualTo(7);
            assertThat(spans("Hi Omar, great TALK!")).containsExactly("Hi", "Omar", "great", "TALK");
        }

        @Test
        void foldUmlautsSharpSAndAccentsSoBothSpellingsMatch() {
            assertThat(words("möchte Grüße Café")).containsExactly("moechte", "gruesse", "cafe");
            assertThat(words("moechte Gruesse")).containsExactly("moechte", "gruesse");
            assertThat(words("Yıldız Petrović")).containsExactly("yildiz", "petrovic");
        }

        @Test
        void dropApostrophesInsideWordsWhateverTheirKind() {
            assertThat(words("I'd I’d Id don't dont geht’s")).containsExactly("id", "id", "id", "dont", "dont", "gehts");
            assertThat(spans("I’d like")).containsExactly("I’d", "like");
        }

        @Test
        void splitAtHyphensAndKeepDotsOfAbbreviationsOut() {
            assertThat(words("30-minute Dipl.-Ing. LinkedIn-Profil")).containsExactly("30", "minute", "dipl", "ing",
                    "linkedin", "profil");
        }

        @Test
        void skipEmojiAndKeepOffsetsInUtf16CodeUnitsAcrossSurrogatePairs() {
            String note = "Hey 👋🏽 Mia 🙌 Loved it";
            Text text = Text.of(note);
            assertThat(words(note)).containsExactly("hey", "mia", "loved", "it");
            for (int i = 0; i < text.size; i++) {
                assertThat(note.substring(text.start[i], text.end[i])).isEqualToIgnoringCase(
                        List.of("Hey", "Mia", "Loved", "it").get(i));
            }
            assertThat(text.start[1]).isEqualTo(note.indexOf("Mia"));
        }

        @Test
        void readStyledLettersAsPlainOnesButSpanTheOriginal() {
            String note = "𝐇𝐞𝐥𝐥𝐨 ｆｒｉｅｎｄ";
            assertThat(words(note)).containsExactly("hello", "friend");
            assertThat(spans(note)).containsExactly("𝐇𝐞𝐥𝐥𝐨", "ｆｒｉｅｎｄ");
            assertThat(Text.of(note).capitalized[0]).isTrue();
        }

        @Test
        void keepLettersOfOtherScriptsAsWords() {
            assertThat(words("Привет, 你好 مرحبا")).containsExactly("привет", "你好", "مرحبا");
        }

        @Test
        void lowerKeepsTheNoteLengthForRegularExpressions() {
            String note = "„Du“ – I’d\u00A0like 👋\r\nok";
            assertThat(Folding.plain(note)).hasSameSizeAs(note).isEqualTo("\"du\" - i'd like 👋\n\nok");
        }
    }

    @Nested
    class Breaks {
        @Test
        void commasAndDashesEndAClauseButNotASentence() {
            Text text = Text.of("No demo, promise – just a question");
            assertThat(text.breakBefore[2]).isTrue();
            assertThat(text.sentenceBefore[2]).isFalse();
            assertThat(text.breakBefore[3]).isTrue();
            assertThat(text.sentenceBefore[3]).isFalse();
        }

        @Test
        void fullStopsQuestionMarksAndLineBreaksEndASentence() {
            Text text = Text.of("Hi. Are you free?\nThanks");
            assertThat(text.sentenceBefore[1]).isTrue();
            assertThat(text.sentenceBefore[4]).isTrue();
            assertThat(text.breakBefore[2]).isFalse();
        }

        @Test
        void aLineBreakBeforeALowerCaseWordIsAHardWrapThatEndsNoSentence() {
            Text text = Text.of("Ich habe gesehen,\ndass du Designerin bist");
            assertThat(text.sentenceBefore[3]).isFalse();
            assertThat(text.breakBefore[3]).isTrue();
            assertThat(Text.of("we met\r\nat the fair").sentenceBefore[2]).isFalse();
        }

        @Test
        void aBlankLineACapitalOrAListMarkAfterALineBreakEndsASentence() {
            assertThat(Text.of("we met\n\nat the fair").sentenceBefore[2]).isTrue();
            assertThat(Text.of("we met\nAt the fair").sentenceBefore[2]).isTrue();
            assertThat(Text.of("the system:\n- qualifies leads").sentenceBefore[2]).isTrue();
        }

        @Test
        void aDotGluedToTheNextWordEndsNothing() {
            Text text = Text.of("z.B. 3.5 Jahre bei example.com");
            assertThat(words("z.B. 3.5")).containsExactly("z", "b", "3", "5");
            assertThat(text.breakBefore[1]).isFalse();
            assertThat(text.breakBefore[3]).isFalse();
        }

        @Test
        void aHyphenJoinsAndASpacedHyphenSeparates() {
            Text text = Text.of("state-of-the-art - really");
            assertThat(text.breakBefore[1]).isFalse();
            assertThat(text.breakBefore[4]).isTrue();
        }
    }

    @Nested
    class Quotes {
        @Test
        void germanEnglishAndGuillemetQuotesMarkTheirWords() {
            Text text = Text.of("das „Du“ und “du” und »Du« und ‹du›, dann du");
            boolean[] quoted = Arrays.copyOf(text.quoted, text.size);
            assertThat(quoted).containsExactly(false, true, false, true, false, true, false, true, false, false);
        }

        @Test
        void singleQuotesAroundAWordQuoteIt() {
            Text text = Text.of("sag einfach 'du' zu mir");
            assertThat(text.quoted[2]).isTrue();
            assertThat(text.quoted[3]).isFalse();
        }

        @Test
        void anUnclosedQuoteMarkQuotesNothing() {
            Text text = Text.of("a 12\" screen, and du bist dran");
            for (int i = 0; i < text.size; i++) {
                assertThat(text.quoted[i]).as(text.words[i]).isFalse();
            }
        }

        @Test
        void aQuotationEndsAtALineBreak() {
            Text text = Text.of("\"Zitat ohne Ende\ndu bist gemeint");
            assertThat(text.quoted[3]).isFalse();
        }
    }

    @Test
    void aNoteWithoutCapitalsIsMarkedSoCaseRulesRelax() {
        assertThat(Text.of("hallo herr krause, könnten sie").noCapitals).isTrue();
        assertThat(Text.of("Hallo Herr Krause").noCapitals).isFalse();
    }
}
