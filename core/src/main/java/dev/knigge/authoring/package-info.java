/**
 * What DRL rules see and call besides the request's own values. The facts of a review are the
 * request and its parts exactly as the embedding API has them ({@code dev.knigge.request.ReviewRequest},
 * {@code Requester}, {@code Recipient}, {@code Relationship}, {@code Activity} with the format's
 * defaults filled in, {@code Group} when the request has one), the note's analysis {@link Note},
 * the norms' derived readings {@link Derived} ({@code stranger}, {@code overlap}, {@code basis},
 * {@code greeting}, …), and the policy's {@link Parameters}; {@link Findings#raise} reports a
 * finding. Field names are those of the JSON request format and of the derived facts in the
 * norms. Unknown values are {@code null}, so a rule that needs one writes
 * {@code connectedDays != null && connectedDays < $days}; derived note facts are {@code null}
 * when the note's language cannot be read.
 *
 * <p>All facts are immutable; {@code Note} and {@code Derived} are computed by Knigge once per review.
 */
package dev.knigge.authoring;
