package dev.knigge.internal.audit;

import dev.knigge.internal.engine.Derivation;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;

/** The per-request readings of an audit that the report counts (the campaign's counts are {@link dev.knigge.audit.SenderCounts}). */
final class CampaignFacts {
    private CampaignFacts() {}

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
