package dev.knigge.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A guard against hangs, for property tries (jqwik has no timeout of its own): runs the work on
 * a helper thread and fails when it takes longer than a generous limit. It never asserts a
 * speed: the limits are tens of seconds for work that takes milliseconds.
 */
public final class Guard {
    /** The limit for one review or one decode. */
    public static final Duration HANG = Duration.ofSeconds(30);

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "hang-guard-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private Guard() {}

    /** The work's result; what it throws is rethrown as it is; a hang fails with {@code what}. */
    public static <T> T within(Duration limit, String what, Callable<T> work) {
        Future<T> future = POOL.submit(work);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("did not finish within " + limit.toSeconds() + " s (a hang): " + what);
        } catch (ExecutionException e) {
            throw Guard.<RuntimeException>sneaky(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** {@link #within} with the default limit. */
    public static <T> T within(String what, Callable<T> work) {
        return within(HANG, what, work);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable t) throws E {
        throw (E) t;
    }
}
