package dev.knigge.audit;

import dev.knigge.request.Activity;
import dev.knigge.request.ReviewRequest;
import java.time.Duration;

/**
 * What a sender's other requests say about one request, as the campaign audit fills it in: how
 * many requests of the same type the sender sent before it, and how many recipients get its note
 * or a near copy ({@link NoteSignature#nearCopyOf}). A campaign counts every request of the
 * campaign; a stream of requests counts the sender's history of the {@link #WINDOW} before the
 * request. {@link #fillIn} puts them into the request where it states none. Immutable.
 *
 * @param similarSentBefore requests of the request's type the sender sent before it
 * @param sameNoteRecipients recipients of its note or a near copy, this one included; {@code null}
 *        when the request has no note
 */
public record SenderCounts(int similarSentBefore, Integer sameNoteRecipients) {
    /** How far back {@code activity.similarSentLast7Days} looks: 7 days. */
    public static final Duration WINDOW = Duration.ofDays(7);

    /** Checks the counts. */
    public SenderCounts {
        if (similarSentBefore < 0) {
            throw new IllegalArgumentException("similarSentBefore must be 0 or more (was " + similarSentBefore + ")");
        }
        if (sameNoteRecipients != null && sameNoteRecipients < 1) {
            throw new IllegalArgumentException("sameNoteRecipients must be 1 or more (was " + sameNoteRecipients + ")");
        }
    }

    /**
     * The request with these counts where it states none ({@code activity.similarSentLast7Days},
     * {@code activity.sameNoteRecipients}): values the request states win. The same request when
     * there is nothing to fill in.
     */
    public ReviewRequest fillIn(ReviewRequest request) {
        Activity activity = request.activity();
        boolean fillSameNote = activity.sameNoteRecipients() == null && sameNoteRecipients != null;
        boolean fillSent = activity.similarSentLast7Days() == null;
        if (!fillSameNote && !fillSent) {
            return request;
        }
        Activity.Builder filled = activity.toBuilder();
        if (fillSameNote) {
            filled.sameNoteRecipients(sameNoteRecipients);
        }
        if (fillSent) {
            filled.similarSentLast7Days(similarSentBefore);
        }
        return request.toBuilder().activity(filled.build()).build();
    }
}
