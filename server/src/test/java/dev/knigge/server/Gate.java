package dev.knigge.server;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Test helper called by the {@code faulty} test policy's rule: a review waits here until the test
 * opens the gate, so a test can keep the review threads busy for as long as it needs.
 */
public final class Gate {
    private static volatile CountDownLatch open = new CountDownLatch(0);
    private static final Semaphore WAITING = new Semaphore(0);

    private Gate() {}

    /** Called by the rule: counts itself as waiting, then waits (at most a minute, against hangs). */
    public static void pass() {
        WAITING.release();
        try {
            open.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Closes the gate: reviews that reach it wait. */
    static void close() {
        WAITING.drainPermits();
        open = new CountDownLatch(1);
    }

    /** Waits until {@code reviews} reviews wait at the gate. */
    static void awaitWaiting(int reviews) throws InterruptedException {
        if (!WAITING.tryAcquire(reviews, 1, TimeUnit.MINUTES)) {
            throw new AssertionError("fewer than " + reviews + " reviews reached the gate within a minute");
        }
    }

    /** Opens the gate: every waiting review goes on. */
    static void open() {
        open.countDown();
    }
}
