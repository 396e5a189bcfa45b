package dev.knigge.server.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that review, with a bounded queue in front: a review, a batch or an audit is one job.
 * When every thread is busy and the queue is full, a new job is turned away at once (503 with
 * {@code Retry-After}) instead of waiting behind work the server cannot finish soon. HTTP threads
 * only read, parse and write; they wait here for the job.
 */
public final class ReviewPool implements AutoCloseable {
    private static final int RETRY_AFTER_SECONDS = 1;

    private final ThreadPoolExecutor executor;
    private final Metrics metrics;

    /**
     * @param threads how many jobs run at once
     * @param queueCapacity how many jobs may wait for a thread
     */
    public ReviewPool(int threads, int queueCapacity, Metrics metrics) {
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queueCapacity), runnable -> {
                    Thread thread = new Thread(runnable, "knigge-review-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.metrics = metrics;
    }

    /**
     * Runs the job on a review thread and returns its result.
     *
     * @throws HttpError 503 when the queue is full; whatever the job throws, unwrapped
     */
    <T> T run(Callable<T> job) {
        Future<T> future;
        try {
            future = executor.submit(job);
        } catch (RejectedExecutionException e) {
            metrics.rejected();
            throw HttpError.busy(RETRY_AFTER_SECONDS);
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            // Only a stop interrupts the HTTP threads.
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw HttpError.stopping();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** How many jobs wait for a thread. */
    int queued() {
        return executor.getQueue().size();
    }

    /** Stops the threads; called once nothing is in flight any more. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
