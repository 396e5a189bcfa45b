package dev.knigge.internal.audit;

import dev.knigge.internal.engine.Derivation;
import dev.knigge.request.Activity;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;

/** The per-request facts of an audit: the campaign's counts filled in, and the readings the report counts. */
final class CampaignFacts {
    private CampaignFacts() {}

    /**
     * The request with the campaign's counts where it gave none; values it gives explicitly win.
     *
     * @param sameNote recipients of this note or a near copy, this one included; {@code null} when it has no note
     * @param sentBefore campaign requests of this type by this requester before this one
     */
    static ReviewRequest fill(ReviewRequest request, Integer sameNote, int sentBefore) {
        Activity activity = request.activity();
        boolean fillSameNote = activity.sameNoteRecipients() == null && sameNote != null;
        boolean fillSent = activity.similarSentLast7Days() == null;
        if (!fillSameNote && !fillSent) {
            return request;
        }
        Activity.Builder filled = activity.toBuilder();
        if (fillSameNote) {
            filled.sameNoteRecipients(sameNote);
        }
        if (fillSent) {
            filled.similarSentLast7Days(sentBefore);
        }
        return request.toBuilder().activity(filled.build()).build();
    }

    /** A stranger, as the norms read it (the review's own derived reading). */
    static boolean stranger(ReviewRequest request) {
        return Derivation.stranger(request.relationship());
    }

    /**
     * A group or discussion invitation whose topic the recipient's profile does not show: no
     * overlap as the review derives it (the request's topics, group topics and skill against the
     * recipient's interests, industry and groups, or the note naming one of them). An empty
     * profile is unknown, never off-topic.
     */
    static boolean offTopic(ReviewRequest request, boolean noteMentionsProfile) {
        if (request.type() != RequestType.GROUP_INVITE && request.type() != RequestType.DISCUSSION_INVITE) {
            return false;
        }
        return Boolean.FALSE.equals(Derivation.overlap(request, noteMentionsProfile));
    }
}
