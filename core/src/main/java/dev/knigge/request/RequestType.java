package dev.knigge.request;

/** What kind of networking request is being reviewed. */
public enum RequestType {
    /** An invitation to connect (LinkedIn) or a contact request (XING). */
    CONNECTION,
    /** A direct message to someone the requester can already message. */
    MESSAGE,
    /** A paid message to someone outside the requester's network (LinkedIn InMail). */
    INMAIL,
    /** A request that the recipient write a recommendation for the requester. */
    RECOMMENDATION,
    /** A request that the recipient endorse one of the requester's skills. */
    ENDORSEMENT,
    /** A request that the recipient introduce the requester to someone else. */
    INTRODUCTION,
    /** An invitation to join a group. */
    GROUP_INVITE,
    /** An invitation to, or a tag in, a discussion or post. */
    DISCUSSION_INVITE
}
