package dev.knigge.internal.audit;

import dev.knigge.internal.note.Folding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words of a text as the audit compares them: cut and folded exactly as the note analyzer
 * reads note words ({@link Folding}: {@code Müller} and {@code Mueller} are one word, so are
 * {@code I'd} and {@code Id}), but hashed as they are read, without a string per word: the audit
 * tokenises every note twice, and this is its hot path.
 *
 * @param hashes the words' hashes, as {@link Hashing#of} gives for the folded word
 * @param digits whether each word has a digit
 * @param size how many words
 */
record Tokens(long[] hashes, boolean[] digits, int size) {

    /** The words of {@code text} from {@code from} to {@code to}. */
    static Tokens of(String text, int from, int to) {
        int capacity = Math.max(4, (to - from) / 3);
        long[] hashes = new long[capacity];
        boolean[] digits = new boolean[capacity];
        int size = 0;
        StringBuilder folded = new StringBuilder(24);
        int i = from;
        while (i < to) {
            folded.setLength(0);
            int end = Folding.word(text, i, to, folded);
            if (end == i) {
                i++;
                continue;
            }
            if (folded.length() > 0) {
                if (size == hashes.length) {
                    hashes = Arrays.copyOf(hashes, size * 2);
                    digits = Arrays.copyOf(digits, size * 2);
                }
                hashes[size] = Hashing.of(folded);
                digits[size] = hasDigit(text, i, end);
                size++;
            }
            i = end;
        }
        return new Tokens(hashes, digits, size);
    }

    /** The folded words of {@code text} from {@code from} to {@code to}, as strings: for short spans. */
    static List<String> words(String text, int from, int to) {
        List<String> words = new ArrayList<>();
        StringBuilder folded = new StringBuilder(24);
        int i = from;
        while (i < to) {
            folded.setLength(0);
            int end = Folding.word(text, i, to, folded);
            if (folded.length() > 0) {
                words.add(folded.toString());
            }
            i = Math.max(end, i + 1);
        }
        return words;
    }

    /** The folded words of a whole phrase, as hashes; none for {@code null}. */
    static long[] hashes(String phrase) {
        if (phrase == null) {
            return new long[0];
        }
        Tokens tokens = of(phrase, 0, phrase.length());
        return Arrays.copyOf(tokens.hashes, tokens.size);
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
