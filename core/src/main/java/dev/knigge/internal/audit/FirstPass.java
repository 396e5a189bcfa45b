package dev.knigge.internal.audit;

import dev.knigge.audit.Campaign;
import dev.knigge.json.RequestJson;
import dev.knigge.request.ReviewRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The audit's first pass: every valid request's note into the {@link TemplateIndex}. A large
 * file is split into one range of lines per thread, indexed in parallel and merged in file order,
 * so the first pass costs a fraction of the reviews; anything else is read on the calling thread.
 * Invalid lines are skipped here: the second pass reports them.
 */
final class FirstPass {
    /** Below this size a file is read on one thread: splitting would not pay. */
    static final long PARALLEL_FROM_BYTES = 1 << 20;

    private FirstPass() {}

    /**
     * Indexes the campaign's notes; the index is not clustered yet.
     *
     * @param normalizer reduces each note to its template
     * @param pool the threads to split a large file over, or {@code null} for the calling thread only
     */
    static TemplateIndex index(Campaign campaign, NoteNormalizer normalizer, ExecutorService pool, int threads) {
        if (pool != null && campaign instanceof Campaign.NdjsonFile file && large(file.file())) {
            return parallel(file.file(), normalizer, pool, threads);
        }
        TemplateIndex index = new TemplateIndex();
        try (CampaignPass pass = CampaignPass.open(campaign)) {
            while (pass.hasNext()) {
                add(index, normalizer, pass.next().request());
            }
        }
        return index;
    }

    private static boolean large(Path file) {
        try {
            return Files.size(file) >= PARALLEL_FROM_BYTES;
        } catch (IOException e) {
            return false;
        }
    }

    private static TemplateIndex parallel(Path file, NoteNormalizer normalizer, ExecutorService pool, int threads) {
        List<Future<TemplateIndex>> parts = new ArrayList<>();
        try {
            long[] bounds = FileRanges.split(file, threads);
            for (int i = 0; i + 1 < bounds.length; i++) {
                long start = bounds[i];
                long end = bounds[i + 1];
                parts.add(pool.submit(() -> range(file, normalizer, start, end)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read", e);
        }
        TemplateIndex index = new TemplateIndex();
        for (Future<TemplateIndex> part : parts) {
            index.addAll(get(part));
        }
        return index;
    }

    private static TemplateIndex range(Path file, NoteNormalizer normalizer, long start, long end) throws IOException {
        TemplateIndex index = new TemplateIndex();
        try (RequestJson.Lines lines = RequestJson.readLines(FileRanges.open(file, start, end))) {
            for (RequestJson.Line line : lines) {
                add(index, normalizer, line.request());
            }
        }
        return index;
    }

    private static void add(TemplateIndex index, NoteNormalizer normalizer, ReviewRequest request) {
        if (request != null) {
            Fingerprint fingerprint = normalizer.of(request);
            if (fingerprint != null) {
                index.add(fingerprint);
            }
        }
    }

    private static TemplateIndex get(Future<TemplateIndex> part) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing the campaign", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
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
