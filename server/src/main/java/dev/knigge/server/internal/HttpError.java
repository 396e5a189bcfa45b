package dev.knigge.server.internal;

import dev.knigge.advice.ReviewException;

/**
 * A request the service answers with an error status and a message people can act on (the same
 * text the command gives, such as {@code $.relationship.degree: must be 0, 1, 2 or 3 (was 4)}).
 * Thrown by handlers and turned into a JSON error response by {@link Route}.
 */
public final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String header;
    private final String headerValue;

    private HttpError(int status, String message, String header, String headerValue) {
        super(message, null, false, false);
        this.status = status;
        this.header = header;
        this.headerValue = headerValue;
    }

    static HttpError badRequest(String message) {
        return new HttpError(400, message, null, null);
    }

    static HttpError notFound(String path) {
        return new HttpError(404, "no such resource: " + path, null, null);
    }

    static HttpError methodNotAllowed(String method, String allowed) {
        return new HttpError(405, method + " is not allowed here; use " + allowed, "Allow", allowed);
    }

    static HttpError tooLarge(String what, long limit) {
        return new HttpError(413, what + " larger than the limit of " + limit + " bytes", null, null);
    }

    static HttpError unsupportedType(String given, String expected) {
        return new HttpError(415, "Content-Type " + (given == null ? "(none)" : "'" + given + "'")
                + " is not supported here; send " + expected, null, null);
    }

    static HttpError busy(int retryAfterSeconds) {
        return new HttpError(503, "too many reviews waiting; retry after " + retryAfterSeconds + " s",
                "Retry-After", Integer.toString(retryAfterSeconds));
    }

    static HttpError stopping() {
        return new HttpError(503, "the server is stopping", null, null);
    }

    static HttpError reviewFailed(ReviewException failure) {
        return new HttpError(500, reviewFailedMessage(failure), null, null);
    }

    /**
     * What a client is told of a review that failed inside the policy: the rule, nothing more. The
     * failure's own message names the policy's files on the server and may quote the request; the
     * Advisor logs it at DEBUG.
     */
    static String reviewFailedMessage(ReviewException failure) {
        return "review failed: rule " + (failure.rule() == null ? "(unknown)" : failure.rule())
                + " failed (the server's log has the details)";
    }

    /** An unexpected failure: the response says only that, the log says more. */
    static HttpError internal() {
        return new HttpError(500, "internal error; the server's log has the details", null, null);
    }

    /** The HTTP status code. */
    int status() {
        return status;
    }

    /** A header the response carries (such as {@code Retry-After}), or {@code null}. */
    String header() {
        return header;
    }

    String headerValue() {
        return headerValue;
    }
}
