package dev.knigge;

/**
 * How requester and recipient are connected. Absent, it reads as "strangers", the careful
 * reading. {@code workedTogether} implies {@code knowEachOther} wherever the norms read it.
 *
 * @param degree 1, 2 or 3 for the network distance, 0 for outside the network
 * @param knowEachOther they met, or had a real exchange
 * @param workedTogether same team, project, client or manager relation
 * @param interactions how many exchanges they had
 * @param mutualContacts contacts they share
 * @param sharedGroups groups they share
 * @param connectedDays days since they connected, or {@code null}
 * @param lastContactMonths months since they were last in touch, or {@code null}
 * @param addressForm how they address each other in German
 * @param optedOut the recipient declined before, reported spam, or turned this channel off
 * @param unansweredSameType earlier requests of this type the recipient has not answered
 * @param daysSinceLastSameType days since the last request of this type, or {@code null}
 * @param withdrawnDaysAgo days since the requester withdrew an invitation to them, or {@code null}
 */
public record Relationship(int degree, boolean knowEachOther, boolean workedTogether, int interactions,
                           int mutualContacts, int sharedGroups, Integer connectedDays, Integer lastContactMonths,
                           AddressForm addressForm, boolean optedOut, int unansweredSameType,
                           Integer daysSinceLastSameType, Integer withdrawnDaysAgo) {

    /** Two strangers: outside each other's network, no exchange, nothing shared. */
    public static final Relationship STRANGERS = builder().build();

    public Relationship {
        if (degree < 0 || degree > 3) {
            throw new InvalidRequestException("$.relationship.degree", "must be 0, 1, 2 or 3 (was " + degree + ")");
        }
        Validation.count(interactions, "relationship.interactions");
        Validation.count(mutualContacts, "relationship.mutualContacts");
        Validation.count(sharedGroups, "relationship.sharedGroups");
        Validation.count(connectedDays, "relationship.connectedDays");
        Validation.count(lastContactMonths, "relationship.lastContactMonths");
        Validation.required(addressForm, "relationship.addressForm");
        Validation.count(unansweredSameType, "relationship.unansweredSameType");
        Validation.count(daysSinceLastSameType, "relationship.daysSinceLastSameType");
        Validation.count(withdrawnDaysAgo, "relationship.withdrawnDaysAgo");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this relationship's values, for a modified copy. */
    public Builder toBuilder() {
        return new Builder().degree(degree).knowEachOther(knowEachOther).workedTogether(workedTogether)
                .interactions(interactions).mutualContacts(mutualContacts).sharedGroups(sharedGroups)
                .connectedDays(connectedDays).lastContactMonths(lastContactMonths).addressForm(addressForm)
                .optedOut(optedOut).unansweredSameType(unansweredSameType)
                .daysSinceLastSameType(daysSinceLastSameType).withdrawnDaysAgo(withdrawnDaysAgo);
    }

    /** Builds a {@link Relationship}; defaults are those of the JSON request format. */
    public static final class Builder {
        private int degree;
        private boolean knowEachOther;
        private boolean workedTogether;
        private int interactions;
        private int mutualContacts;
        private int sharedGroups;
        private Integer connectedDays;
        private Integer lastContactMonths;
        private AddressForm addressForm = AddressForm.UNKNOWN;
        private boolean optedOut;
        private int unansweredSameType;
        private Integer daysSinceLastSameType;
        private Integer withdrawnDaysAgo;

        private Builder() {}

        public Builder degree(int degree) {
            if (degree < 0 || degree > 3) {
                throw new InvalidRequestException("$.relationship.degree", "must be 0, 1, 2 or 3 (was " + degree + ")");
            }
            this.degree = degree;
            return this;
        }

        public Builder knowEachOther(boolean knowEachOther) {
            this.knowEachOther = knowEachOther;
            return this;
        }

        public Builder workedTogether(boolean workedTogether) {
            this.workedTogether = workedTogether;
            return this;
        }

        public Builder interactions(int interactions) {
            this.interactions = Validation.count(interactions, "relationship.interactions");
            return this;
        }

        public Builder mutualContacts(int mutualContacts) {
            this.mutualContacts = Validation.count(mutualContacts, "relationship.mutualContacts");
            return this;
        }

        public Builder sharedGroups(int sharedGroups) {
            this.sharedGroups = Validation.count(sharedGroups, "relationship.sharedGroups");
            return this;
        }

        public Builder connectedDays(Integer connectedDays) {
            this.connectedDays = Validation.count(connectedDays, "relationship.connectedDays");
            return this;
        }

        public Builder lastContactMonths(Integer lastContactMonths) {
            this.lastContactMonths = Validation.count(lastContactMonths, "relationship.lastContactMonths");
            return this;
        }

        public Builder addressForm(AddressForm addressForm) {
            this.addressForm = Validation.required(addressForm, "relationship.addressForm");
            return this;
        }

        public Builder optedOut(boolean optedOut) {
            this.optedOut = optedOut;
            return this;
        }

        public Builder unansweredSameType(int unansweredSameType) {
            this.unansweredSameType = Validation.count(unansweredSameType, "relationship.unansweredSameType");
            return this;
        }

        public Builder daysSinceLastSameType(Integer daysSinceLastSameType) {
            this.daysSinceLastSameType = Validation.count(daysSinceLastSameType, "relationship.daysSinceLastSameType");
            return this;
        }

        public Builder withdrawnDaysAgo(Integer withdrawnDaysAgo) {
            this.withdrawnDaysAgo = Validation.count(withdrawnDaysAgo, "relationship.withdrawnDaysAgo");
            return this;
        }

        public Relationship build() {
            return new Relationship(degree, knowEachOther, workedTogether, interactions, mutualContacts, sharedGroups,
                    connectedDays, lastContactMonths, addressForm, optedOut, unansweredSameType,
                    daysSinceLastSameType, withdrawnDaysAgo);
        }
    }
}
