package dev.knigge.internal.audit;

import dev.knigge.internal.note.Greetings;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds the salutation at the start of a note ("Hi Anna,", "Sehr geehrte Frau Dr. Weiss,",
 * "Lieber Ben!") so that a template's greeting — which differs with the recipient's name,
 * gender and title — does not make two copies of one template look different. What greets, and
 * which words are honorifics and titles, the policy's lexicons say ({@link Greetings}), as they
 * do for the note analyzer. Immutable and thread-safe.
 */
final class Greeting {
    /** A greeting longer than this many words is a sentence, not a salutation. */
    private static final int MAX_WORDS = 8;
    /** Where to stop looking for the end of the greeting. */
    private static final int MAX_CHARS = 100;

    private final Greetings greetings;
    private final Set<String> honorifics;
    private final long[] honorificHashes;

    Greeting(Greetings greetings) {
        this.greetings = greetings;
        this.honorifics = greetings.honorifics();
        this.honorificHashes = honorifics.stream().mapToLong(Hashing::of).sorted().toArray();
    }

    /**
     * Where the note's text starts after its salutation: just past the punctuation that ends it,
     * or 0 when the note does not open with one.
     *
     * @param names the hashes of the recipient's first and last name words
     */
    int end(String note, long[] names) {
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
        return greetings.opensWithGreeting(note.substring(0, cut)) || onlyNames(words, names) ? cut + 1 : 0;
    }

    /** "Anna," or "Frau Weiss:" greet without a greeting word. */
    private boolean onlyNames(List<String> words, long[] names) {
        boolean named = false;
        for (String word : words) {
            if (isName(names, Hashing.of(word))) {
                named = true;
            } else if (!honorifics.contains(word)) {
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
    private boolean afterHonorific(String note, int dot) {
        int from = dot;
        while (from > 0 && Character.isLetter(note.charAt(from - 1))) {
            from--;
        }
        return from < dot && honorifics.containsAll(Tokens.words(note, from, dot));
    }

    /** Whether a word's hash is an honorific's or a title's. */
    boolean honorific(long word) {
        return Arrays.binarySearch(honorificHashes, word) >= 0;
    }
}
