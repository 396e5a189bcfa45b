package dev.knigge.internal.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words of a text as the audit compares them, tokenised and folded the way the note analyzer
 * folds note words (lower case; umlauts, ß and common accents spelled out, so {@code Müller} and
 * {@code Mueller} are one word; an apostrophe inside a word is dropped, so I'd and Id are one word), but hashed as they are read,
 * without a string per word: the audit tokenises every note twice, and this is its hot path.
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
            int end = wordEnd(text, i, to);
            if (end == i) {
                i++;
                continue;
            }
            folded.setLength(0);
            boolean digit = fold(text, i, end, folded);
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, size * 2);
                digits = Arrays.copyOf(digits, size * 2);
            }
            hashes[size] = Hashing.of(folded);
            digits[size] = digit;
            size++;
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
            int end = wordEnd(text, i, to);
            if (end == i) {
                i++;
                continue;
            }
            folded.setLength(0);
            fold(text, i, end, folded);
            words.add(folded.toString());
            i = end;
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

    /** Where the word starting at {@code at} ends; {@code at} itself when no word starts there. */
    private static int wordEnd(String text, int at, int to) {
        int i = at;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if (i > at && apostrophe(c) && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < to
                    && Character.isLetter(Character.toCodePoint(c, text.charAt(i + 1)))) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u201B' || c == '\u2032' || c == '\u00B4' || c == '`';
    }

    /** Appends the word's folded form; whether it has a digit. */
    private static boolean fold(String text, int from, int to, StringBuilder out) {
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            digit |= Character.isDigit(c);
            if (apostrophe(c)) {
                continue; // the note analyzer drops apostrophes inside words too: I'd = Id
            }
            char lower = Character.toLowerCase(c);
            switch (lower) {
                case 'ä', 'æ' -> out.append("ae");
                case 'ö', 'œ' -> out.append("oe");
                case 'ü' -> out.append("ue");
                case 'ß' -> out.append("ss");
                case 'à', 'á', 'â', 'ã', 'å', 'ā' -> out.append('a');
                case 'è', 'é', 'ê', 'ë', 'ē' -> out.append('e');
                case 'ì', 'í', 'î', 'ï' -> out.append('i');
                case 'ò', 'ó', 'ô', 'õ', 'ø' -> out.append('o');
                case 'ù', 'ú', 'û' -> out.append('u');
                case 'ç', 'č' -> out.append('c');
                case 'ñ' -> out.append('n');
                case 'š' -> out.append('s');
                case 'ž' -> out.append('z');
                default -> out.append(lower);
            }
        }
        return digit;
    }
}
