package dev.knigge;

/**
 * The person who would send the request.
 *
 * @param name how they sign, or {@code null}; never logged above DEBUG
 * @param headline their profile headline; {@code null} when unknown, empty when they have none
 * @param hasPhoto whether their profile has a photo
 * @param account their account tier
 * @param recruiter whether they write as a recruiter
 */
public record Requester(String name, String headline, boolean hasPhoto, Account account, boolean recruiter) {

    /** A requester about whom nothing was said: photo, free account, not a recruiter. */
    public static final Requester UNKNOWN = builder().build();

    public Requester {
        name = Validation.optional(name, "requester.name");
        headline = normalizeHeadline(headline);
        Validation.required(account, "requester.account");
    }

    /** Unknown stays {@code null}; a blank headline is an empty one, which says "none". */
    private static String normalizeHeadline(String headline) {
        if (headline == null) {
            return null;
        }
        return headline.isBlank() ? "" : Validation.text(headline.strip(), "requester.headline", Validation.MAX_STRING);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this requester's values, for a modified copy. */
    public Builder toBuilder() {
        return new Builder().name(name).headline(headline).hasPhoto(hasPhoto).account(account).recruiter(recruiter);
    }

    /** Builds a {@link Requester}; defaults are those of the JSON request format. */
    public static final class Builder {
        private String name;
        private String headline;
        private boolean hasPhoto = true;
        private Account account = Account.FREE;
        private boolean recruiter;

        private Builder() {}

        public Builder name(String name) {
            this.name = Validation.optional(name, "requester.name");
            return this;
        }

        public Builder headline(String headline) {
            this.headline = normalizeHeadline(headline);
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
            return new Requester(name, headline, hasPhoto, account, recruiter);
        }
    }
}
