package dev.knigge.internal.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds the salutation at the start of a note ("Hi Anna,", "Sehr geehrte Frau Dr. Weiss,",
 * "Lieber Ben!") so that a template's greeting — which differs with the recipient's name,
 * gender and title — does not make two copies of one template look different.
 */
final class Greeting {
    /** Words that open a greeting, folded as note tokens are (ü → ue). */
    private static final Set<String> OPENERS = Set.of("hi", "hello", "hey", "hiya", "howdy", "dear", "greetings",
            "morning", "hallo", "hallochen", "liebe", "lieber", "liebes", "moin", "servus", "gruess", "gruezi",
            "grueezi", "hej", "salut", "ciao", "tag", "morgen");
    /** Words that open a greeting only with the right second word: "good morning", "guten Tag", "sehr geehrte". */
    private static final Set<String> TWO_WORD_OPENERS = Set.of("good", "guten", "sehr");
    private static final Set<String> SECOND_WORDS = Set.of("morning", "afternoon", "evening", "day", "tag", "morgen",
            "abend", "geehrte", "geehrter", "geehrtes");
    /** Honorifics and academic titles, in greetings and anywhere else in a note. */
    static final Set<String> HONORIFICS = Set.of("herr", "herrn", "frau", "mr", "mrs", "ms", "miss", "mx", "sir",
            "madam", "dr", "doktor", "doctor", "prof", "professor", "professorin", "mag", "di", "ing", "dipl");
    private static final long[] HONORIFIC_HASHES = hashes(HONORIFICS);
    /** A greeting longer than this many words is a sentence, not a salutation. */
    private static final int MAX_WORDS = 8;
    /** Where to stop looking for the end of the greeting. */
    private static final int MAX_CHARS = 100;

    private Greeting() {}

    /**
     * Where the note's text starts after its salutation: just past the punctuation that ends it,
     * or 0 when the note does not open with one.
     *
     * @param names the hashes of the recipient's first and last name words
     */
    static int end(String note, long[] names) {
        int limit = Math.min(note.length(), MAX_CHARS);
        int cut = -1;
        for (int i = 0; i < limit && cut < 0; i++) {
            char c = note.charAt(i);
            if (c == ',' || c == '\n' || c == '\r' || c == '!' || c == ':' || c == ';'
                    || (c == '.' && !afterHonorific(note, i))) {
                cut = i;
            }
        }
        if (cut < 0) {
            return 0;
        }
        List<String> words = Tokens.words(note, 0, cut);
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return 0;
        }
        boolean opens = OPENERS.contains(words.get(0))
                || (TWO_WORD_OPENERS.contains(words.get(0)) && words.size() > 1 && SECOND_WORDS.contains(words.get(1)));
        return opens || onlyNames(words, names) ? cut + 1 : 0;
    }

    /** "Anna," or "Frau Weiss:" greet without a greeting word. */
    private static boolean onlyNames(List<String> words, long[] names) {
        boolean named = false;
        for (String word : words) {
            if (isName(names, Hashing.of(word))) {
                named = true;
            } else if (!HONORIFICS.contains(word)) {
                return false;
            }
        }
        return named;
    }

    private static boolean isName(long[] names, long word) {
        for (long name : names) {
            if (name == word) {
                return true;
            }
        }
        return false;
    }

    /** The dot of "Dr." or "Mr." does not end a greeting. */
    private static boolean afterHonorific(String note, int dot) {
        int from = dot;
        while (from > 0 && Character.isLetter(note.charAt(from - 1))) {
            from--;
        }
        return from < dot && HONORIFICS.containsAll(Tokens.words(note, from, dot));
    }

    /** Whether a word's hash is an honorific's or a title's. */
    static boolean honorific(long word) {
        return Arrays.binarySearch(HONORIFIC_HASHES, word) >= 0;
    }

    private static long[] hashes(Set<String> words) {
        return words.stream().mapToLong(Hashing::of).sorted().toArray();
    }
}
