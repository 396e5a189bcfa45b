/**
 * What DRL rules see and call: one fact per part of the request ({@link Request},
 * {@link Requester}, {@link Recipient}, {@link Relationship}, {@link Activity}, {@link Group}),
 * the derived {@link Note}, the policy's {@link Parameters}, and {@link Findings#raise} to report
 * a finding. Field names are those of the JSON request format and of the derived facts in the
 * norms. Unknown values are {@code null}, so a rule that needs one writes
 * {@code connectedDays != null && connectedDays < $days}; derived note facts are {@code null}
 * when the note's language cannot be read.
 *
 * <p>All facts are immutable and built by Knigge for each review.
 */
package dev.knigge.authoring;
