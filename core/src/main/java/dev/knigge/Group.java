package dev.knigge;

import java.util.List;

/**
 * The group a {@link RequestType#GROUP_INVITE} (or a discussion inside a group) is about.
 *
 * @param name the group's name, or {@code null}
 * @param topics what the group is about
 * @param posts how many posts it has, or {@code null}
 * @param requesterIsMember whether the requester is a member (or moderator)
 * @param recipientIsMember whether the recipient already is a member
 * @param lastInviteDaysAgo days since the requester last invited this recipient to it, or {@code null}
 */
public record Group(String name, List<String> topics, Integer posts, boolean requesterIsMember,
                    boolean recipientIsMember, Integer lastInviteDaysAgo) {

    public Group {
        name = Validation.optional(name, "group.name");
        topics = Validation.strings(topics, "group.topics");
        Validation.count(posts, "group.posts");
        Validation.count(lastInviteDaysAgo, "group.lastInviteDaysAgo");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this group's values, for a modified copy. */
    public Builder toBuilder() {
        return new Builder().name(name).topics(topics).posts(posts).requesterIsMember(requesterIsMember)
                .recipientIsMember(recipientIsMember).lastInviteDaysAgo(lastInviteDaysAgo);
    }

    /** Builds a {@link Group}; defaults are those of the JSON request format. */
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
            return new Group(name, topics, posts, requesterIsMember, recipientIsMember, lastInviteDaysAgo);
        }
    }
}
