package dev.knigge.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper: one JSON document as maps (in document order), lists and values, built with
 * jackson-core alone; numbers as Jackson reads them (an {@code Integer} where it fits, else a
 * {@code Long}, a {@code BigInteger} or a {@code Double}). Trees are fine in tests. Shared with the
 * other modules' tests through core's test jar.
 */
public final class JsonTree {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTree() {}

    /** The one JSON value that is the whole of {@code json}; anything after it is an error. */
    public static Object parse(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() == null) {
                throw new AssertionError("no JSON value in: " + json);
            }
            Object value = value(parser);
            if (parser.nextToken() != null) {
                throw new AssertionError("more than one JSON value in: " + json);
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    /** The one JSON object that is the whole of {@code json}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String json) {
        Object value = parse(json);
        if (!(value instanceof Map)) {
            throw new AssertionError("not a JSON object: " + json);
        }
        return (Map<String, Object>) value;
    }

    /** The one JSON array that is the whole of {@code json}. */
    @SuppressWarnings("unchecked")
    public static List<Object> array(String json) {
        Object value = parse(json);
        if (!(value instanceof List)) {
            throw new AssertionError("not a JSON array: " + json);
        }
        return (List<Object>) value;
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    map.put(name, value(parser));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                return list;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getNumberValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IllegalStateException("unexpected " + token);
        }
    }
}
