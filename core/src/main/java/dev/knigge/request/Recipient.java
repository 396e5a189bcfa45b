package dev.knigge.request;

import java.util.List;
import java.util.Objects;

/**
 * The person the request goes to (for an introduction: the intermediary). An empty profile
 * list means "unknown", and norms that compare with it stay silent. Immutable; made by
 * {@link #builder()}, whose setters check each value at once. Canonical: languages are
 * lower-case primary codes ({@code "de-AT"} reads {@code "de"}), the country is upper case.
 */
public final class Recipient {
    /** A recipient about whom nothing was said. */
    public static final Recipient UNKNOWN = builder().build();

    private final String firstName;
    private final String lastName;
    private final String title;
    private final String country;
    private final List<String> languages;
    private final String industry;
    private final List<String> interests;
    private final List<String> groups;
    private final boolean acceptsInMail;
    private final boolean acceptsGroupInvites;

    private Recipient(Builder b) {
        firstName = b.firstName;
        lastName = b.lastName;
        title = b.title;
        country = b.country;
        languages = b.languages;
        industry = b.industry;
        interests = b.interests;
        groups = b.groups;
        acceptsInMail = b.acceptsInMail;
        acceptsGroupInvites = b.acceptsGroupInvites;
    }

    /** First name, or {@code null}. */
    public String firstName() {
        return firstName;
    }

    /** Last name, or {@code null}. */
    public String lastName() {
        return lastName;
    }

    /** Academic title used in salutations ({@code Dr.}, {@code Prof.}, {@code Mag.}, {@code DI}…), or {@code null}. */
    public String title() {
        return title;
    }

    /** ISO 3166 country code in upper case, or {@code null}; decides which titles belong in a German salutation. */
    public String country() {
        return country;
    }

    /** ISO 639-1 codes of the languages on their profile, lower case (unmodifiable; empty when unknown). */
    public List<String> languages() {
        return languages;
    }

    /** Their industry, or {@code null}. */
    public String industry() {
        return industry;
    }

    /** Topics on their profile, as given (unmodifiable; empty when unknown). */
    public List<String> interests() {
        return interests;
    }

    /** Groups they belong to, as given (unmodifiable; empty when unknown). */
    public List<String> groups() {
        return groups;
    }

    /** Whether they accept InMail. */
    public boolean acceptsInMail() {
        return acceptsInMail;
    }

    /** Whether they accept group invitations. */
    public boolean acceptsGroupInvites() {
        return acceptsGroupInvites;
    }

    /** A builder with the defaults of the JSON request format. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this recipient's values, for a modified copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.firstName = firstName;
        b.lastName = lastName;
        b.title = title;
        b.country = country;
        b.languages = languages;
        b.industry = industry;
        b.interests = interests;
        b.groups = groups;
        b.acceptsInMail = acceptsInMail;
        b.acceptsGroupInvites = acceptsGroupInvites;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof Recipient r && Objects.equals(firstName, r.firstName)
                && Objects.equals(lastName, r.lastName) && Objects.equals(title, r.title)
                && Objects.equals(country, r.country) && languages.equals(r.languages)
                && Objects.equals(industry, r.industry) && interests.equals(r.interests) && groups.equals(r.groups)
                && acceptsInMail == r.acceptsInMail && acceptsGroupInvites == r.acceptsGroupInvites);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstName, lastName, title, country, languages, industry, interests, groups, acceptsInMail,
                acceptsGroupInvites);
    }

    /** {@code Recipient[firstName=…, lastName=…, …]}, every value. */
    @Override
    public String toString() {
        return "Recipient[firstName=" + firstName + ", lastName=" + lastName + ", title=" + title + ", country="
                + country + ", languages=" + languages + ", industry=" + industry + ", interests=" + interests
                + ", groups=" + groups + ", acceptsInMail=" + acceptsInMail + ", acceptsGroupInvites="
                + acceptsGroupInvites + "]";
    }

    /** Builds a {@link Recipient}; each setter checks its value at once and names the field when it fails. */
    public static final class Builder {
        private String firstName;
        private String lastName;
        private String title;
        private String country;
        private List<String> languages = List.of();
        private String industry;
        private List<String> interests = List.of();
        private List<String> groups = List.of();
        private boolean acceptsInMail = true;
        private boolean acceptsGroupInvites = true;

        private Builder() {}

        public Builder firstName(String firstName) {
            this.firstName = Validation.optional(firstName, "recipient.firstName");
            return this;
        }

        public Builder lastName(String lastName) {
            this.lastName = Validation.optional(lastName, "recipient.lastName");
            return this;
        }

        public Builder title(String title) {
            this.title = Validation.optional(title, "recipient.title");
            return this;
        }

        /** Kept in upper case: {@code "at"} reads {@code "AT"}. */
        public Builder country(String country) {
            this.country = Validation.upperCase(country, "recipient.country");
            return this;
        }

        /** Each kept as its lower-case primary code: {@code "de-AT"}, {@code "DE"} and {@code "de_AT"} read {@code "de"}. */
        public Builder languages(List<String> languages) {
            this.languages = Validation.languages(languages, "recipient.languages");
            return this;
        }

        public Builder languages(String... languages) {
            return languages(java.util.Arrays.asList(languages));
        }

        public Builder industry(String industry) {
            this.industry = Validation.optional(industry, "recipient.industry");
            return this;
        }

        public Builder interests(List<String> interests) {
            this.interests = Validation.strings(interests, "recipient.interests");
            return this;
        }

        public Builder interests(String... interests) {
            return interests(java.util.Arrays.asList(interests));
        }

        public Builder groups(List<String> groups) {
            this.groups = Validation.strings(groups, "recipient.groups");
            return this;
        }

        public Builder groups(String... groups) {
            return groups(java.util.Arrays.asList(groups));
        }

        public Builder acceptsInMail(boolean acceptsInMail) {
            this.acceptsInMail = acceptsInMail;
            return this;
        }

        public Builder acceptsGroupInvites(boolean acceptsGroupInvites) {
            this.acceptsGroupInvites = acceptsGroupInvites;
            return this;
        }

        public Recipient build() {
            return new Recipient(this);
        }
    }
}
