package dev.knigge.internal.audit;

import dev.knigge.audit.NoteSignature;
import java.util.SplittableRandom;

/**
 * MinHash signatures of shingle sets, for estimating the Jaccard similarity of two notes
 * (Broder 1997). A signature holds {@link #SIZE} minima, one per hash function; the share of
 * positions where two signatures agree estimates the Jaccard similarity of their sets, with a
 * standard error of at most 0.046 at the threshold (√(0.25/120)).
 *
 * <p>Each minimum is kept as its low 16 bits (b-bit MinHash, Li and König 2010): two different
 * minima agree by chance once in 65,536 times, which moves an estimate by less than 0.0001,
 * and it halves the memory the signatures take.
 *
 * <p>The hash functions are multiply-shift ({@code (a·x + b) >>> 32}, {@code a} odd) over the
 * shingles' 64-bit hashes, with fixed seeds so that results do not change between runs.
 */
final class MinHash {
    /** Hash functions per signature: {@link #BANDS} × {@link #ROWS} for LSH; a {@link NoteSignature} holds them. */
    static final int SIZE = NoteSignature.MINIMA;
    /** LSH bands; two signatures that agree on all rows of one band become a candidate pair. */
    static final int BANDS = 40;
    /** Rows per band. */
    static final int ROWS = 3;

    private static final long[] A = new long[SIZE];
    private static final long[] B = new long[SIZE];

    static {
        SplittableRandom random = new SplittableRandom(0x6B6E6967L);
        for (int i = 0; i < SIZE; i++) {
            A[i] = random.nextLong() | 1L;
            B[i] = random.nextLong();
        }
    }

    private MinHash() {}

    /** Writes the signature of a non-empty shingle set to {@code into} from {@code offset}. */
    static void sign(long[] shingles, char[] into, int offset) {
        for (int j = 0; j < SIZE; j++) {
            long a = A[j];
            long b = B[j];
            long min = Long.MAX_VALUE;
            for (long shingle : shingles) {
                long value = (a * shingle + b) >>> 32;
                if (value < min) {
                    min = value;
                }
            }
            into[offset + j] = (char) min;
        }
    }

    /** The estimated Jaccard similarity of two signatures stored in {@code signatures}. */
    static double similarity(char[] signatures, int first, int second) {
        int a = first * SIZE;
        int b = second * SIZE;
        int agree = 0;
        for (int j = 0; j < SIZE; j++) {
            if (signatures[a + j] == signatures[b + j]) {
                agree++;
            }
        }
        return agree / (double) SIZE;
    }

    /** The 48 bits of one band of a signature. */
    static long band(char[] signatures, int template, int band) {
        int at = template * SIZE + band * ROWS;
        return ((long) signatures[at] << 32) | ((long) signatures[at + 1] << 16) | signatures[at + 2];
    }
}
