package dev.knigge.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.knigge.internal.Limits;
import dev.knigge.internal.Suggestions;
import dev.knigge.request.InvalidRequestException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads typed values from a Jackson parser inside one object (a request, an advice) and names
 * every problem by its JSON path. The path is worked out from Jackson's parsing context only
 * when a problem is reported, so reading a good document builds no path strings.
 *
 * <p>Every {@code next…} method advances to the next token and reads it as a value; JSON
 * {@code null} reads as Java {@code null} ("absent").
 */
final class Cursor {
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-([A-Za-z]{2}|[0-9]{3}))?");

    private final JsonParser parser;
    private final String base;
    private final int startDepth;
    private final boolean lineNumbers;
    private InvalidRequestException raised;

    /**
     * @param parser the parser, positioned at (or, for a whole document, before) the object
     * @param base the JSON path of the object, such as {@code $} or {@code $.request}
     * @param startDepth the nesting depth of the object's own context (1 for a document's root object)
     * @param lineNumbers whether messages about malformed JSON give the line as well as the column
     */
    Cursor(JsonParser parser, String base, int startDepth, boolean lineNumbers) {
        this.parser = parser;
        this.base = base;
        this.startDepth = startDepth;
        this.lineNumbers = lineNumbers;
    }

    /** The next field's name, with the parser on it, or {@code null} at the end of the object. */
    String nextField() throws IOException {
        return parser.nextFieldName();
    }

    /** A string, or {@code null}. */
    String nextString() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw error("expected a string, got " + Json.describe(token));
    }

    /** A string that must be there and not be {@code null}. */
    String nextRequiredString() throws IOException {
        String value = nextString();
        if (value == null) {
            throw error("must not be null");
        }
        return value;
    }

    /** A language code such as {@code de} or {@code de-AT}, or {@code null}. */
    String nextLanguage() throws IOException {
        String value = nextString();
        if (value != null && !LANGUAGE.matcher(value).matches()) {
            throw error("not a language code: " + Json.quote(value)
                    + " (expected 2 or 3 letters, optionally with a region, as in \"de-AT\")");
        }
        return value;
    }

    /** {@code true}, {@code false} or {@code null}. */
    Boolean nextBoolean() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw error("expected true or false, got " + Json.describe(token));
    }

    /** A whole number that fits an {@code int}, or {@code null}. Negative values are left to the caller. */
    Integer nextWholeNumber() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (parser.getNumberType() == JsonParser.NumberType.INT) {
                return parser.getIntValue();
            }
            String text = parser.getText();
            if (text.startsWith("-")) {
                throw error("must not be negative (was " + Json.clip(text) + ")");
            }
            throw error("expected a whole number up to " + Integer.MAX_VALUE + ", got " + Json.clip(text));
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            throw error("expected a whole number, got " + Json.clip(parser.getText()));
        }
        throw error("expected a whole number, got " + Json.describe(token));
    }

    /** A number from 0 to 1, or {@code null}. */
    Double nextShare() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            double value = parser.getDoubleValue();
            if (!(value >= 0.0 && value <= 1.0)) {
                throw error("must be between 0 and 1 (was " + Json.clip(parser.getText()) + ")");
            }
            return value;
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw error("expected a number between 0 and 1, got " + Json.describe(token));
    }

    /** One of an enum's names, exactly as declared, or {@code null}. */
    <E extends Enum<E>> E nextEnum(Names<E> names) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText();
            E value = names.get(text);
            if (value == null) {
                String closest = Suggestions.closest(text, names.names());
                throw error("unknown value " + Json.quote(text) + (closest != null
                        ? " (did you mean \"" + closest + "\"?)"
                        : " (expected one of " + String.join(", ", names.names()) + ")"));
            }
            return value;
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw error("expected one of " + String.join(", ", names.names()) + ", got " + Json.describe(token));
    }

    /** {@code true} at the start of an object, {@code false} for {@code null}. */
    boolean nextObject() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.START_OBJECT) {
            return true;
        }
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        throw error("expected an object, got " + Json.describe(token));
    }

    /** {@code true} at the start of an array, {@code false} for {@code null}. */
    boolean nextArray(String of) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.START_ARRAY) {
            return true;
        }
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        throw error("expected an array of " + of + ", got " + Json.describe(token));
    }

    /** Inside an array: {@code true} at the start of the next object, {@code false} at the array's end. */
    boolean nextObjectInArray() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.START_OBJECT) {
            return true;
        }
        if (token == JsonToken.END_ARRAY) {
            return false;
        }
        throw error("expected an object, got " + Json.describe(token));
    }

    /**
     * A list of strings, or {@code null}; each string at most {@code maxLength} characters, at
     * most {@code maxItems} of them, no {@code null} items.
     */
    List<String> nextStrings(int maxItems, int maxLength) throws IOException {
        if (!nextArray("strings")) {
            return null;
        }
        List<String> values = new ArrayList<>();
        int count = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            count++;
            if (count > maxItems) {
                // Count the rest for the message, holding none of it.
                parser.skipChildren();
                continue;
            }
            if (token != JsonToken.VALUE_STRING) {
                throw error("expected a string, got " + Json.describe(token));
            }
            values.add(checkLength(parser.getText(), maxLength));
        }
        if (count > maxItems) {
            throw error("more than " + maxItems + " items (" + count + ")");
        }
        return values;
    }

    /** The value itself, or an error at the current value when it is longer than {@code max} characters. */
    String checkLength(String value, int max) {
        int count = Json.overLimit(value, max);
        if (count >= 0) {
            throw error("longer than " + max + " characters (" + count + ")");
        }
        return value;
    }

    /** The error for the field the parser is on: unknown, with the closest known name when there is one. */
    InvalidRequestException unknownField(List<String> known) throws IOException {
        String name = parser.currentName();
        return error("unknown field" + Suggestions.didYouMean(name, known));
    }

    /** The error for a required field missing from the object the parser has just left or is in. */
    InvalidRequestException missing(String field) {
        StringBuilder path = path(parser.getParsingContext());
        Json.appendName(path, field);
        return remember(new InvalidRequestException(path.toString(), "required field is missing"));
    }

    /** An error at the value the parser is on. */
    InvalidRequestException error(String problem) {
        JsonStreamContext context = parser.getParsingContext();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            // The parser has already entered the value; the value's place is in its parent.
            context = context.getParent();
        }
        return remember(new InvalidRequestException(path(context).toString(), problem));
    }

    /** An error at the object's own path. */
    InvalidRequestException errorAtBase(String problem) {
        return remember(new InvalidRequestException(base, problem));
    }

    /**
     * Whether {@code e} was raised by this cursor (its path is complete), as opposed to a
     * builder's validation (whose path is relative to the request and has to be re-based).
     */
    boolean raised(InvalidRequestException e) {
        return e == raised;
    }

    /** Jackson's complaint about malformed JSON or a broken limit, as Knigge's message at the place reached. */
    InvalidRequestException translate(JsonProcessingException e) {
        String path = path(parser.getParsingContext()).toString();
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            String problem;
            if (message.startsWith("Document nesting depth")) {
                problem = "nested deeper than " + Limits.MAX_DEPTH + " levels";
            } else if (message.startsWith("String value length")) {
                problem = "string longer than " + Limits.MAX_REQUEST_BYTES + " characters";
            } else if (message.startsWith("Name length")) {
                // The context still holds the previous field's name; the problem is the object's.
                JsonStreamContext context = parser.getParsingContext();
                path = context.inObject() ? path(context.getParent()).toString() : path;
                problem = "field name longer than " + Json.MAX_NAME + " characters";
            } else if (message.startsWith("Number value length")) {
                problem = "number longer than " + Json.MAX_NUMBER + " digits";
            } else {
                problem = "too large: " + Json.problem(e, parser, this::where);
            }
            return remember(new InvalidRequestException(path, problem));
        }
        if (message.startsWith("Duplicate field '")) {
            return remember(new InvalidRequestException(path, "duplicate field"));
        }
        JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return remember(new InvalidRequestException(path, "malformed JSON at " + where(location) + ": "
                + Json.problem(e, parser, this::where)));
    }

    /** {@code line 3, column 7}, or just {@code column 7} where the line is known otherwise (NDJSON). */
    String where(JsonLocation location) {
        return lineNumbers
                ? "line " + location.getLineNr() + ", column " + location.getColumnNr()
                : "column " + location.getColumnNr();
    }

    private InvalidRequestException remember(InvalidRequestException e) {
        raised = e;
        return e;
    }

    /** The path of a context: the base, then one step for every context at or below the object's own. */
    private StringBuilder path(JsonStreamContext context) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && c.getNestingDepth() >= startDepth; c = c.getParent()) {
            chain.add(c);
        }
        StringBuilder path = new StringBuilder(base);
        for (int i = chain.size() - 1; i >= 0; i--) {
            JsonStreamContext c = chain.get(i);
            if (c.inArray()) {
                path.append('[').append(c.getCurrentIndex()).append(']');
            } else if (c.inObject() && c.getCurrentName() != null) {
                Json.appendName(path, c.getCurrentName());
            }
        }
        return path;
    }
}
