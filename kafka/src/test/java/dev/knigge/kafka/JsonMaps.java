package dev.knigge.kafka;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test helper: a flat JSON object (a dead letter) as a map of strings and longs. */
final class JsonMaps {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonMaps() {}

    static Map<String, Object> read(String json) {
        Map<String, Object> map = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not an object: " + json);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                map.put(name, value == JsonToken.VALUE_NUMBER_INT ? (Object) parser.getLongValue() : parser.getText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
