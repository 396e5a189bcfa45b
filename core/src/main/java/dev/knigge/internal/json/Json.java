package dev.knigge.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.knigge.internal.Limits;
import java.io.IOException;
import java.io.Writer;
import java.util.function.Function;

/**
 * The shared Jackson factory and small helpers for messages. The limits of a request are
 * {@link Limits}'; the two here only keep Jackson from reading what cannot be a field or a value.
 */
public final class Json {
    static { JacksonVersion.require(); } // first: an older jackson-core fails the factory below with NoSuchFieldError
    /** The longest field name Jackson will read; longer ones cannot be a known field anyway. */
    static final int MAX_NAME = 1_000;
    /** The longest number, in digits. */
    static final int MAX_NUMBER = 1_000;

    /** The problem reported for a request over {@link Limits#MAX_REQUEST_BYTES}. */
    public static final String TOO_LARGE = "request larger than 1 MiB (" + Limits.MAX_REQUEST_BYTES + " bytes)";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Limits.MAX_DEPTH)
                    .maxStringLength(Limits.MAX_REQUEST_BYTES)
                    .maxNameLength(MAX_NAME)
                    .maxNumberLength(MAX_NUMBER)
                    .build())
            .build();

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withRootSeparator("\n")
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private Json() {}

    /**
     * The factory every Knigge parser and generator comes from: duplicate keys are errors,
     * nesting stops at {@link Limits#MAX_DEPTH}, sources and targets are never closed by Jackson.
     * Thread-safe.
     */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /**
     * A generator writing to {@code out}, compact or indented: two spaces, {@code "name": value},
     * one entry per line, {@code \n} line ends on every platform, empty arrays and objects as
     * {@code []} and {@code {}}, documents one after another on lines of their own.
     */
    public static JsonGenerator generator(Writer out, boolean pretty) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(out);
        if (pretty) {
            // One instance per generator: it counts the nesting.
            generator.setPrettyPrinter(PRETTY.createInstance());
        }
        return generator;
    }

    /** How a token reads in "expected …, got …": {@code "a string"}, {@code "an array"}… */
    public static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case END_OBJECT -> "the end of an object";
            case END_ARRAY -> "the end of an array";
            case FIELD_NAME -> "a field name";
            default -> token.name();
        };
    }

    /**
     * Jackson's message about malformed JSON, with the one place it can name inside — where the
     * object or array that was left open (or closed with the wrong bracket) began — written by
     * {@code where}. That place is the start of the parser's current context, taken from there
     * as a {@link JsonLocation}, never read out of the message's text.
     */
    public static String problem(JsonProcessingException e, JsonParser parser, Function<JsonLocation, String> where) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        JsonStreamContext context = parser.getParsingContext();
        if (context == null || context.inRoot()) {
            return message;
        }
        JsonLocation start = context.startLocation(parser.currentLocation().contentReference());
        return message.replace(start.toString(), where.apply(start));
    }

    /** A value quoted for a message, shortened when long, with quotes and control characters escaped. */
    public static String quote(String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        StringBuilder out = new StringBuilder(shown.length() + 2).append('"');
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A number's text for a message, shortened when long. */
    static String clip(String number) {
        return number.length() > 40 ? number.substring(0, 40) + "…" : number;
    }

    /** One step of a JSON path: {@code .name}, or {@code ['odd name']} when it is not an identifier. */
    public static void appendName(StringBuilder path, String name) {
        boolean identifier = !name.isEmpty() && name.length() <= 100;
        for (int i = 0; identifier && i < name.length(); i++) {
            char c = name.charAt(i);
            identifier = c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (i > 0 && c >= '0' && c <= '9');
        }
        if (identifier) {
            path.append('.').append(name);
            return;
        }
        String shown = name.length() > 100 ? name.substring(0, 100) + "…" : name;
        path.append("['");
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c == '\'' || c == '\\') {
                path.append('\\').append(c);
            } else if (c < 0x20) {
                path.append(String.format("\\u%04x", (int) c));
            } else {
                path.append(c);
            }
        }
        path.append("']");
    }

    /** Characters (code points) in {@code s}, counted only when its UTF-16 length is over {@code max}. */
    static int overLimit(String s, int max) {
        if (s.length() <= max) {
            return -1;
        }
        int count = s.codePointCount(0, s.length());
        return count > max ? count : -1;
    }

    /** The bytes {@code c} takes in UTF-8; a surrogate counts 2, so a pair counts 4. */
    static int utf8Weight(char c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800 || Character.isSurrogate(c)) {
            return 2;
        }
        return 3;
    }

    /** The bytes {@code s} takes in UTF-8. */
    static long utf8Length(CharSequence s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            bytes += utf8Weight(s.charAt(i));
        }
        return bytes;
    }
}
