package dev.knigge.kafka.internal;

import dev.knigge.audit.NoteSignature;
import dev.knigge.audit.SenderCounts;
import dev.knigge.request.RequestType;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * A sender's requests of the last {@link SenderCounts#WINDOW}, as the campaign audit counts a
 * campaign: {@code similarSentLast7Days} is the requests of the same type the sender sent in the
 * window before this one (event time {@code t}: from {@code t − 7 days}, exclusive, to {@code t},
 * inclusive, those at {@code t} only when they came first); {@code sameNoteRecipients} is one plus
 * the notes in that window that {@link NoteSignature#nearCopyOf are near copies} of this one.
 * A count reads every entry of the sender's week: its cost grows with what the sender sent.
 * Not thread-safe: one per stream task.
 */
final class SenderHistory {
    /** The value of an entry in the store of requests: the key and time say everything. */
    private static final byte[] SENT = new byte[0];

    private final WindowStore<String, byte[]> sent;
    private final WindowStore<String, byte[]> notes;

    SenderHistory(WindowStore<String, byte[]> sent, WindowStore<String, byte[]> notes) {
        this.sent = sent;
        this.notes = notes;
    }

    /**
     * What the sender's week before {@code time} says about a request.
     *
     * @param signature the request's note signature, or {@code null} when it has no note
     */
    SenderCounts before(String sender, RequestType type, NoteSignature signature, long time) {
        long from = from(time);
        int similar = 0;
        try (WindowStoreIterator<byte[]> entries = sent.fetch(typeKey(sender, type), from, time)) {
            while (entries.hasNext()) {
                entries.next();
                similar++;
            }
        }
        if (signature == null) {
            return new SenderCounts(similar, null);
        }
        int sameNote = 1;
        try (WindowStoreIterator<byte[]> entries = notes.fetch(sender, from, time)) {
            while (entries.hasNext()) {
                if (signature.nearCopyOf(NoteSignature.fromBytes(entries.next().value))) {
                    sameNote++;
                }
            }
        }
        return new SenderCounts(similar, sameNote);
    }

    /** Adds a request to the sender's history. */
    void add(String sender, RequestType type, NoteSignature signature, long time) {
        sent.put(typeKey(sender, type), SENT, time);
        if (signature != null) {
            notes.put(sender, signature.toBytes(), time);
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
