package dev.knigge;

import dev.knigge.advice.Advice;
import dev.knigge.advice.ReviewException;
import dev.knigge.policy.PolicyException;
import dev.knigge.request.ReviewRequest;

/**
 * Callbacks from an {@link Advisor}: how a platform counts per-rule hits and latencies in
 * production. Every method is a no-op by default. Called on the reviewing thread, so keep them
 * fast and thread-safe; an exception thrown here is logged and otherwise ignored.
 */
public interface AdvisorListener {

    /** A review finished. */
    default void reviewed(ReviewRequest request, Advice advice, long nanos) {}

    /** A review failed inside the policy (a rule threw or looped). */
    default void failed(ReviewRequest request, ReviewException failure, long nanos) {}

    /**
     * A watched policy was reloaded and is now in service. Called on the {@link PolicyWatcher}'s
     * thread, or on the thread that called {@link PolicyWatcher#reloadNow()}.
     */
    default void reloaded(String policy, String version) {}

    /**
     * A watched policy changed but did not lint or load; the last good one stays in service.
     * Called on the {@link PolicyWatcher}'s thread, or on the thread that called
     * {@link PolicyWatcher#reloadNow()}.
     */
    default void reloadFailed(PolicyException failure) {}
}
