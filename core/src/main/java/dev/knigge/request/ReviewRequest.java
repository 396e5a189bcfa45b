package dev.knigge.request;

import java.util.List;
import java.util.Objects;

/**
 * A networking request to review, before it is sent. Only {@code type} is required; every
 * other part has the default of the JSON request format (v1). Immutable; made by
 * {@link #builder(RequestType)}, whose setters check each value at once and fail with a message
 * that names the field.
 *
 * <pre>{@code
 * ReviewRequest request = ReviewRequest.builder(RequestType.RECOMMENDATION)
 *     .platform(Platform.LINKEDIN)
 *     .note("Hallo Herr Krause, könnten Sie mir bitte eine Empfehlung schreiben?")
 *     .relationship(Relationship.builder().degree(1).build())
 *     .build();
 * }</pre>
 */
public final class ReviewRequest {
    private final String id;
    private final RequestType type;
    private final Platform platform;
    private final String language;
    private final String note;
    private final String subject;
    private final List<String> topics;
    private final String skill;
    private final Requester requester;
    private final Recipient recipient;
    private final Relationship relationship;
    private final Activity activity;
    private final Group group;
    private final SenderAnswers declared;

    private ReviewRequest(Builder b) {
        id = b.id;
        type = b.type;
        platform = b.platform;
        language = b.language;
        note = b.note;
        subject = b.subject;
        topics = b.topics;
        skill = b.skill;
        requester = b.requester;
        recipient = b.recipient;
        relationship = b.relationship;
        activity = b.activity;
        group = b.group;
        declared = b.declared;
    }

    /** The caller's id, echoed in the advice, or {@code null}. */
    public String id() {
        return id;
    }

    /** What kind of request this is. */
    public RequestType type() {
        return type;
    }

    /** The network it is sent on. */
    public Platform platform() {
        return platform;
    }

    /** The note's language as given (an ISO 639-1 code, possibly with a region), or {@code null} to detect it. */
    public String language() {
        return language;
    }

    /** The text the recipient will read, or {@code null}; blank means no note. */
    public String note() {
        return note;
    }

    /** The subject line (InMail), or {@code null}. */
    public String subject() {
        return subject;
    }

    /** What the request is about, as given (unmodifiable). */
    public List<String> topics() {
        return topics;
    }

    /** The skill an endorsement asks for, or {@code null}. */
    public String skill() {
        return skill;
    }

    /** Who sends it. */
    public Requester requester() {
        return requester;
    }

    /** Who gets it (for an introduction: the intermediary). */
    public Recipient recipient() {
        return recipient;
    }

    /** How the two are connected. */
    public Relationship relationship() {
        return relationship;
    }

    /** What the requester has been sending. */
    public Activity activity() {
        return activity;
    }

    /** The group it is about, or {@code null}. */
    public Group group() {
        return group;
    }

    /** The sender's own answers about the note. */
    public SenderAnswers declared() {
        return declared;
    }

    /** A builder for a request of the given type. */
    public static Builder builder(RequestType type) {
        return new Builder(type);
    }

    /** A builder holding this request's values, for a modified copy. */
    public Builder toBuilder() {
        Builder b = new Builder(type);
        b.id = id;
        b.platform = platform;
        b.language = language;
        b.note = note;
        b.subject = subject;
        b.topics = topics;
        b.skill = skill;
        b.requester = requester;
        b.recipient = recipient;
        b.relationship = relationship;
        b.activity = activity;
        b.group = group;
        b.declared = declared;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof ReviewRequest r && Objects.equals(id, r.id) && type == r.type
                && platform == r.platform && Objects.equals(language, r.language) && Objects.equals(note, r.note)
                && Objects.equals(subject, r.subject) && topics.equals(r.topics) && Objects.equals(skill, r.skill)
                && requester.equals(r.requester) && recipient.equals(r.recipient)
                && relationship.equals(r.relationship) && activity.equals(r.activity) && Objects.equals(group, r.group)
                && declared.equals(r.declared));
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, platform, language, note, subject, topics, skill, requester, recipient,
                relationship, activity, group, declared);
    }

    /**
     * {@code ReviewRequest[type=…, platform=…, language=…, note=(n characters), subject=…, topics=[…], skill=…]}:
     * the note's and subject's text and the caller's id are left out, so that a request in a trace or a
     * log line shows no more than the rules decided on; the parts print on their own.
     */
    @Override
    public String toString() {
        return "ReviewRequest[type=" + type + ", platform=" + platform + ", language=" + language
                + ", note=" + length(note) + ", subject=" + length(subject) + ", topics=" + topics
                + ", skill=" + skill + "]";
    }

    private static String length(String text) {
        return text == null ? "null" : "(" + text.codePointCount(0, text.length()) + " characters)";
    }

    /** Builds a {@link ReviewRequest}; each setter checks its value at once and names the field when it fails. */
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
        private SenderAnswers declared = SenderAnswers.NOTHING;

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

        public Builder declared(SenderAnswers declared) {
            this.declared = Validation.required(declared, "declared");
            return this;
        }

        public ReviewRequest build() {
            return new ReviewRequest(this);
        }
    }
}
