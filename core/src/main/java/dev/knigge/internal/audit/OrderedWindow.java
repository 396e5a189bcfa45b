package dev.knigge.internal.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs tasks on a pool and hands their results on in submission order, on the submitting thread.
 * At most {@link #PER_THREAD} tasks per thread are in flight: submitting waits for the oldest, so
 * memory stays bounded however many tasks come. Not thread-safe: one thread submits.
 */
final class OrderedWindow {
    static final int PER_THREAD = 64;

    private final Consumer<Reviewed> sink;
    private final ExecutorService pool;
    private final int limit;
    private final Deque<Future<Reviewed>> window = new ArrayDeque<>();

    /** @param pool the threads to run tasks on, or {@code null} to run them on the submitting thread */
    OrderedWindow(ExecutorService pool, int threads, Consumer<Reviewed> sink) {
        this.pool = pool;
        this.limit = Math.max(1, threads) * PER_THREAD;
        this.sink = sink;
    }

    /** Runs a task; its result is handed on after every earlier one. */
    void submit(Supplier<Reviewed> task) {
        if (pool == null) {
            done(task.get());
            return;
        }
        window.add(pool.submit(task::get));
        drain(limit);
    }

    /** A result that needs no work; it is handed on after every earlier one. */
    void done(Reviewed result) {
        window.add(CompletableFuture.completedFuture(result));
        drain(limit);
    }

    /** Waits for every task and hands on the remaining results. */
    void finish() {
        drain(1);
    }

    private void drain(int limit) {
        while (window.size() >= limit) {
            sink.accept(take(window.removeFirst()));
        }
    }

    private static Reviewed take(Future<Reviewed> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while auditing", e);
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
}
