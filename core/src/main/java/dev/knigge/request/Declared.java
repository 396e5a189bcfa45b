package dev.knigge.request;

/**
 * The sender's own answers about their note ("does it say why?", "how you know them?"…). A
 * non-null answer overrides what note analysis detects; {@code null} leaves it to the analysis.
 *
 * @param statesPurpose says why now and what is wanted
 * @param statesContext says how they know each other or what they share
 * @param containsPitch sells something
 * @param bigAsk asks for a job or referral, a long or urgent call, or feedback on own work
 * @param specifics names a concrete role, project, period or skill
 * @param givesOut offers an easy way to say no
 * @param offersReciprocity offers to return the favour
 * @param saysWhyFits says why the group or discussion fits this person
 * @param asksIntermediaryToCheck asks the intermediary to check with the target first
 */
public record Declared(Boolean statesPurpose, Boolean statesContext, Boolean containsPitch, Boolean bigAsk,
                       Boolean specifics, Boolean givesOut, Boolean offersReciprocity, Boolean saysWhyFits,
                       Boolean asksIntermediaryToCheck) {

    /** Nothing declared: note analysis decides everything. */
    public static final Declared NOTHING = builder().build();

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these answers, for a modified copy. */
    public Builder toBuilder() {
        return new Builder().statesPurpose(statesPurpose).statesContext(statesContext).containsPitch(containsPitch)
                .bigAsk(bigAsk).specifics(specifics).givesOut(givesOut).offersReciprocity(offersReciprocity)
                .saysWhyFits(saysWhyFits).asksIntermediaryToCheck(asksIntermediaryToCheck);
    }

    /** Builds a {@link Declared}; every answer starts unknown ({@code null}). */
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

        public Declared build() {
            return new Declared(statesPurpose, statesContext, containsPitch, bigAsk, specifics, givesOut,
                    offersReciprocity, saysWhyFits, asksIntermediaryToCheck);
        }
    }
}
