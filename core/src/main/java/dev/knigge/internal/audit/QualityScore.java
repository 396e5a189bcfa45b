package dev.knigge.internal.audit;

import dev.knigge.advice.Verdict;

/**
 * The campaign's quality score, 0..1:
 *
 * <pre>
 *   qualityScore = (1 / n) · Σᵢ w(verdictᵢ) · (1 − tᵢ)
 *
 *   n          the requests that were reviewed
 *   w(SEND) = 1,  w(REVISE) = ½,  w(DO_NOT_SEND) = 0
 *   tᵢ = 1     when request i's note goes, unchanged or as a near copy, to at least
 *              mass.sameNote recipients (the policy's threshold, 10 in professional); else 0
 * </pre>
 *
 * It reads as "the share of requests that can go out as they are", where one that needs
 * revising counts half and a mass-sent note counts nothing whatever its verdict: quality over
 * quantity. A mail-merged note that greets by name and names the recipient's industry can pass
 * the note analyzer as personalised, yet it is still mass-sent — the audit sees what one request
 * cannot. Strangers and off-topic invitations weigh in through their verdicts (GEN-NO-BASIS,
 * GRP-TOPIC-MISMATCH), not a second time. 1 when nothing was reviewed: nothing to hold against it.
 */
final class QualityScore {
    private QualityScore() {}

    /** One request's part of the sum: {@code w(verdict) · (1 − t)}. */
    static double of(Verdict verdict, boolean massSent) {
        if (massSent) {
            return 0;
        }
        return switch (verdict) {
            case SEND -> 1;
            case REVISE -> 0.5;
            case DO_NOT_SEND -> 0;
        };
    }

    /** The score of {@code reviewed} requests whose parts add up to {@code sum}, rounded to three decimals. */
    static double score(double sum, int reviewed) {
        return reviewed == 0 ? 1.0 : round(sum / reviewed);
    }

    /** A share rounded to three decimals. */
    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
