package dev.knigge.internal.audit;

/**
 * A note reduced to what stays the same across copies of one template: its normalised tokens
 * (as hashes), the key of the exact token sequence, and whether the note names the recipient's
 * profile (for the off-topic share).
 *
 * @param key the hash of the normalised token sequence: copies that differ only in recipient-specific
 *        words share it
 * @param tokens the hashes of the normalised tokens, in order
 * @param mentionsProfile whether the note names one of the recipient's interests, industry or groups
 */
record Fingerprint(long key, long[] tokens, boolean mentionsProfile) {

    /**
     * The note's shingles: hashes of its word bigrams, or of its one word; empty when nothing is
     * left after normalisation. Bigrams rather than longer shingles because notes are short: one
     * unrecognised word swapped in (a company name) changes two shingles, not three or more.
     */
    long[] shingles() {
        if (tokens.length == 0) {
            return tokens;
        }
        if (tokens.length == 1) {
            return new long[] {Hashing.pair(tokens[0], 0)};
        }
        long[] shingles = new long[tokens.length - 1];
        for (int i = 0; i < shingles.length; i++) {
            shingles[i] = Hashing.pair(tokens[i], tokens[i + 1]);
        }
        return shingles;
    }
}
