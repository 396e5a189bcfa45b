package dev.knigge.scenario;

import dev.knigge.request.ReviewRequest;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One scenario: a request and what a policy must say about it.
 *
 * @param file the file it was read from, as found (a folder given to the search, resolved with the file's place in it)
 * @param title what the scenario is about, in a few words
 * @param request the request to review
 * @param locale the locale to review it in, or {@code null} for the Advisor's default
 * @param expect what the review must give
 * @param source where the case comes from (an address, a publication), or {@code null}; documentation only
 * @param judgement why the case expects what it does, and what was assumed to write it down, or {@code null};
 *        documentation only
 */
public record Scenario(Path file, String title, ReviewRequest request, Locale locale, Expectation expect, String source,
                       String judgement) {

    /** Checks the required fields. */
    public Scenario {
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(title, "title == null");
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(expect, "expect == null");
    }

    /** {@code title (file)}, the way reports name a scenario. */
    @Override
    public String toString() {
        return title + " (" + file + ")";
    }
}
