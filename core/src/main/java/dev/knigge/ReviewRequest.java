package dev.knigge;

import java.util.List;

/**
 * A networking request to review, before it is sent. Only {@code type} is required; every
 * other part has the default of the JSON request format (v1). Immutable and validated on
 * construction: a bad value fails at once with a message that names the field.
 *
 * <pre>{@code
 * ReviewRequest request = ReviewRequest.builder(RequestType.RECOMMENDATION)
 *     .platform(Platform.LINKEDIN)
 *     .note("Hallo Herr Krause, könnten Sie mir bitte eine Empfehlung schreiben?")
 *     .relationship(Relationship.builder().degree(1).build())
 *     .build();
 * }</pre>
 *
 * @param id the caller's id, echoed in the advice, or {@code null}
 * @param type what kind of request this is
 * @param platform the network it is sent on
 * @param language ISO 639-1 code of the note, or {@code null} to detect it
 * @param note the text the recipient will read, or {@code null}; blank means no note
 * @param subject the subject line (InMail), or {@code null}
 * @param topics what the request is about
 * @param skill the skill an endorsement asks for, or {@code null}
 * @param requester who sends it
 * @param recipient who gets it (for an introduction: the intermediary)
 * @param relationship how the two are connected
 * @param activity what the requester has been sending
 * @param group the group it is about, or {@code null}
 * @param declared the sender's own answers about the note
 */
public record ReviewRequest(String id, RequestType type, Platform platform, String language, String note,
                            String subject, List<String> topics, String skill, Requester requester,
                            Recipient recipient, Relationship relationship, Activity activity, Group group,
                            Declared declared) {

    public ReviewRequest {
        id = Validation.optional(id, "id");
        Validation.required(type, "type");
        Validation.required(platform, "platform");
        language = Validation.optional(language, "language");
        note = Validation.text(note, "note", Validation.MAX_NOTE);
        subject = Validation.text(subject, "subject", Validation.MAX_SUBJECT);
        topics = Validation.strings(topics, "topics");
        skill = Validation.optional(skill, "skill");
        Validation.required(requester, "requester");
        Validation.required(recipient, "recipient");
        Validation.required(relationship, "relationship");
        Validation.required(activity, "activity");
        Validation.required(declared, "declared");
    }

    /** A builder for a request of the given type. */
    public static Builder builder(RequestType type) {
        return new Builder(type);
    }

    /** A builder holding this request's values, for a modified copy. */
    public Builder toBuilder() {
        return new Builder(type).id(id).platform(platform).language(language).note(note).subject(subject)
                .topics(topics).skill(skill).requester(requester).recipient(recipient).relationship(relationship)
                .activity(activity).group(group).declared(declared);
    }

    /** Builds a {@link ReviewRequest}; defaults are those of the JSON request format. */
    public static final class Builder {
        private String id;
        private RequestType type;
        private Platform platform = Platform.GENERIC;
        private String language;
        private String note;
        private String subject;
        private List<String> topics = List.of();
        private String skill;
        private Requester requester = Requester.UNKNOWN;
        private Recipient recipient = Recipient.UNKNOWN;
        private Relationship relationship = Relationship.STRANGERS;
        private Activity activity = Activity.NONE;
        private Group group;
        private Declared declared = Declared.NOTHING;

        private Builder(RequestType type) {
            type(type);
        }

        public Builder id(String id) {
            this.id = Validation.optional(id, "id");
            return this;
        }

        public Builder type(RequestType type) {
            this.type = Validation.required(type, "type");
            return this;
        }

        public Builder platform(Platform platform) {
            this.platform = Validation.required(platform, "platform");
            return this;
        }

        public Builder language(String language) {
            this.language = Validation.optional(language, "language");
            return this;
        }

        public Builder note(String note) {
            this.note = Validation.text(note, "note", Validation.MAX_NOTE);
            return this;
        }

        public Builder subject(String subject) {
            this.subject = Validation.text(subject, "subject", Validation.MAX_SUBJECT);
            return this;
        }

        public Builder topics(List<String> topics) {
            this.topics = Validation.strings(topics, "topics");
            return this;
        }

        public Builder topics(String... topics) {
            return topics(java.util.Arrays.asList(topics));
        }

        public Builder skill(String skill) {
            this.skill = Validation.optional(skill, "skill");
            return this;
        }

        public Builder requester(Requester requester) {
            this.requester = Validation.required(requester, "requester");
            return this;
        }

        public Builder recipient(Recipient recipient) {
            this.recipient = Validation.required(recipient, "recipient");
            return this;
        }

        public Builder relationship(Relationship relationship) {
            this.relationship = Validation.required(relationship, "relationship");
            return this;
        }

        public Builder activity(Activity activity) {
            this.activity = Validation.required(activity, "activity");
            return this;
        }

        /** The group the request is about; {@code null} for none. */
        public Builder group(Group group) {
            this.group = group;
            return this;
        }

        public Builder declared(Declared declared) {
            this.declared = Validation.required(declared, "declared");
            return this;
        }

        public ReviewRequest build() {
            return new ReviewRequest(id, type, platform, language, note, subject, topics, skill, requester, recipient,
                    relationship, activity, group, declared);
        }
    }
}
