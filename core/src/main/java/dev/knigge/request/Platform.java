package dev.knigge.request;

/** The network a request is sent on; platform-specific norms stay silent on {@link #GENERIC}. */
public enum Platform {
    LINKEDIN,
    XING,
    GENERIC
}
