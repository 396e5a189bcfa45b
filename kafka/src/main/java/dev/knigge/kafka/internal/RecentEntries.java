package dev.knigge.kafka.internal;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The entries of a window store's recently used keys, in memory in front of it: a count over a
 * key's entries reads the store once (everything it retains for the key), and later counts read
 * memory only; every entry is written to the store as well, so the store stays the state that is
 * logged, restored and survives restarts, and this is only ever a copy of it. Keys are evicted least
 * recently used first once more than {@code maxEntries} entries are held; a key's entries older than
 * the store's retention before its newest are dropped as it grows. Made afresh in every
 * {@code init} of a task, so it never outlives a restore. Not thread-safe: one per task.
 *
 * @param <V> an entry's value, decoded once when read from the store
 */
final class RecentEntries<V> {
    private final WindowStore<String, byte[]> store;
    private final Function<byte[], V> decode;
    private final long retention;
    private final int maxEntries;
    private final Map<String, Entries<V>> keys = new LinkedHashMap<>(256, 0.75f, true);
    private int held;

    RecentEntries(WindowStore<String, byte[]> store, Function<byte[], V> decode, long retention, int maxEntries) {
        this.store = store;
        this.decode = decode;
        this.retention = retention;
        this.maxEntries = maxEntries;
    }

    /** How many of the key's entries from {@code from} to {@code to} (both inclusive) match. */
    int count(String key, long from, long to, Predicate<? super V> matches) {
        Entries<V> entries = entries(key);
        int count = 0;
        for (int i = 0; i < entries.size; i++) {
            long time = entries.times[i];
            if (time >= from && time <= to && matches.test(entries.value(i))) {
                count++;
            }
        }
        return count;
    }

    /** Adds an entry, to the store and here. */
    void put(String key, byte[] bytes, V value, long time) {
        Entries<V> entries = entries(key);
        store.put(key, bytes, time);
        held += entries.add(time, value, retention);
        evict();
    }

    private Entries<V> entries(String key) {
        Entries<V> entries = keys.get(key);
        if (entries == null) {
            entries = new Entries<>();
            try (WindowStoreIterator<byte[]> stored = store.fetch(key, 0, Long.MAX_VALUE)) {
                while (stored.hasNext()) {
                    KeyValue<Long, byte[]> entry = stored.next();
                    held += entries.add(entry.key, decode.apply(entry.value), Long.MAX_VALUE);
                }
            }
            keys.put(key, entries);
            evict();
        }
        return entries;
    }

    private void evict() {
        Iterator<Entries<V>> eldest = keys.values().iterator();
        // The most recently used key stays, however many entries it has.
        while (held > maxEntries && keys.size() > 1) {
            held -= eldest.next().size;
            eldest.remove();
        }
    }

    /** One key's entries in the order they were written (which is time order but for late ones). */
    private static final class Entries<V> {
        private long[] times = new long[4];
        private Object[] values = new Object[4];
        private int size;
        private long newest = Long.MIN_VALUE;

        /** Adds an entry and returns by how much the count of entries changed (old ones may go). */
        int add(long time, V value, long retention) {
            int before = size;
            newest = Math.max(newest, time);
            if (size == times.length) {
                prune(retention);
                if (size == times.length) {
                    times = Arrays.copyOf(times, size * 2);
                    values = Arrays.copyOf(values, size * 2);
                }
            }
            times[size] = time;
            values[size] = value;
            size++;
            return size - before;
        }

        /** Drops what the store no longer counts for the newest entry: older than its retention. */
        private void prune(long retention) {
            long oldest = newest - retention;
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (times[i] >= oldest) {
                    times[kept] = times[i];
                    values[kept] = values[i];
                    kept++;
                }
            }
            Arrays.fill(values, kept, size, null);
            size = kept;
        }

        @SuppressWarnings("unchecked")
        V value(int i) {
            return (V) values[i];
        }
    }
}
