package dev.knigge;

import java.util.List;

/**
 * The person the request goes to (for an introduction: the intermediary). An empty profile
 * list means "unknown", and norms that compare with it stay silent.
 *
 * @param firstName first name, or {@code null}
 * @param lastName last name, or {@code null}
 * @param title academic title used in salutations ({@code Dr.}, {@code Prof.}, {@code Mag.}, {@code DI}…), or {@code null}
 * @param country ISO 3166 country code, or {@code null}; decides which titles belong in a German salutation
 * @param languages ISO 639-1 codes of the languages on their profile
 * @param industry their industry, or {@code null}
 * @param interests topics on their profile
 * @param groups groups they belong to
 * @param acceptsInMail whether they accept InMail
 * @param acceptsGroupInvites whether they accept group invitations
 */
public record Recipient(String firstName, String lastName, String title, String country, List<String> languages,
                        String industry, List<String> interests, List<String> groups,
                        boolean acceptsInMail, boolean acceptsGroupInvites) {

    /** A recipient about whom nothing was said. */
    public static final Recipient UNKNOWN = builder().build();

    public Recipient {
        firstName = Validation.optional(firstName, "recipient.firstName");
        lastName = Validation.optional(lastName, "recipient.lastName");
        title = Validation.optional(title, "recipient.title");
        country = Validation.optional(country, "recipient.country");
        languages = Validation.strings(languages, "recipient.languages");
        industry = Validation.optional(industry, "recipient.industry");
        interests = Validation.strings(interests, "recipient.interests");
        groups = Validation.strings(groups, "recipient.groups");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this recipient's values, for a modified copy. */
    public Builder toBuilder() {
        return new Builder().firstName(firstName).lastName(lastName).title(title).country(country)
                .languages(languages).industry(industry).interests(interests).groups(groups)
                .acceptsInMail(acceptsInMail).acceptsGroupInvites(acceptsGroupInvites);
    }

    /** Builds a {@link Recipient}; defaults are those of the JSON request format. */
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

        public Builder country(String country) {
            this.country = Validation.optional(country, "recipient.country");
            return this;
        }

        public Builder languages(List<String> languages) {
            this.languages = Validation.strings(languages, "recipient.languages");
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
            return new Recipient(firstName, lastName, title, country, languages, industry, interests, groups,
                    acceptsInMail, acceptsGroupInvites);
        }
    }
}
