package dev.knigge.audit;

import dev.knigge.request.ReviewRequest;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The requests of a campaign, in the order they would go out, from a source the audit can read
 * twice: first to index the notes, then to review. Either an NDJSON file or a re-iterable
 * collection; both must give the same requests each time they are read.
 */
public sealed interface Campaign permits Campaign.NdjsonFile, Campaign.Requests {

    /** A campaign in an NDJSON file (UTF-8, one request per line); bad lines are reported, not audited. */
    static Campaign ndjson(Path file) {
        return new NdjsonFile(file);
    }

    /**
     * A campaign held in memory; {@code requests} is iterated twice and must give the same
     * requests in the same order both times (any {@link java.util.Collection} does).
     */
    static Campaign of(Iterable<? extends ReviewRequest> requests) {
        return new Requests(requests);
    }

    /**
     * An NDJSON file.
     *
     * @param file the file, read as UTF-8
     */
    record NdjsonFile(Path file) implements Campaign {
        /** Checks that the file is given. */
        public NdjsonFile {
            Objects.requireNonNull(file, "file == null");
        }
    }

    /**
     * Requests in memory; their position (from 1) stands in for a line number.
     *
     * @param requests iterated once per pass, in the same order each time
     */
    record Requests(Iterable<? extends ReviewRequest> requests) implements Campaign {
        /** Checks that the requests are given. */
        public Requests {
            Objects.requireNonNull(requests, "requests == null");
        }
    }
}
