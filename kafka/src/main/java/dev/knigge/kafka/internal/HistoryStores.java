package dev.knigge.kafka.internal;

import dev.knigge.audit.SenderCounts;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The two window stores of a sender's history, persistent (RocksDB) and logged to changelog
 * topics, so they survive restarts and move with their partitions. Every entry is one request,
 * at its event time; an entry lives for the {@link SenderCounts#WINDOW} a count looks back plus
 * {@link #LATENESS}, so a request up to that late still sees its whole week.
 */
public final class HistoryStores {
    /** Sender and request type → one entry per request: what {@code similarSentLast7Days} counts. */
    public static final String SENT = "knigge-sent";
    /** Sender → the note signature of each request with a note: what {@code sameNoteRecipients} counts. */
    public static final String NOTES = "knigge-notes";
    /** How late (behind the stream's time) a request may come and still be counted against its whole week. */
    public static final Duration LATENESS = Duration.ofDays(1);
    /** How long the stores keep an entry: the window and the lateness. */
    public static final Duration RETENTION = SenderCounts.WINDOW.plus(LATENESS);

    private HistoryStores() {}

    /** The store of requests by sender and type. */
    public static StoreBuilder<WindowStore<String, byte[]>> sent() {
        return store(SENT);
    }

    /** The store of note signatures by sender. */
    public static StoreBuilder<WindowStore<String, byte[]>> notes() {
        return store(NOTES);
    }

    private static StoreBuilder<WindowStore<String, byte[]>> store(String name) {
        // Duplicates retained: every request is an entry of its own, even two at the same millisecond.
        // Caching does not apply to such a store, so none is asked for.
        return Stores.windowStoreBuilder(
                Stores.persistentWindowStore(name, RETENTION, SenderCounts.WINDOW, true),
                Serdes.String(), Serdes.ByteArray());
    }
}
