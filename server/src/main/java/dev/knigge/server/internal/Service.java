package dev.knigge.server.internal;

import dev.knigge.Advisor;
import dev.knigge.advice.Advice;
import dev.knigge.advice.ReviewException;
import dev.knigge.request.ReviewRequest;
import java.util.Locale;

/**
 * What the endpoints share: the policy in service, the metrics, the review threads and the limits.
 *
 * @param maxBatchBytes the largest body {@code /v1/review/batch} and {@code /v1/audit} take
 */
public record Service(ServedPolicy policy, Metrics metrics, ReviewPool pool, long maxBatchBytes) {
    /** The largest body {@code /v1/review} takes: the request format's own limit. */
    static final long MAX_REQUEST_BYTES = 1024 * 1024;

    /** Reviews one request, timed and counted. */
    Advice review(Advisor advisor, ReviewRequest request, Locale locale) {
        long start = System.nanoTime();
        try {
            Advice advice = advisor.review(request, locale);
            metrics.reviewed(advice, System.nanoTime() - start);
            return advice;
        } catch (ReviewException e) {
            metrics.failed();
            throw e;
        }
    }
}
