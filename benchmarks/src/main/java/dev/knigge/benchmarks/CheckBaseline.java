package dev.knigge.benchmarks;

import dev.knigge.Advisor;
import dev.knigge.advice.Advice;
import dev.knigge.advice.ReviewException;
import dev.knigge.json.RequestJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Plain {@code knigge check} of an NDJSON file, as the command does it: lines read and decoded
 * on the calling thread, reviewed on one thread per core, handed on in input order through a
 * window of 64 requests per thread. The baseline the audit is measured against.
 */
final class CheckBaseline {
    private static final int WINDOW_PER_THREAD = 64;

    private CheckBaseline() {}

    static void check(Advisor advisor, Path file, Consumer<Advice> sink) throws IOException, InterruptedException {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Deque<Future<Advice>> window = new ArrayDeque<>();
        try (RequestJson.Lines lines = RequestJson.readLines(Files.newInputStream(file))) {
            for (RequestJson.Line line : lines) {
                window.add(line.valid() ? pool.submit(() -> review(advisor, line))
                        : CompletableFuture.completedFuture(null));
                while (window.size() >= threads * WINDOW_PER_THREAD) {
                    sink.accept(take(window));
                }
            }
            while (!window.isEmpty()) {
                sink.accept(take(window));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Advice review(Advisor advisor, RequestJson.Line line) {
        try {
            return advisor.review(line.request());
        } catch (ReviewException e) {
            return null;
        }
    }

    private static Advice take(Deque<Future<Advice>> window) throws InterruptedException {
        try {
            return window.removeFirst().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
