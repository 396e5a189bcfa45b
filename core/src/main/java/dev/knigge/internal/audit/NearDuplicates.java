package dev.knigge.internal.audit;

import dev.knigge.audit.NoteSignature;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Joins templates whose notes are near copies, by locality-sensitive hashing over their MinHash
 * signatures: for each of {@link MinHash#BANDS} bands, templates whose band agrees land in one
 * bucket, and members of a bucket are compared with up to {@link #REPRESENTATIVES} of its
 * distinct clusters so far; those at or above {@link NoteSignature#NEAR_COPY} are joined. With 40 bands of 3
 * rows, a pair at the threshold becomes a candidate with probability 1 − (1 − 0.5³)⁴⁰ ≈ 0.995, a
 * pair at 0.7 almost surely. Buckets are found by sorting, band by band, so the only memory
 * beyond the signatures is one {@code long} per template.
 */
final class NearDuplicates {
    /** Clusters per bucket a member is compared with; bounds the work of crowded buckets. */
    static final int REPRESENTATIVES = 8;
    /** Template ids are packed into the low 24 bits of a sort key. */
    private static final int ID_BITS = 24;
    private static final long ID_MASK = (1L << ID_BITS) - 1;
    private static final Logger LOG = LoggerFactory.getLogger(NearDuplicates.class);

    private NearDuplicates() {}

    /**
     * Joins near copies among the first {@code size} templates.
     *
     * @param signatures the templates' signatures, {@link MinHash#SIZE} per template
     * @param signed which templates have a signature (a note with nothing left after normalisation has none)
     */
    static void join(char[] signatures, boolean[] signed, int size, UnionFind clusters) {
        if (size > ID_MASK) {
            LOG.debug("{} distinct notes: too many to look for near copies; exact copies still count", size);
            return;
        }
        int count = 0;
        for (int i = 0; i < size; i++) {
            count += signed[i] ? 1 : 0;
        }
        if (count < 2) {
            return;
        }
        long[] keys = new long[count];
        int[] representatives = new int[REPRESENTATIVES];
        for (int band = 0; band < MinHash.BANDS; band++) {
            int k = 0;
            for (int i = 0; i < size; i++) {
                if (signed[i]) {
                    long bucket = Hashing.mix(MinHash.band(signatures, i, band) + band * 0x9E3779B97F4A7C15L);
                    keys[k++] = (bucket & ~ID_MASK) | i;
                }
            }
            Arrays.sort(keys);
            for (int start = 0, end; start < count; start = end) {
                long bucket = keys[start] & ~ID_MASK;
                end = start + 1;
                while (end < count && (keys[end] & ~ID_MASK) == bucket) {
                    end++;
                }
                if (end - start > 1) {
                    joinBucket(keys, start, end, signatures, clusters, representatives);
                }
            }
        }
    }

    private static void joinBucket(long[] keys, int start, int end, char[] signatures, UnionFind clusters,
                                   int[] representatives) {
        int known = 0;
        for (int k = start; k < end; k++) {
            int member = (int) (keys[k] & ID_MASK);
            boolean placed = false;
            // Every representative, not just the first match: a member similar to two clusters joins them.
            for (int r = 0; r < known; r++) {
                int representative = representatives[r];
                if (clusters.same(representative, member)) {
                    placed = true;
                } else if (MinHash.similarity(signatures, representative, member) >= NoteSignature.NEAR_COPY) {
                    clusters.union(representative, member);
                    placed = true;
                }
            }
            if (!placed && known < REPRESENTATIVES) {
                representatives[known++] = member;
            }
        }
    }
}
