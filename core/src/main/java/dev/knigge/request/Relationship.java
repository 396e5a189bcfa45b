package dev.knigge.request;

import java.util.Objects;

/**
 * How requester and recipient are connected. Absent, it reads as "strangers", the careful
 * reading. Immutable; made by {@link #builder()}, whose setters check each value at once.
 * Canonical: {@code workedTogether} implies {@code knowEachOther}, so a relationship built with
 * {@code workedTogether(true)} reads {@code knowEachOther() == true}.
 */
public final class Relationship {
    /** Two strangers: outside each other's network, no exchange, nothing shared. */
    public static final Relationship STRANGERS = builder().build();

    private final int degree;
    private final boolean knowEachOther;
    private final boolean workedTogether;
    private final int interactions;
    private final int mutualContacts;
    private final int sharedGroups;
    private final Integer connectedDays;
    private final Integer lastContactMonths;
    private final AddressForm addressForm;
    private final boolean optedOut;
    private final int unansweredSameType;
    private final Integer daysSinceLastSameType;
    private final Integer withdrawnDaysAgo;

    private Relationship(Builder b) {
        degree = b.degree;
        knowEachOther = b.knowEachOther || b.workedTogether;
        workedTogether = b.workedTogether;
        interactions = b.interactions;
        mutualContacts = b.mutualContacts;
        sharedGroups = b.sharedGroups;
        connectedDays = b.connectedDays;
        lastContactMonths = b.lastContactMonths;
        addressForm = b.addressForm;
        optedOut = b.optedOut;
        unansweredSameType = b.unansweredSameType;
        daysSinceLastSameType = b.daysSinceLastSameType;
        withdrawnDaysAgo = b.withdrawnDaysAgo;
    }

    /** 1, 2 or 3 for the network distance, 0 for outside the network. */
    public int degree() {
        return degree;
    }

    /** They met, or had a real exchange; {@code true} whenever {@link #workedTogether()} is. */
    public boolean knowEachOther() {
        return knowEachOther;
    }

    /** Same team, project, client or manager relation. */
    public boolean workedTogether() {
        return workedTogether;
    }

    /** How many exchanges they had. */
    public int interactions() {
        return interactions;
    }

    /** Contacts they share. */
    public int mutualContacts() {
        return mutualContacts;
    }

    /** Groups they share. */
    public int sharedGroups() {
        return sharedGroups;
    }

    /** Days since they connected, or {@code null} when unknown. */
    public Integer connectedDays() {
        return connectedDays;
    }

    /** Months since they were last in touch, or {@code null} when unknown. */
    public Integer lastContactMonths() {
        return lastContactMonths;
    }

    /** How they address each other in German. */
    public AddressForm addressForm() {
        return addressForm;
    }

    /** The recipient declined before, reported spam, or turned this channel off. */
    public boolean optedOut() {
        return optedOut;
    }

    /** Earlier requests of this type the recipient has not answered. */
    public int unansweredSameType() {
        return unansweredSameType;
    }

    /** Days since the last request of this type, or {@code null} when unknown. */
    public Integer daysSinceLastSameType() {
        return daysSinceLastSameType;
    }

    /** Days since the requester withdrew an invitation to them, or {@code null} when unknown or never. */
    public Integer withdrawnDaysAgo() {
        return withdrawnDaysAgo;
    }

    /** A builder with the defaults of the JSON request format. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this relationship's values, for a modified copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.degree = degree;
        b.knowEachOther = knowEachOther;
        b.workedTogether = workedTogether;
        b.interactions = interactions;
        b.mutualContacts = mutualContacts;
        b.sharedGroups = sharedGroups;
        b.connectedDays = connectedDays;
        b.lastContactMonths = lastContactMonths;
        b.addressForm = addressForm;
        b.optedOut = optedOut;
        b.unansweredSameType = unansweredSameType;
        b.daysSinceLastSameType = daysSinceLastSameType;
        b.withdrawnDaysAgo = withdrawnDaysAgo;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof Relationship r && degree == r.degree && knowEachOther == r.knowEachOther
                && workedTogether == r.workedTogether && interactions == r.interactions
                && mutualContacts == r.mutualContacts && sharedGroups == r.sharedGroups
                && Objects.equals(connectedDays, r.connectedDays) && Objects.equals(lastContactMonths, r.lastContactMonths)
                && addressForm == r.addressForm && optedOut == r.optedOut && unansweredSameType == r.unansweredSameType
                && Objects.equals(daysSinceLastSameType, r.daysSinceLastSameType)
                && Objects.equals(withdrawnDaysAgo, r.withdrawnDaysAgo));
    }

    @Override
    public int hashCode() {
        return Objects.hash(degree, knowEachOther, workedTogether, interactions, mutualContacts, sharedGroups,
                connectedDays, lastContactMonths, addressForm, optedOut, unansweredSameType, daysSinceLastSameType,
                withdrawnDaysAgo);
    }

    /** {@code Relationship[degree=1, knowEachOther=false, …]}, every value. */
    @Override
    public String toString() {
        return "Relationship[degree=" + degree + ", knowEachOther=" + knowEachOther + ", workedTogether=" + workedTogether
                + ", interactions=" + interactions + ", mutualContacts=" + mutualContacts + ", sharedGroups=" + sharedGroups
                + ", connectedDays=" + connectedDays + ", lastContactMonths=" + lastContactMonths
                + ", addressForm=" + addressForm + ", optedOut=" + optedOut + ", unansweredSameType=" + unansweredSameType
                + ", daysSinceLastSameType=" + daysSinceLastSameType + ", withdrawnDaysAgo=" + withdrawnDaysAgo + "]";
    }

    /** Builds a {@link Relationship}; each setter checks its value at once and names the field when it fails. */
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

        /** Working together implies knowing each other: the built value reads {@code knowEachOther() == true}. */
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
            return new Relationship(this);
        }
    }
}
