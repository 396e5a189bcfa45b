package dev.knigge.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.junit.jupiter.api.Test;

/** The in-memory copy of a store's recent keys counts exactly what the store holds, evicted or not. */
class RecentEntriesTest {
    private static final long DAY = Duration.ofDays(1).toMillis();

    private static WindowStore<String, byte[]> store() {
        WindowStore<String, byte[]> store = Stores.windowStoreBuilder(
                Stores.inMemoryWindowStore("test", Duration.ofDays(8), Duration.ofDays(7), true),
                Serdes.String(), Serdes.ByteArray()).withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        return store;
    }

    private static RecentEntries<String> entries(WindowStore<String, byte[]> store, int maxEntries) {
        return new RecentEntries<>(store, bytes -> new String(bytes, StandardCharsets.UTF_8), 8 * DAY, maxEntries);
    }

    private static void put(RecentEntries<String> entries, String key, String value, long time) {
        entries.put(key, value.getBytes(StandardCharsets.UTF_8), value, time);
    }

    @Test
    void countsTheEntriesInTheRangeThatMatch() {
        RecentEntries<String> entries = entries(store(), 100);
        put(entries, "max", "pitch", 1 * DAY);
        put(entries, "max", "note", 2 * DAY);
        put(entries, "max", "pitch", 3 * DAY);
        put(entries, "eva", "pitch", 3 * DAY);

        assertThat(entries.count("max", 0, 3 * DAY, "pitch"::equals)).isEqualTo(2);
        assertThat(entries.count("max", 2 * DAY, 3 * DAY, value -> true)).isEqualTo(2);
        assertThat(entries.count("max", 1 * DAY + 1, 2 * DAY - 1, value -> true)).isZero();
        assertThat(entries.count("nobody", 0, Long.MAX_VALUE, value -> true)).isZero();
    }

    @Test
    void writesEveryEntryToTheStore() {
        WindowStore<String, byte[]> store = store();
        RecentEntries<String> entries = entries(store, 100);
        put(entries, "max", "pitch", DAY);
        put(entries, "max", "pitch", DAY);

        int stored = 0;
        try (WindowStoreIterator<byte[]> all = store.fetch("max", 0, Long.MAX_VALUE)) {
            while (all.hasNext()) {
                all.next();
                stored++;
            }
        }
        assertThat(stored).isEqualTo(2);
    }

    @Test
    void anEvictedKeyIsReadFromTheStoreAgain() {
        WindowStore<String, byte[]> store = store();
        RecentEntries<String> small = entries(store, 2);
        put(small, "max", "a", DAY);
        put(small, "max", "b", 2 * DAY);
        put(small, "eva", "c", 2 * DAY);   // evicts max
        put(small, "max", "d", 3 * DAY);   // max read back from the store, then d added

        assertThat(small.count("max", 0, 3 * DAY, value -> true)).isEqualTo(3);
        assertThat(entries(store, 100).count("max", 0, 3 * DAY, value -> true)).isEqualTo(3);
    }

    @Test
    void dropsWhatIsOlderThanTheRetentionBeforeTheNewestAsAKeyGrows() {
        RecentEntries<String> entries = entries(store(), 100);
        put(entries, "max", "old", 0);
        for (int i = 1; i <= 8; i++) {
            put(entries, "max", "new", 10 * DAY + i);
        }

        assertThat(entries.count("max", 0, Long.MAX_VALUE, value -> true)).isEqualTo(8);
    }
}
