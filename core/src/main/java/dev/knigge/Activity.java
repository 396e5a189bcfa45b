package dev.knigge;

/**
 * What the requester has been sending. Counts are what was sent <em>before</em> this request.
 *
 * @param similarSentLast7Days requests of this type sent in the 7 days before this one, or
 *        {@code null} when not given (reviewed as 0; a campaign audit fills it in)
 * @param sameNoteRecipients recipients, this one included, who get this note or a near copy, or
 *        {@code null} when not given (reviewed as 1; a campaign audit fills it in)
 * @param pendingInvitations the requester's invitations still pending
 * @param acceptanceRate share of the requester's invitations accepted, 0..1, or {@code null}
 * @param restricted the platform restricts the requester's invitations
 * @param inMailCredits InMail credits left, or {@code null}
 */
public record Activity(Integer similarSentLast7Days, Integer sameNoteRecipients, int pendingInvitations,
                       Double acceptanceRate, boolean restricted, Integer inMailCredits) {

    /** Nothing said about the requester's activity. */
    public static final Activity NONE = builder().build();

    public Activity {
        Validation.count(similarSentLast7Days, "activity.similarSentLast7Days");
        if (sameNoteRecipients != null && sameNoteRecipients < 1) {
            throw new InvalidRequestException("$.activity.sameNoteRecipients",
                    "must be at least 1, this recipient included (was " + sameNoteRecipients + ")");
        }
        Validation.count(pendingInvitations, "activity.pendingInvitations");
        Validation.share(acceptanceRate, "activity.acceptanceRate");
        Validation.count(inMailCredits, "activity.inMailCredits");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this activity's values, for a modified copy. */
    public Builder toBuilder() {
        return new Builder().similarSentLast7Days(similarSentLast7Days).sameNoteRecipients(sameNoteRecipients)
                .pendingInvitations(pendingInvitations).acceptanceRate(acceptanceRate).restricted(restricted)
                .inMailCredits(inMailCredits);
    }

    /** Builds an {@link Activity}; defaults are those of the JSON request format. */
    public static final class Builder {
        private Integer similarSentLast7Days;
        private Integer sameNoteRecipients;
        private int pendingInvitations;
        private Double acceptanceRate;
        private boolean restricted;
        private Integer inMailCredits;

        private Builder() {}

        public Builder similarSentLast7Days(Integer similarSentLast7Days) {
            this.similarSentLast7Days = Validation.count(similarSentLast7Days, "activity.similarSentLast7Days");
            return this;
        }

        public Builder sameNoteRecipients(Integer sameNoteRecipients) {
            if (sameNoteRecipients != null && sameNoteRecipients < 1) {
                throw new InvalidRequestException("$.activity.sameNoteRecipients",
                        "must be at least 1, this recipient included (was " + sameNoteRecipients + ")");
            }
            this.sameNoteRecipients = sameNoteRecipients;
            return this;
        }

        public Builder pendingInvitations(int pendingInvitations) {
            this.pendingInvitations = Validation.count(pendingInvitations, "activity.pendingInvitations");
            return this;
        }

        public Builder acceptanceRate(Double acceptanceRate) {
            this.acceptanceRate = Validation.share(acceptanceRate, "activity.acceptanceRate");
            return this;
        }

        public Builder restricted(boolean restricted) {
            this.restricted = restricted;
            return this;
        }

        public Builder inMailCredits(Integer inMailCredits) {
            this.inMailCredits = Validation.count(inMailCredits, "activity.inMailCredits");
            return this;
        }

        public Activity build() {
            return new Activity(similarSentLast7Days, sameNoteRecipients, pendingInvitations, acceptanceRate,
                    restricted, inMailCredits);
        }
    }
}
