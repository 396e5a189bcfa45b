package dev.knigge.internal.audit;

import dev.knigge.audit.AuditEntry;

/**
 * One entry after its review, with what the report counts about it.
 *
 * @param audited what the caller gets
 * @param requester the requester's key ({@link Requesters#key}), or {@code null} for an invalid line
 * @param cluster the note's cluster in the template index, or -1 (no note, or not indexed)
 * @param stranger the request goes to a stranger
 * @param offTopic a group or discussion invitation the recipient's profile does not fit
 * @param massSent the note goes to at least mass.sameNote recipients
 */
record Reviewed(AuditEntry audited, String requester, int cluster, boolean stranger, boolean offTopic,
                boolean massSent) {}
