package dev.knigge.kafka.internal;

import dev.knigge.audit.NoteSignature;
import dev.knigge.audit.SenderCounts;
import dev.knigge.request.RequestType;
import org.apache.kafka.streams.state.WindowStore;

/**
 * A sender's requests of the last {@link SenderCounts#WINDOW}, as the campaign audit counts a
 * campaign: {@code similarSentLast7Days} is the requests of the same type the sender sent in the
 * window before this one (event time {@code t}: from {@code t − 7 days}, exclusive, to {@code t},
 * inclusive, those at {@code t} only when they came first); {@code sameNoteRecipients} is one plus
 * the notes in that window that {@link NoteSignature#nearCopyOf are near copies} of this one. The
 * stores are read through {@link RecentEntries}, so a sender who keeps sending is read from disk
 * once; a count still looks at every entry of the sender's week. Not thread-safe: one per task.
 */
final class SenderHistory {
    /** The value of an entry in the store of requests: the key and time say everything. */
    private static final byte[] SENT = new byte[0];

    private final RecentEntries<Boolean> sent;
    private final RecentEntries<NoteSignature> notes;

    /**
     * The history kept in the two stores.
     *
     * @param cachedEntries the entries of each store held in memory, at most (the current sender's always are)
     */
    SenderHistory(WindowStore<String, byte[]> sent, WindowStore<String, byte[]> notes, int cachedEntries) {
        long retention = HistoryStores.RETENTION.toMillis();
        this.sent = new RecentEntries<>(sent, bytes -> Boolean.TRUE, retention, cachedEntries);
        this.notes = new RecentEntries<>(notes, NoteSignature::fromBytes, retention, cachedEntries);
    }

    /**
     * What the sender's week before {@code time} says about a request.
     *
     * @param signature the request's note signature, or {@code null} when it has no note
     */
    SenderCounts before(String sender, RequestType type, NoteSignature signature, long time) {
        long from = from(time);
        int similar = sent.count(typeKey(sender, type), from, time, entry -> true);
        if (signature == null) {
            return new SenderCounts(similar, null);
        }
        return new SenderCounts(similar, 1 + notes.count(sender, from, time, signature::nearCopyOf));
    }

    /** Adds a request to the sender's history. */
    void add(String sender, RequestType type, NoteSignature signature, long time) {
        sent.put(typeKey(sender, type), SENT, Boolean.TRUE, time);
        if (signature != null) {
            notes.put(sender, signature.toBytes(), signature, time);
        }
    }

    /** The first millisecond that still counts for a request at {@code time} (record times are never negative). */
    private static long from(long time) {
        return Math.max(0, time - SenderCounts.WINDOW.toMillis() + 1);
    }

    /** A sender's key for one request type; the NUL cannot be part of a request type's name. */
    private static String typeKey(String sender, RequestType type) {
        return sender + '\u0000' + type.name();
    }
}
