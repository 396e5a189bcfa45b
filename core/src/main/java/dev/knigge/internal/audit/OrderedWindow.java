package dev.knigge.internal.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs tasks on one thread per core and hands their results on in submission order, on the
 * submitting thread. At most {@link #PER_THREAD} tasks per thread are in flight: submitting
 * waits for the oldest, so memory stays bounded however many tasks come. Not thread-safe: one
 * thread submits; {@link #close()} stops the threads.
 */
final class OrderedWindow implements AutoCloseable {
    static final int PER_THREAD = 64;

    private final Consumer<Reviewed> sink;
    private final int threads = Runtime.getRuntime().availableProcessors();
    private final Deque<Future<Reviewed>> window = new ArrayDeque<>();
    private ExecutorService pool;

    OrderedWindow(Consumer<Reviewed> sink) {
        this.sink = sink;
    }

    /** Runs a task; its result is handed on after every earlier one. */
    void submit(Supplier<Reviewed> task) {
        if (threads < 2) {
            done(task.get());
            return;
        }
        if (pool == null) {
            pool = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "knigge-audit");
                thread.setDaemon(true);
                return thread;
            });
        }
        window.add(pool.submit(task::get));
        drain(threads * PER_THREAD);
    }

    /** A result that needs no work; it is handed on after every earlier one. */
    void done(Reviewed result) {
        window.add(CompletableFuture.completedFuture(result));
        drain(threads * PER_THREAD);
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

    /** Stops the threads; tasks still running are interrupted and their results dropped. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
