package dev.knigge.request;

import java.util.Objects;

/**
 * The person who would send the request. Immutable; made by {@link #builder()}, whose setters
 * check each value at once.
 */
public final class Requester {
    /** A requester about whom nothing was said: photo, free account, not a recruiter. */
    public static final Requester UNKNOWN = builder().build();

    private final String name;
    private final String headline;
    private final String company;
    private final boolean hasPhoto;
    private final Account account;
    private final boolean recruiter;

    private Requester(Builder b) {
        name = b.name;
        headline = b.headline;
        company = b.company;
        hasPhoto = b.hasPhoto;
        account = b.account;
        recruiter = b.recruiter;
    }

    /** How they sign, or {@code null}; never logged above DEBUG, and left out of {@link #toString()}. */
    public String name() {
        return name;
    }

    /** Their profile headline; {@code null} when unknown, empty when they have none. */
    public String headline() {
        return headline;
    }

    /** The company they work for, or {@code null} when unknown. */
    public String company() {
        return company;
    }

    /** Whether their profile has a photo. */
    public boolean hasPhoto() {
        return hasPhoto;
    }

    /** Their account tier. */
    public Account account() {
        return account;
    }

    /** Whether they write as a recruiter. */
    public boolean recruiter() {
        return recruiter;
    }

    /** A builder with the defaults of the JSON request format. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this requester's values, for a modified copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.headline = headline;
        b.company = company;
        b.hasPhoto = hasPhoto;
        b.account = account;
        b.recruiter = recruiter;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof Requester r && Objects.equals(name, r.name)
                && Objects.equals(headline, r.headline) && Objects.equals(company, r.company) && hasPhoto == r.hasPhoto && account == r.account
                && recruiter == r.recruiter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, headline, company, hasPhoto, account, recruiter);
    }

    /** {@code Requester[headline=…, company=…, hasPhoto=…, account=…, recruiter=…]}: the name is left out on purpose. */
    @Override
    public String toString() {
        return "Requester[headline=" + headline + ", company=" + company + ", hasPhoto=" + hasPhoto + ", account=" + account
                + ", recruiter=" + recruiter + "]";
    }

    /** Builds a {@link Requester}; each setter checks its value at once and names the field when it fails. */
    public static final class Builder {
        private String name;
        private String headline;
        private String company;
        private boolean hasPhoto = true;
        private Account account = Account.FREE;
        private boolean recruiter;

        private Builder() {}

        public Builder name(String name) {
            this.name = Validation.optional(name, "requester.name");
            return this;
        }

        /** Unknown stays {@code null}; a blank headline is an empty one, which says "none". */
        public Builder headline(String headline) {
            this.headline = headline == null ? null
                    : headline.isBlank() ? "" : Validation.text(headline.strip(), "requester.headline", Validation.MAX_STRING);
            return this;
        }

        public Builder company(String company) {
            this.company = Validation.optional(company, "requester.company");
            return this;
        }

        public Builder hasPhoto(boolean hasPhoto) {
            this.hasPhoto = hasPhoto;
            return this;
        }

        public Builder account(Account account) {
            this.account = Validation.required(account, "requester.account");
            return this;
        }

        public Builder recruiter(boolean recruiter) {
            this.recruiter = recruiter;
            return this;
        }

        public Requester build() {
            return new Requester(this);
        }
    }
}
