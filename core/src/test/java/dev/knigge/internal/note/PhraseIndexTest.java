package dev.knigge.internal.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {

    private static PhraseIndex index(String... phrases) {
        PhraseIndex index = new PhraseIndex();
        for (String phrase : phrases) {
            assertThat(index.add(phrase, 0, Set.of("sie", "ihr"))).as(phrase).isNull();
        }
        return index;
    }

    /** The text each hit covers. */
    private static List<String> found(PhraseIndex index, String note) {
        Text text = Text.of(note);
        return index.find(text).stream().map(hit -> text.span(hit.from(), hit.to())).toList();
    }

    @Nested
    class Words {
        @Test
        void matchOnWordBoundariesIgnoringCase() {
            PhraseIndex index = index("your talk");
            assertThat(found(index, "Loved YOUR Talk at JavaLand")).containsExactly("YOUR Talk");
            assertThat(found(index, "your talkative colleague")).isEmpty();
        }

        @Test
        void matchWithOrWithoutUmlautsAndApostrophes() {
            PhraseIndex index = index("ich möchte", "I'd like to");
            assertThat(found(index, "Ich moechte fragen")).containsExactly("Ich moechte");
            assertThat(found(index, "Id like to ask, I’d like to know")).containsExactly("Id like to", "I’d like to");
        }

        @Test
        void mayCrossACommaButNotTheEndOfASentence() {
            PhraseIndex index = index("kein Problem falls nicht", "like to ask");
            assertThat(found(index, "Kein Problem, falls nicht.")).containsExactly("Kein Problem, falls nicht");
            assertThat(found(index, "I'd like to. Ask me anything")).isEmpty();
        }
    }

    @Nested
    class Wildcards {
        @Test
        void aTrailingStarMatchesWordsThatBeginWithIt() {
            PhraseIndex index = index("collaborat*");
            assertThat(found(index, "a collaboration or to collaborate, not a collab")).containsExactly("collaboration",
                    "collaborate");
        }

        @Test
        void aLoneStarMatchesExactlyOneWord() {
            PhraseIndex index = index("your * talk");
            assertThat(found(index, "your great talk")).containsExactly("your great talk");
            assertThat(found(index, "your talk")).isEmpty();
            assertThat(found(index, "your really great talk")).isEmpty();
        }

        @Test
        void aDoubleStarSkipsUpToEightWordsOrNone() {
            PhraseIndex index = index("würde mich ** austauschen");
            assertThat(found(index, "Ich würde mich austauschen")).containsExactly("würde mich austauschen");
            assertThat(found(index, "Ich würde mich sehr gerne mit Ihnen über Predictive Maintenance austauschen"))
                    .containsExactly("würde mich sehr gerne mit Ihnen über Predictive Maintenance austauschen");
            assertThat(found(index, "würde mich eins zwei drei vier fünf sechs sieben acht neun austauschen")).isEmpty();
        }

        @Test
        void aDoubleStarDoesNotSkipOverTheEndOfASentence() {
            PhraseIndex index = index("würde mich ** austauschen");
            assertThat(found(index, "Ich würde mich freuen. Austauschen kann man sich ja immer")).isEmpty();
        }

        @Test
        void aDoubleStarAtEitherEndIsRefused() {
            PhraseIndex index = new PhraseIndex();
            assertThat(index.add("** austauschen", 0)).contains("not at the start or end");
            assertThat(index.add("mich **", 0)).contains("not at the start or end");
            assertThat(index.add("* **", 0)).isEqualTo("has no words");
            assertThat(index.add("  ", 0)).isEqualTo("has no words");
            assertThat(index.add("word**", 0)).contains("one * at most");
            assertThat(index.isEmpty()).isTrue();
        }

        @Test
        void aHitNotesANegationThatAWildcardLetThrough() {
            PhraseIndex index = index("haben uns ** kennengelernt");
            Text text = Text.of("Wir haben uns leider nicht kennengelernt");
            boolean[] negators = new boolean[text.size];
            negators[4] = true;
            List<PhraseIndex.Hit> hits = index.find(text, negators, null);
            assertThat(hits).hasSize(1);
            assertThat(hits.get(0).wildNegated()).isTrue();
            assertThat(index.find(Text.of("Wir haben uns in Berlin kennengelernt"), new boolean[6], null).get(0).wildNegated())
                    .isFalse();
        }
    }

    @Nested
    class CapitalisedWords {
        @Test
        void aListedWordWrittenWithACapitalMatchesOnlyCapitalisedWords() {
            PhraseIndex index = index("weil Sie", "Ihr* Vortrag");
            assertThat(found(index, "weil Sie das Thema kennen")).containsExactly("weil Sie");
            assertThat(found(index, "weil sie das Thema kennt")).isEmpty();
            assertThat(found(index, "Ihren Vortrag, ihren Vortrag")).containsExactly("Ihren Vortrag");
        }

        @Test
        void writtenInLowerCaseItMatchesEitherCase() {
            PhraseIndex index = index("ob sie offen");
            assertThat(found(index, "ob sie offen ist, ob Sie offen sind")).hasSize(2);
        }

        @Test
        void aNoteWithoutAnyCapitalsIsReadAsCapitalised() {
            PhraseIndex index = index("könnten Sie");
            assertThat(found(index, "hallo, könnten sie mir helfen")).containsExactly("könnten sie");
        }
    }

    @Nested
    class ProperNames {
        /** The text each hit covers, the words at the given positions being proper names. */
        private List<String> foundWithNames(PhraseIndex index, String note, int... nameAt) {
            Text text = Text.of(note);
            boolean[] names = new boolean[text.size];
            for (int at : nameAt) {
                names[at] = true;
            }
            return index.find(text, null, names).stream().map(hit -> text.span(hit.from(), hit.to())).toList();
        }

        @Test
        void theNameTokenMatchesOneWordTheSearchMarksAsAName() {
            PhraseIndex index = index("your team at <Name>");
            assertThat(foundWithNames(index, "I like your team at Brightline", 5)).containsExactly("your team at Brightline");
            assertThat(foundWithNames(index, "I like your team at Brightline", 4)).isEmpty();
            assertThat(foundWithNames(index, "I like your team at home")).isEmpty();
        }

        @Test
        void aSearchThatKnowsNoNamesMatchesNoNameToken() {
            assertThat(found(index("your team at <Name>", "your team"), "your team at Brightline"))
                    .containsExactly("your team");
        }

        @Test
        void aNameTokenAloneIsNoPhrase() {
            PhraseIndex index = new PhraseIndex();
            assertThat(index.add("<Name>", 0)).isEqualTo("has no words");
            assertThat(index.add("* <Name>", 0)).isEqualTo("has no words");
            assertThat(index.isEmpty()).isTrue();
        }
    }

    @Test
    void findsEveryPhraseAtEveryStart() {
        PhraseIndex index = new PhraseIndex();
        index.add("would you", 1);
        index.add("would you be open", 2);
        Text text = Text.of("Would you be open to it? Would you?");
        List<PhraseIndex.Hit> hits = index.find(text);
        assertThat(hits).extracting(PhraseIndex.Hit::detector).containsExactlyInAnyOrder(1, 2, 1);
    }

    @Test
    void longestAtAndMatchesExactlyLookAtOneStart() {
        PhraseIndex index = index("hallo", "hallo liebe", "I'd like to add you to my network");
        Text text = Text.of("Hallo liebe Anna");
        assertThat(index.longestAt(text, 0)).isEqualTo(2);
        assertThat(index.longestAt(text, 2)).isEqualTo(-1);
        Text invitation = Text.of("Hi Omar, I'd like to add you to my network.");
        assertThat(index.matchesExactly(invitation, 2, invitation.size)).isTrue();
        assertThat(index.matchesExactly(invitation, 2, invitation.size - 1)).isFalse();
    }

    @Nested
    class Numbers {
        @Test
        void aHashMatchesAWordOfDigitsInItsRange() {
            PhraseIndex index = index("#30..199 minute*", "#1980..2049");
            assertThat(found(index, "a 45-minute call in 2019, not 15 minutes, not 1979")).containsExactly("45-minute", "2019");
            assertThat(found(index, "200 minutes")).isEmpty();
        }

        @Test
        void lettersAfterTheNumberMatchAWordWrittenTogether() {
            PhraseIndex index = index("#30..199min*", "#1..99 off");
            assertThat(found(index, "45mins or 45min, 20% off")).containsExactly("45mins", "45min", "20% off");
            assertThat(found(index, "45 min, 15min")).isEmpty();
        }

        @Test
        void aLoneHashMatchesAnyNumber() {
            assertThat(found(index("# days"), "in 3 days or 300 days, not x days")).containsExactly("3 days", "300 days");
        }

        @Test
        void aMalformedNumberIsAProblem() {
            assertThat(new PhraseIndex().add("#30-199 minutes", 0)).contains("a number is #, or #from..to");
            assertThat(new PhraseIndex().add("#199..30 minutes", 0)).contains("from the smaller number to the larger");
        }
    }
}
