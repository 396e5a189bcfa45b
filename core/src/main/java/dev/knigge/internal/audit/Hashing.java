package dev.knigge.internal.audit;

/** 64-bit hashes for tokens, token sequences and shingles; stable across runs and JVMs. */
final class Hashing {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Hashing() {}

    /** A token's hash: FNV-1a over its characters, then MurmurHash3's finaliser. */
    static long of(CharSequence token) {
        long h = 0xCBF29CE484222325L ^ token.length();
        for (int i = 0; i < token.length(); i++) {
            h = (h ^ token.charAt(i)) * 0x100000001B3L;
        }
        return mix(h);
    }

    /** The hash of a token sequence, order-sensitive. */
    static long sequence(long[] tokens, int size) {
        long h = GOLDEN;
        for (int i = 0; i < size; i++) {
            h = (Long.rotateLeft(h, 23) ^ tokens[i]) * GOLDEN;
        }
        return mix(h ^ size);
    }

    /** The hash of two tokens in this order: a word bigram. */
    static long pair(long first, long second) {
        return mix(Long.rotateLeft(first, 29) ^ (second * 0xC2B2AE3D27D4EB4FL));
    }

    /** MurmurHash3's 64-bit finaliser: every input bit affects every output bit. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
