package dev.knigge.authoring;

import java.util.Objects;

/**
 * One lexicon entry that matched a note ({@code knigge explain}): which entry, where the
 * lexicon defines it, the span of the note it matched, the {@code Note} field it sets, and
 * whether it counted.
 *
 * @param field the {@code Note} field the entry sets, such as {@code containsPitch}
 * @param key the lexicon key, such as {@code pitch}
 * @param entry the entry as written: a phrase, {@code re:} and a pattern
 * @param file the lexicon file that defines it (the last layer's, when several do)
 * @param line the line the entry is written on in that file (a long key continues over several)
 * @param start where the match starts in the note (a UTF-16 index, as in {@code Evidence})
 * @param end where it ends, exclusive
 * @param text the note's text there
 * @param outcome whether it counted, and if not, why
 * @param exception the exception ({@code !phrase}) that cancelled it, or {@code null}
 */
public record PhraseMatch(String field, String key, String entry, String file, int line, int start, int end,
                          String text, Outcome outcome, String exception) {

    public PhraseMatch {
        Objects.requireNonNull(field, "field == null");
        Objects.requireNonNull(outcome, "outcome == null");
    }

    /** Whether a match set its field, and if not, what stopped it. */
    public enum Outcome {
        /** It set the field. */
        COUNTED,
        /** It lies in the greeted name ("Hi April" names no month). */
        IN_GREETED_NAME,
        /** A du inside quotes ("the German word „du“"). */
        IN_QUOTES,
        /** An exception of its key overlaps it ({@link #exception()}). */
        EXCEPTION,
        /** A negation in its clause cancels it ("I'm not selling anything"). */
        NEGATED,
        /** The sender's answers ({@code declared}) set the field, whatever the note says. */
        SENDER_ANSWERED
    }
}
