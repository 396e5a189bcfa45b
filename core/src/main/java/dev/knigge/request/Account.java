package dev.knigge.request;

/** The requester's account tier, which decides platform limits such as note length. */
public enum Account {
    FREE,
    PREMIUM
}
