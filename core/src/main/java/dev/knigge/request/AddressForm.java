package dev.knigge.request;

/** How requester and recipient address each other in German: formal "Sie", informal "du", or not known. */
public enum AddressForm {
    SIE,
    DU,
    UNKNOWN
}
