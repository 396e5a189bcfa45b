package dev.knigge.request;

import java.util.Objects;

/**
 * The sender's own answers about their note ("does it say why?", "how do you know them?"…), the
 * request's {@code declared} object in JSON. A non-null answer overrides what note analysis
 * detects; {@code null} leaves it to the analysis. Immutable; made by {@link #builder()}.
 */
public final class SenderAnswers {
    /** Nothing answered: note analysis decides everything. */
    public static final SenderAnswers NOTHING = builder().build();

    private final Boolean statesPurpose;
    private final Boolean statesContext;
    private final Boolean containsPitch;
    private final Boolean bigAsk;
    private final Boolean specifics;
    private final Boolean givesOut;
    private final Boolean offersReciprocity;
    private final Boolean saysWhyFits;
    private final Boolean asksIntermediaryToCheck;

    private SenderAnswers(Builder b) {
        statesPurpose = b.statesPurpose;
        statesContext = b.statesContext;
        containsPitch = b.containsPitch;
        bigAsk = b.bigAsk;
        specifics = b.specifics;
        givesOut = b.givesOut;
        offersReciprocity = b.offersReciprocity;
        saysWhyFits = b.saysWhyFits;
        asksIntermediaryToCheck = b.asksIntermediaryToCheck;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these answers, for a modified copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.statesPurpose = statesPurpose;
        b.statesContext = statesContext;
        b.containsPitch = containsPitch;
        b.bigAsk = bigAsk;
        b.specifics = specifics;
        b.givesOut = givesOut;
        b.offersReciprocity = offersReciprocity;
        b.saysWhyFits = saysWhyFits;
        b.asksIntermediaryToCheck = asksIntermediaryToCheck;
        return b;
    }

    /** Whether the note says why now and what is wanted, or {@code null} to let note analysis decide. */
    public Boolean statesPurpose() {
        return statesPurpose;
    }

    /** Whether the note says how they know each other or what they share, or {@code null} to let note analysis decide. */
    public Boolean statesContext() {
        return statesContext;
    }

    /** Whether the note sells something, or {@code null} to let note analysis decide. */
    public Boolean containsPitch() {
        return containsPitch;
    }

    /** Whether the note asks for a job or referral, a long or urgent call, or feedback on own work, or {@code null} to let note analysis decide. */
    public Boolean bigAsk() {
        return bigAsk;
    }

    /** Whether the note names a concrete role, project, period or skill, or {@code null} to let note analysis decide. */
    public Boolean specifics() {
        return specifics;
    }

    /** Whether the note offers an easy way to say no, or {@code null} to let note analysis decide. */
    public Boolean givesOut() {
        return givesOut;
    }

    /** Whether the note offers to return the favour, or {@code null} to let note analysis decide. */
    public Boolean offersReciprocity() {
        return offersReciprocity;
    }

    /** Whether the note says why the group or discussion fits this person, or {@code null} to let note analysis decide. */
    public Boolean saysWhyFits() {
        return saysWhyFits;
    }

    /** Whether the note asks the intermediary to check with the target first, or {@code null} to let note analysis decide. */
    public Boolean asksIntermediaryToCheck() {
        return asksIntermediaryToCheck;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof SenderAnswers a && Objects.equals(statesPurpose, a.statesPurpose) && Objects.equals(statesContext, a.statesContext) && Objects.equals(containsPitch, a.containsPitch) && Objects.equals(bigAsk, a.bigAsk) && Objects.equals(specifics, a.specifics) && Objects.equals(givesOut, a.givesOut) && Objects.equals(offersReciprocity, a.offersReciprocity) && Objects.equals(saysWhyFits, a.saysWhyFits) && Objects.equals(asksIntermediaryToCheck, a.asksIntermediaryToCheck));
    }

    @Override
    public int hashCode() {
        return Objects.hash(statesPurpose, statesContext, containsPitch, bigAsk, specifics, givesOut, offersReciprocity, saysWhyFits, asksIntermediaryToCheck);
    }

    /** {@code SenderAnswers[statesPurpose=…, …]}, every answer. */
    @Override
    public String toString() {
        return "SenderAnswers[statesPurpose=" + statesPurpose + ", statesContext=" + statesContext + ", containsPitch=" + containsPitch + ", bigAsk=" + bigAsk + ", specifics=" + specifics + ", givesOut=" + givesOut + ", offersReciprocity=" + offersReciprocity + ", saysWhyFits=" + saysWhyFits + ", asksIntermediaryToCheck=" + asksIntermediaryToCheck + "]";
    }

    /** Builds {@link SenderAnswers}; every answer starts unknown ({@code null}). */
    public static final class Builder {
        private Boolean statesPurpose;
        private Boolean statesContext;
        private Boolean containsPitch;
        private Boolean bigAsk;
        private Boolean specifics;
        private Boolean givesOut;
        private Boolean offersReciprocity;
        private Boolean saysWhyFits;
        private Boolean asksIntermediaryToCheck;

        private Builder() {}

        public Builder statesPurpose(Boolean statesPurpose) {
            this.statesPurpose = statesPurpose;
            return this;
        }

        public Builder statesContext(Boolean statesContext) {
            this.statesContext = statesContext;
            return this;
        }

        public Builder containsPitch(Boolean containsPitch) {
            this.containsPitch = containsPitch;
            return this;
        }

        public Builder bigAsk(Boolean bigAsk) {
            this.bigAsk = bigAsk;
            return this;
        }

        public Builder specifics(Boolean specifics) {
            this.specifics = specifics;
            return this;
        }

        public Builder givesOut(Boolean givesOut) {
            this.givesOut = givesOut;
            return this;
        }

        public Builder offersReciprocity(Boolean offersReciprocity) {
            this.offersReciprocity = offersReciprocity;
            return this;
        }

        public Builder saysWhyFits(Boolean saysWhyFits) {
            this.saysWhyFits = saysWhyFits;
            return this;
        }

        public Builder asksIntermediaryToCheck(Boolean asksIntermediaryToCheck) {
            this.asksIntermediaryToCheck = asksIntermediaryToCheck;
            return this;
        }

        public SenderAnswers build() {
            return new SenderAnswers(this);
        }
    }
}
