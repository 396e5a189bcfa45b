package dev.knigge.request;

import java.util.List;
import java.util.Objects;

/**
 * The group a {@link RequestType#GROUP_INVITE} (or a discussion inside a group) is about.
 * Immutable; made by {@link #builder()}, whose setters check each value at once.
 */
public final class Group {
    private final String name;
    private final List<String> topics;
    private final Integer posts;
    private final boolean requesterIsMember;
    private final boolean recipientIsMember;
    private final Integer lastInviteDaysAgo;

    private Group(Builder b) {
        name = b.name;
        topics = b.topics;
        posts = b.posts;
        requesterIsMember = b.requesterIsMember;
        recipientIsMember = b.recipientIsMember;
        lastInviteDaysAgo = b.lastInviteDaysAgo;
    }

    /** The group's name, or {@code null}. */
    public String name() {
        return name;
    }

    /** What the group is about, as given (unmodifiable). */
    public List<String> topics() {
        return topics;
    }

    /** How many posts it has, or {@code null} when unknown. */
    public Integer posts() {
        return posts;
    }

    /** Whether the requester is a member (or moderator). */
    public boolean requesterIsMember() {
        return requesterIsMember;
    }

    /** Whether the recipient already is a member. */
    public boolean recipientIsMember() {
        return recipientIsMember;
    }

    /** Days since the requester last invited this recipient to it, or {@code null} when unknown or never. */
    public Integer lastInviteDaysAgo() {
        return lastInviteDaysAgo;
    }

    /** A builder with the defaults of the JSON request format. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this group's values, for a modified copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.topics = topics;
        b.posts = posts;
        b.requesterIsMember = requesterIsMember;
        b.recipientIsMember = recipientIsMember;
        b.lastInviteDaysAgo = lastInviteDaysAgo;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof Group g && Objects.equals(name, g.name) && topics.equals(g.topics)
                && Objects.equals(posts, g.posts) && requesterIsMember == g.requesterIsMember
                && recipientIsMember == g.recipientIsMember && Objects.equals(lastInviteDaysAgo, g.lastInviteDaysAgo));
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, topics, posts, requesterIsMember, recipientIsMember, lastInviteDaysAgo);
    }

    /** {@code Group[name=…, topics=[…], …]}, every value. */
    @Override
    public String toString() {
        return "Group[name=" + name + ", topics=" + topics + ", posts=" + posts + ", requesterIsMember="
                + requesterIsMember + ", recipientIsMember=" + recipientIsMember + ", lastInviteDaysAgo="
                + lastInviteDaysAgo + "]";
    }

    /** Builds a {@link Group}; each setter checks its value at once and names the field when it fails. */
    public static final class Builder {
        private String name;
        private List<String> topics = List.of();
        private Integer posts;
        private boolean requesterIsMember = true;
        private boolean recipientIsMember;
        private Integer lastInviteDaysAgo;

        private Builder() {}

        public Builder name(String name) {
            this.name = Validation.optional(name, "group.name");
            return this;
        }

        public Builder topics(List<String> topics) {
            this.topics = Validation.strings(topics, "group.topics");
            return this;
        }

        public Builder topics(String... topics) {
            return topics(java.util.Arrays.asList(topics));
        }

        public Builder posts(Integer posts) {
            this.posts = Validation.count(posts, "group.posts");
            return this;
        }

        public Builder requesterIsMember(boolean requesterIsMember) {
            this.requesterIsMember = requesterIsMember;
            return this;
        }

        public Builder recipientIsMember(boolean recipientIsMember) {
            this.recipientIsMember = recipientIsMember;
            return this;
        }

        public Builder lastInviteDaysAgo(Integer lastInviteDaysAgo) {
            this.lastInviteDaysAgo = Validation.count(lastInviteDaysAgo, "group.lastInviteDaysAgo");
            return this;
        }

        public Group build() {
            return new Group(this);
        }
    }
}
