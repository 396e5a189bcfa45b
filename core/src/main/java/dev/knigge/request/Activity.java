package dev.knigge.request;

import java.util.Objects;

/**
 * What the requester has been sending. Counts are what was sent <em>before</em> this request.
 * Immutable; made by {@link #builder()}, whose setters check each value at once.
 */
public final class Activity {
    /** Nothing said about the requester's activity. */
    public static final Activity NONE = builder().build();

    private final Integer similarSentLast7Days;
    private final Integer sameNoteRecipients;
    private final int pendingInvitations;
    private final Double acceptanceRate;
    private final boolean restricted;
    private final Integer inMailCredits;

    private Activity(Builder b) {
        similarSentLast7Days = b.similarSentLast7Days;
        sameNoteRecipients = b.sameNoteRecipients;
        pendingInvitations = b.pendingInvitations;
        acceptanceRate = b.acceptanceRate;
        restricted = b.restricted;
        inMailCredits = b.inMailCredits;
    }

    /**
     * Requests of this type sent in the 7 days before this one, or {@code null} when not given:
     * reviewed as 0 (the activity rules see has it filled in), and a campaign audit fills it in.
     */
    public Integer similarSentLast7Days() {
        return similarSentLast7Days;
    }

    /**
     * Recipients, this one included, who get this note or a near copy, or {@code null} when not
     * given: reviewed as 1 (the activity rules see has it filled in), and a campaign audit fills it in.
     */
    public Integer sameNoteRecipients() {
        return sameNoteRecipients;
    }

    /** The requester's invitations still pending. */
    public int pendingInvitations() {
        return pendingInvitations;
    }

    /** Share of the requester's invitations accepted, 0..1, or {@code null} when unknown. */
    public Double acceptanceRate() {
        return acceptanceRate;
    }

    /** The platform restricts the requester's invitations. */
    public boolean restricted() {
        return restricted;
    }

    /** InMail credits left, or {@code null} when unknown. */
    public Integer inMailCredits() {
        return inMailCredits;
    }

    /** A builder with the defaults of the JSON request format. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this activity's values, for a modified copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.similarSentLast7Days = similarSentLast7Days;
        b.sameNoteRecipients = sameNoteRecipients;
        b.pendingInvitations = pendingInvitations;
        b.acceptanceRate = acceptanceRate;
        b.restricted = restricted;
        b.inMailCredits = inMailCredits;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof Activity a && Objects.equals(similarSentLast7Days, a.similarSentLast7Days)
                && Objects.equals(sameNoteRecipients, a.sameNoteRecipients) && pendingInvitations == a.pendingInvitations
                && Objects.equals(acceptanceRate, a.acceptanceRate) && restricted == a.restricted
                && Objects.equals(inMailCredits, a.inMailCredits));
    }

    @Override
    public int hashCode() {
        return Objects.hash(similarSentLast7Days, sameNoteRecipients, pendingInvitations, acceptanceRate, restricted,
                inMailCredits);
    }

    /** {@code Activity[similarSentLast7Days=…, …]}, every value. */
    @Override
    public String toString() {
        return "Activity[similarSentLast7Days=" + similarSentLast7Days + ", sameNoteRecipients=" + sameNoteRecipients
                + ", pendingInvitations=" + pendingInvitations + ", acceptanceRate=" + acceptanceRate
                + ", restricted=" + restricted + ", inMailCredits=" + inMailCredits + "]";
    }

    /** Builds an {@link Activity}; each setter checks its value at once and names the field when it fails. */
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
            return new Activity(this);
        }
    }
}
