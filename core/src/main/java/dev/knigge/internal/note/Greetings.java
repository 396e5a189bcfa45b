package dev.knigge.internal.note;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A policy's salutation words for the readers of notes besides the analyzer (the campaign
 * audit): the greetings, honorifics and titles of all its lexicons, matched and folded as the
 * analyzer matches and folds them. Immutable and thread-safe.
 */
public final class Greetings {
    private final List<Lexicon> lexicons;
    private final Set<String> honorifics;

    private Greetings(Collection<Lexicon> lexicons) {
        this.lexicons = List.copyOf(lexicons);
        Set<String> words = new HashSet<>();
        for (Lexicon lexicon : lexicons) {
            words.addAll(lexicon.honorifics);
            words.addAll(lexicon.titles);
        }
        this.honorifics = Set.copyOf(words);
    }

    /** The salutation words of the analyzer's lexicons. */
    public static Greetings of(NoteAnalyzer analyzer) {
        return new Greetings(analyzer.lexicons());
    }

    /** Whether {@code text} opens with a greeting of one of the lexicons: "Hi", "Good morning", "Sehr geehrte". */
    public boolean opensWithGreeting(String text) {
        Text words = Text.of(text);
        for (Lexicon lexicon : lexicons) {
            if (lexicon.greetings.longestAt(words, 0) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The honorifics and titles of every lexicon ({@code herr}, {@code mr}, {@code dr}), folded like note words. */
    public Set<String> honorifics() {
        return honorifics;
    }
}
