package dev.knigge.internal.lint;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a regex atom matches, as a set over the Basic Multilingual Plane plus one bit
 * standing for "some supplementary character". Sets are computed by asking
 * {@link java.util.regex} itself, with the flags lexicons are compiled with (case-insensitive,
 * Unicode case), so a class means exactly what it means when notes are matched.
 */
final class CharSets {
    /** The bit standing for characters outside the BMP. */
    static final int SUPPLEMENTARY = 0x10000;
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int CACHE_SIZE = 64;
    private static final Map<String, BitSet> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BitSet> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** Every BMP character outside the surrogate range, in order. */
    private static final String EVERY_NON_SURROGATE = everyNonSurrogate();

    private CharSets() {}

    private static String everyNonSurrogate() {
        StringBuilder chars = new StringBuilder(SUPPLEMENTARY);
        for (int c = 0; c < SUPPLEMENTARY; c++) {
            if (!Character.isSurrogate((char) c)) {
                chars.append((char) c);
            }
        }
        return chars.toString();
    }

    /** Every character. */
    static BitSet all() {
        BitSet set = new BitSet(SUPPLEMENTARY + 1);
        set.set(0, SUPPLEMENTARY + 1);
        return set;
    }

    /** A literal character, in every case it matches. */
    static BitSet of(int codePoint) {
        BitSet set = new BitSet(SUPPLEMENTARY + 1);
        if (codePoint >= SUPPLEMENTARY) {
            set.set(SUPPLEMENTARY);
            return set;
        }
        set.set(codePoint);
        set.set(Character.toLowerCase(codePoint));
        set.set(Character.toUpperCase(codePoint));
        set.set(Character.toTitleCase(codePoint));
        return set;
    }

    /** What a one-character pattern ({@code [a-z]}, {@code \w}, {@code .}, {@code \p{L}}) matches. */
    static BitSet ofPattern(String source) {
        synchronized (CACHE) {
            BitSet cached = CACHE.get(source);
            if (cached != null) {
                return cached;
            }
        }
        BitSet set = new BitSet(SUPPLEMENTARY + 1);
        Pattern pattern = Pattern.compile(source, FLAGS);
        // One scan over every BMP character but the surrogates: a one-character pattern finds
        // exactly the characters it matches, and one find() loop costs a cold JVM a fraction of
        // 63,000 separate matches() calls. Surrogates would pair up in such a string, so each is
        // asked alone, as a note's unpaired surrogate would be.
        Matcher matcher = pattern.matcher(EVERY_NON_SURROGATE);
        while (matcher.find()) {
            set.set(EVERY_NON_SURROGATE.charAt(matcher.start()));
        }
        char[] one = new char[1];
        java.nio.CharBuffer buffer = java.nio.CharBuffer.wrap(one);
        for (int c = Character.MIN_SURROGATE; c <= Character.MAX_SURROGATE; c++) {
            one[0] = (char) c;
            buffer.rewind();
            if (matcher.reset(buffer).matches()) {
                set.set(c);
            }
        }
        if (matcher.reset(new String(Character.toChars(0x1F600))).matches()) {
            set.set(SUPPLEMENTARY);
        }
        synchronized (CACHE) {
            CACHE.put(source, set);
        }
        return set;
    }
}
