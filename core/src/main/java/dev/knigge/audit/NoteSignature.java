package dev.knigge.audit;

import java.util.Arrays;
import java.util.Objects;

/**
 * A note as the campaign audit compares notes: the key of its template (its words normalised,
 * with the recipient's name and profile words, the request's topics, numbers and links as
 * placeholders and the salutation left out) and a MinHash signature of the template's word
 * bigrams. Two notes are near copies when they share the template, or when their signatures
 * estimate a Jaccard similarity of {@link #NEAR_COPY} or more: that is how {@code audit} counts
 * {@code sameNoteRecipients}, and how a stream of requests can count it from a sender's history.
 * {@link dev.knigge.Advisor#noteSignature} makes one with the policy's salutations;
 * {@link #toBytes()} and {@link #fromBytes(byte[])} keep it in a store. Immutable and thread-safe.
 */
public final class NoteSignature {
    /**
     * The estimated Jaccard similarity of two normalised notes' word-bigram sets from which they
     * count as one template. Names, profile words, topics, numbers and links are already
     * placeholders, so what is left to differ is what normalisation cannot see — a company name,
     * a rephrased word. In a note of 20 words, one such word swapped in leaves a similarity of
     * about 0.81, two about 0.65 and three about 0.52; two honestly written notes share a few
     * stock phrases ("I'd love to connect") and stay near 0.1. 0.5 sits between: a template with
     * a few words changed is still the template, a note written for its reader is not.
     */
    public static final double NEAR_COPY = 0.5;
    /** The minima of a signature, one per hash function (each its low 16 bits). */
    public static final int MINIMA = 120;

    private static final byte FORMAT = 1;
    private static final int HEADER = 1 + Long.BYTES;

    private final long template;
    private final char[] minima;

    private NoteSignature(long template, char[] minima) {
        this.template = template;
        this.minima = minima;
    }

    /**
     * The signature of a template.
     *
     * @param template the key of the note's template
     * @param minima the {@value #MINIMA} minima of its word bigrams, or {@code null} when no word is
     *        left after normalisation (then only the same template is a near copy)
     */
    public static NoteSignature of(long template, char[] minima) {
        if (minima != null && minima.length != MINIMA) {
            throw new IllegalArgumentException("minima.length must be " + MINIMA + " (was " + minima.length + ")");
        }
        return new NoteSignature(template, minima == null ? null : minima.clone());
    }

    /**
     * Reads a signature that {@link #toBytes()} wrote.
     *
     * @throws IllegalArgumentException when the bytes are not one
     */
    public static NoteSignature fromBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes == null");
        if (bytes.length == 0 || bytes[0] != FORMAT) {
            throw new IllegalArgumentException("not a note signature of format " + FORMAT);
        }
        if (bytes.length != HEADER && bytes.length != HEADER + 2 * MINIMA) {
            throw new IllegalArgumentException("a note signature has " + HEADER + " or " + (HEADER + 2 * MINIMA)
                    + " bytes (was " + bytes.length + ")");
        }
        long template = 0;
        for (int i = 1; i < HEADER; i++) {
            template = (template << 8) | (bytes[i] & 0xFF);
        }
        if (bytes.length == HEADER) {
            return new NoteSignature(template, null);
        }
        char[] minima = new char[MINIMA];
        for (int j = 0; j < MINIMA; j++) {
            minima[j] = (char) (((bytes[HEADER + 2 * j] & 0xFF) << 8) | (bytes[HEADER + 2 * j + 1] & 0xFF));
        }
        return new NoteSignature(template, minima);
    }

    /** The signature as bytes: a format byte, the template key, the minima (2 bytes each) when it has them. */
    public byte[] toBytes() {
        byte[] bytes = new byte[HEADER + (minima == null ? 0 : 2 * MINIMA)];
        bytes[0] = FORMAT;
        for (int i = 0; i < Long.BYTES; i++) {
            bytes[1 + i] = (byte) (template >>> (8 * (Long.BYTES - 1 - i)));
        }
        if (minima != null) {
            for (int j = 0; j < MINIMA; j++) {
                bytes[HEADER + 2 * j] = (byte) (minima[j] >>> 8);
                bytes[HEADER + 2 * j + 1] = (byte) minima[j];
            }
        }
        return bytes;
    }

    /** The key of the note's template: notes that differ only in recipient-specific words share it. */
    public long template() {
        return template;
    }

    /**
     * The estimated Jaccard similarity of the two templates' word bigrams: 1 for the same template,
     * else the share of minima the signatures agree on (0 when either has none).
     */
    public double similarity(NoteSignature other) {
        Objects.requireNonNull(other, "other == null");
        if (template == other.template) {
            return 1.0;
        }
        if (minima == null || other.minima == null) {
            return 0.0;
        }
        int agree = 0;
        for (int j = 0; j < MINIMA; j++) {
            if (minima[j] == other.minima[j]) {
                agree++;
            }
        }
        return agree / (double) MINIMA;
    }

    /** Whether the other note is this one or a near copy of it, as the audit joins templates. */
    public boolean nearCopyOf(NoteSignature other) {
        return similarity(other) >= NEAR_COPY;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoteSignature other && template == other.template && Arrays.equals(minima, other.minima);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(template);
    }

    @Override
    public String toString() {
        return "NoteSignature[template=" + Long.toHexString(template) + (minima == null ? ", no minima]" : "]");
    }
}
