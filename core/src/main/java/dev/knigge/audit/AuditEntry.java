package dev.knigge.audit;

import dev.knigge.advice.Advice;
import dev.knigge.advice.ReviewException;
import dev.knigge.request.InvalidRequestException;
import dev.knigge.request.ReviewRequest;

/**
 * One entry of an audited campaign, handed on in input order: the advice for a request, or why
 * the line could not be read, or why its review failed.
 *
 * @param line the NDJSON line number, or the request's position (from 1) in a collection
 * @param request the request as reviewed, with the campaign's {@code sameNoteRecipients} and
 *        {@code similarSentLast7Days} filled in where it gave none; {@code null} for an invalid line
 * @param advice the advice, or {@code null} when the line was invalid or the review failed
 * @param invalid why the line is not a valid request, or {@code null}
 * @param failure why the review failed inside the policy, or {@code null}
 */
public record AuditEntry(int line, ReviewRequest request, Advice advice, InvalidRequestException invalid,
                         ReviewException failure) {

    /** Checks that exactly one of advice, invalid and failure is given, and a request with advice or failure. */
    public AuditEntry {
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1 (was " + line + ")");
        }
        int given = (advice != null ? 1 : 0) + (invalid != null ? 1 : 0) + (failure != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("an audited entry has exactly one of advice, invalid and failure");
        }
        if ((request == null) != (invalid != null)) {
            throw new IllegalArgumentException("an audited entry has a request unless it is invalid");
        }
    }
}
