package dev.knigge.internal.audit;

import java.util.Arrays;

/** Disjoint sets over 0..n-1 with path halving; the smallest member is always its set's root. Not thread-safe. */
final class UnionFind {
    private final int[] parent;

    UnionFind(int size) {
        parent = new int[size];
        Arrays.setAll(parent, i -> i);
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    boolean same(int a, int b) {
        return find(a) == find(b);
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra < rb) {
            parent[rb] = ra;
        } else if (rb < ra) {
            parent[ra] = rb;
        }
    }
}
