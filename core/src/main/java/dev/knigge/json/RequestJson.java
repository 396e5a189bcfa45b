package dev.knigge.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.knigge.internal.json.Json;
import dev.knigge.internal.json.NdjsonReader;
import dev.knigge.internal.json.RequestDecoder;
import dev.knigge.internal.json.RequestEncoder;
import dev.knigge.request.InvalidRequestException;
import dev.knigge.request.ReviewRequest;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads and writes requests in the JSON request format (v1).
 *
 * <p>Only {@code type} is required; absent fields and JSON {@code null} take the format's
 * defaults. Anything else that is wrong — malformed JSON, an unknown field, a wrong type, a value
 * out of range, a string or list over its limit, a duplicate key, a request over 1 MiB — is an
 * {@link InvalidRequestException} naming the JSON path:
 *
 * <pre>{@code
 * ReviewRequest request = RequestJson.read(Files.newInputStream(path));
 *
 * try (RequestJson.Lines lines = RequestJson.readLines(System.in)) {
 *     for (RequestJson.Line line : lines) {
 *         if (line.valid()) { review(line.request()); } else { report(line.number(), line.error()); }
 *     }
 * }
 * }</pre>
 *
 * Thread-safe: all methods are static and share nothing mutable.
 */
public final class RequestJson {
    private RequestJson() {}

    /**
     * Reads the one request object that is the whole of {@code json}; a leading byte order mark
     * is ignored.
     *
     * @throws InvalidRequestException when the JSON is malformed or the request invalid
     */
    public static ReviewRequest read(String json) {
        return RequestDecoder.decode(json);
    }

    /**
     * Reads the one request object that is the whole of what {@code reader} holds; does not close it.
     *
     * @throws InvalidRequestException when the JSON is malformed or the request invalid
     * @throws IOException when reading fails
     */
    public static ReviewRequest read(Reader reader) throws IOException {
        return RequestDecoder.decode(reader);
    }

    /**
     * Reads the one request object that is the whole of what {@code in} holds, in UTF-8 (a byte
     * order mark is ignored); does not close it.
     *
     * @throws InvalidRequestException when the JSON is malformed or the request invalid
     * @throws IOException when reading fails
     */
    public static ReviewRequest read(InputStream in) throws IOException {
        return RequestDecoder.decode(in);
    }

    /**
     * Reads NDJSON from UTF-8 bytes, one request per line, lazily as the lines are iterated.
     * Closing the result closes {@code in}.
     */
    public static Lines readLines(InputStream in) {
        return new Lines(NdjsonReader.of(in));
    }

    /**
     * Reads NDJSON from characters, one request per line, lazily as the lines are iterated.
     * Closing the result closes {@code reader}.
     */
    public static Lines readLines(Reader reader) {
        return new Lines(NdjsonReader.of(reader));
    }

    /** The request as compact JSON on one line; values equal to their defaults are left out. */
    public static String write(ReviewRequest request) {
        StringWriter out = new StringWriter(256);
        try {
            write(request, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return out.toString();
    }

    /** Writes the request as compact JSON on one line, without a line break; does not close {@code out}. */
    public static void write(ReviewRequest request, Writer out) throws IOException {
        try (JsonGenerator generator = Json.generator(out, false)) {
            RequestEncoder.write(request, generator);
        }
    }

    /**
     * One non-blank line of an NDJSON input: its number and either its request or the reason it
     * could not be read.
     *
     * @param number the line's number, counting from 1 (blank lines count)
     * @param request the request, or {@code null} when the line is invalid
     * @param error why the line is invalid, or {@code null} when it holds a request
     */
    public record Line(int number, ReviewRequest request, InvalidRequestException error) {

        /** Checks that the line has a number from 1 and exactly one of a request and an error. */
        public Line {
            if (number < 1) {
                throw new IllegalArgumentException("number must be at least 1 (was " + number + ")");
            }
            if ((request == null) == (error == null)) {
                throw new IllegalArgumentException("a line has either a request or an error");
            }
        }

        /** Whether the line holds a request. */
        public boolean valid() {
            return request != null;
        }
    }

    /**
     * The lines of an NDJSON input, read as they are iterated: blank lines are skipped, every
     * other line yields a {@link Line}, and a bad line never stops the iteration. Can be
     * iterated once; not thread-safe. An I/O failure surfaces as {@link UncheckedIOException}.
     */
    public static final class Lines implements Iterable<Line>, Closeable {
        private final NdjsonReader reader;
        private boolean iterated;

        private Lines(NdjsonReader reader) {
            this.reader = reader;
        }

        /**
         * The iterator over the lines; there is only one.
         *
         * @throws IllegalStateException when called a second time
         */
        @Override
        public Iterator<Line> iterator() {
            if (iterated) {
                throw new IllegalStateException("the lines can be iterated only once");
            }
            iterated = true;
            return new Iterator<>() {
                private Line next;
                private boolean done;

                @Override
                public boolean hasNext() {
                    if (next == null && !done) {
                        try {
                            if (reader.next()) {
                                next = new Line(reader.lineNumber(), reader.request(), reader.error());
                            } else {
                                done = true;
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return next != null;
                }

                @Override
                public Line next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Line line = next;
                    next = null;
                    return line;
                }
            };
        }

        /** Closes the underlying input. */
        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
