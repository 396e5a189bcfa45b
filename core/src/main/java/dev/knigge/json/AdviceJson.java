package dev.knigge.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.knigge.advice.Advice;
import dev.knigge.internal.json.AdviceDecoder;
import dev.knigge.internal.json.AdviceEncoder;
import dev.knigge.internal.json.Json;
import dev.knigge.request.InvalidRequestException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes advice in the JSON advice format (v1), and reads it back. An instance is an immutable
 * writer configuration: compact (one line, for NDJSON) or pretty, with or without the
 * {@code "trace"} of {@code --explain}.
 *
 * <pre>{@code
 * AdviceJson json = AdviceJson.compact();
 * out.write(json.write(advice, lineNumber));     // {"line":7,"verdict":"REVISE",…}
 * String explained = AdviceJson.pretty().withTrace().write(advice);
 * }</pre>
 *
 * Non-ASCII text is written as it is (UTF-8 once encoded), not as Unicode escapes. Thread-safe.
 */
public final class AdviceJson {
    private static final AdviceJson COMPACT = new AdviceJson(false, false);
    private static final AdviceJson PRETTY = new AdviceJson(true, false);

    private final boolean pretty;
    private final boolean trace;

    private AdviceJson(boolean pretty, boolean trace) {
        this.pretty = pretty;
        this.trace = trace;
    }

    /** A writer of compact JSON on one line, without the trace. */
    public static AdviceJson compact() {
        return COMPACT;
    }

    /** A writer of JSON indented by two spaces, without the trace. */
    public static AdviceJson pretty() {
        return PRETTY;
    }

    /** A copy of this writer that also writes the {@code "trace"} of the rules that fired. */
    public AdviceJson withTrace() {
        return new AdviceJson(pretty, true);
    }

    /** The advice as JSON, without {@code "line"}. */
    public String write(Advice advice) {
        return toString(advice, null);
    }

    /** The advice as JSON with {@code "line"}: the number of the NDJSON line its request came from. */
    public String write(Advice advice, int line) {
        return toString(advice, checkLine(line));
    }

    /** Writes the advice as JSON without {@code "line"} and without a line break; does not close {@code out}. */
    public void write(Advice advice, Writer out) throws IOException {
        write(advice, null, out);
    }

    /** Writes the advice as JSON with {@code "line"} and without a line break; does not close {@code out}. */
    public void write(Advice advice, int line, Writer out) throws IOException {
        write(advice, checkLine(line), out);
    }

    /**
     * Reads the one advice object that is the whole of {@code json}. A {@code "line"} is checked
     * and dropped; a {@code "trace"} comes back as {@link Advice#trace()}.
     *
     * @throws InvalidRequestException when the JSON is malformed or not advice v1, naming the path
     */
    public static Advice read(String json) {
        return AdviceDecoder.decode(json);
    }

    /**
     * Reads the one advice object that is the whole of what {@code reader} holds; does not close it.
     *
     * @throws InvalidRequestException when the JSON is malformed or not advice v1, naming the path
     * @throws IOException when reading fails
     */
    public static Advice read(Reader reader) throws IOException {
        return AdviceDecoder.decode(reader);
    }

    private String toString(Advice advice, Integer line) {
        StringWriter out = new StringWriter(512);
        try {
            write(advice, line, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return out.toString();
    }

    private void write(Advice advice, Integer line, Writer out) throws IOException {
        java.util.Objects.requireNonNull(advice, "advice == null");
        try (JsonGenerator generator = Json.generator(out, pretty)) {
            AdviceEncoder.write(advice, line, trace, generator);
        }
    }

    private static Integer checkLine(int line) {
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1 (was " + line + ")");
        }
        return line;
    }

    @Override
    public String toString() {
        return "AdviceJson[" + (pretty ? "pretty" : "compact") + (trace ? ", with trace" : "") + "]";
    }
}
