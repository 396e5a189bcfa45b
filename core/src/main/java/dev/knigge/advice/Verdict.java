package dev.knigge.advice;

/** The answer of a review, in ascending order of strictness. */
public enum Verdict {
    /** Nothing stands in the way; findings, if any, are advice. */
    SEND,
    /** Fix what the warnings say before sending. */
    REVISE,
    /** Do not send this request. */
    DO_NOT_SEND
}
