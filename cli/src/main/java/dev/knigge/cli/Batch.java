package dev.knigge.cli;

import dev.knigge.Advisor;
import dev.knigge.advice.Advice;
import dev.knigge.advice.ReviewException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reviews a stream of inputs on all cores and hands the results on in input order. Memory stays
 * bounded: only a window of requests is in flight, however long the input.
 */
final class Batch {
    /** A reviewed input: the advice, or why the review failed, or the input's own error. */
    record Result(Input input, Advice advice, ReviewException failure) {}

    private static final int WINDOW_PER_THREAD = 64;

    private Batch() {}

    static void run(Iterator<Input> inputs, Advisor advisor, Locale locale, Consumer<Result> sink) {
        int threads = Runtime.getRuntime().availableProcessors();
        if (!inputs.hasNext()) {
            return;
        }
        Input first = inputs.next();
        if (!inputs.hasNext()) {
            sink.accept(review(first, advisor, locale));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "knigge-review");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<Result>> window = new ArrayDeque<>();
            int limit = threads * WINDOW_PER_THREAD;
            Input next = first;
            while (next != null) {
                Input input = next;
                window.add(input.request() == null ? CompletableFuture.completedFuture(new Result(input, null, null))
                        : pool.submit(() -> review(input, advisor, locale)));
                while (window.size() >= limit) {
                    sink.accept(take(window));
                }
                next = inputs.hasNext() ? inputs.next() : null;
            }
            while (!window.isEmpty()) {
                sink.accept(take(window));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result review(Input input, Advisor advisor, Locale locale) {
        if (input.request() == null) {
            return new Result(input, null, null);
        }
        try {
            return new Result(input, advisor.review(input.request(), locale), null);
        } catch (ReviewException e) {
            return new Result(input, null, e);
        }
    }

    private static Result take(Deque<Future<Result>> window) {
        try {
            return window.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reviewing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
