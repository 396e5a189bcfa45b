package dev.knigge.internal.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign's notes as templates: every distinct normalised note once, with how many requests
 * carry it and its MinHash signature; after {@link #cluster()}, near copies are joined into one
 * cluster. Its memory grows with the number of distinct templates, never with the number of
 * requests: about 300 bytes per distinct template while indexing, a third of that afterwards.
 *
 * <p>Filled by one thread ({@link #add}, then {@link #cluster}); read-only and safe to share
 * between threads afterwards.
 */
final class TemplateIndex {
    private final Map<Long, Integer> ids = new HashMap<>();
    private long[] keys = new long[16];
    private int[] counts = new int[16];
    private boolean[] signed = new boolean[16];
    private char[] signatures = new char[16 * MinHash.SIZE];
    private int size;
    private int[] roots;
    private int[] clusterSizes;

    /** Counts one request's note. */
    void add(Fingerprint fingerprint) {
        Integer known = ids.get(fingerprint.key());
        if (known != null) {
            counts[known]++;
            return;
        }
        int id = newTemplate(fingerprint.key(), 1);
        long[] shingles = fingerprint.shingles();
        if (shingles.length > 0) {
            MinHash.sign(shingles, signatures, id * MinHash.SIZE);
            signed[id] = true;
        }
    }

    /** Adds another index's templates and counts, after this one's: for indexing parts of a campaign in parallel. */
    void addAll(TemplateIndex other) {
        for (int from = 0; from < other.size; from++) {
            Integer known = ids.get(other.keys[from]);
            if (known != null) {
                counts[known] += other.counts[from];
                continue;
            }
            int id = newTemplate(other.keys[from], other.counts[from]);
            if (other.signed[from]) {
                System.arraycopy(other.signatures, from * MinHash.SIZE, signatures, id * MinHash.SIZE, MinHash.SIZE);
                signed[id] = true;
            }
        }
    }

    private int newTemplate(long key, int count) {
        if (size == counts.length) {
            int grown = size * 2;
            keys = Arrays.copyOf(keys, grown);
            counts = Arrays.copyOf(counts, grown);
            signed = Arrays.copyOf(signed, grown);
            signatures = Arrays.copyOf(signatures, grown * MinHash.SIZE);
        }
        int id = size++;
        ids.put(key, id);
        keys[id] = key;
        counts[id] = count;
        return id;
    }

    /** Joins near copies; after this the index answers lookups and no longer changes. */
    void cluster() {
        UnionFind clusters = new UnionFind(size);
        NearDuplicates.join(signatures, signed, size, clusters);
        signatures = null;
        signed = null;
        roots = new int[size];
        clusterSizes = new int[size];
        for (int id = 0; id < size; id++) {
            roots[id] = clusters.find(id);
            clusterSizes[roots[id]] += counts[id];
        }
    }

    /** The template id of a fingerprint's key, or -1 when the first pass did not see it. */
    int id(long key) {
        Integer id = ids.get(key);
        return id == null ? -1 : id;
    }

    /** The cluster a template belongs to, named by its first template. */
    int cluster(int id) {
        return roots[id];
    }

    /** How many requests carry this template or a near copy of it. */
    int clusterSize(int id) {
        return clusterSizes[roots[id]];
    }

    /** The distinct templates seen. */
    int distinct() {
        return size;
    }

    /** The largest clusters of two requests or more, largest first (first seen first among equals). */
    List<Integer> largest(int limit) {
        List<Integer> clusters = new ArrayList<>();
        for (int id = 0; id < size; id++) {
            if (roots[id] == id && clusterSizes[id] >= 2) {
                clusters.add(id);
            }
        }
        clusters.sort((a, b) -> clusterSizes[a] != clusterSizes[b] ? Integer.compare(clusterSizes[b], clusterSizes[a])
                : Integer.compare(a, b));
        return clusters.size() > limit ? List.copyOf(clusters.subList(0, limit)) : clusters;
    }

    /** How many clusters reach {@code threshold} requests, and how many requests they hold together. */
    int[] clustersFrom(int threshold) {
        int clusters = 0;
        int requests = 0;
        for (int id = 0; id < size; id++) {
            if (roots[id] == id && clusterSizes[id] >= threshold) {
                clusters++;
                requests += clusterSizes[id];
            }
        }
        return new int[] {clusters, requests};
    }
}
