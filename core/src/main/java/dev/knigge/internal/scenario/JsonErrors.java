package dev.knigge.internal.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.knigge.internal.Limits;
import dev.knigge.internal.json.Json;
import java.util.ArrayList;
import java.util.List;

/** JSON paths of a parser's position, and Jackson's complaints as messages a scenario author can act on. */
final class JsonErrors {
    private JsonErrors() {}

    /** {@code base.name}, or {@code base['odd name']} when the name is not an identifier. */
    static String member(String base, String name) {
        StringBuilder path = new StringBuilder(base);
        Json.appendName(path, name);
        return path.toString();
    }

    /** The JSON path of the value the parser is in or on. */
    static String path(JsonParser parser) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(c);
        }
        StringBuilder path = new StringBuilder("$");
        for (int i = chain.size() - 1; i >= 0; i--) {
            JsonStreamContext c = chain.get(i);
            if (c.inArray()) {
                path.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
            } else if (c.getCurrentName() != null) {
                Json.appendName(path, c.getCurrentName());
            }
        }
        return path.toString();
    }

    /** The line of the token the parser is on. */
    static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /** Jackson's complaint about malformed JSON, a duplicate key or a broken limit, at the place reached. */
    static Bad translate(JsonProcessingException e, JsonParser parser) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String path = path(parser);
        if (e instanceof StreamConstraintsException) {
            return new Bad(location.getLineNr(), path, message.startsWith("Document nesting depth")
                    ? "nested deeper than " + Limits.MAX_DEPTH + " levels"
                    : "too large: " + Json.problem(e, parser, JsonErrors::where));
        }
        if (message.startsWith("Duplicate field '")) {
            return new Bad(location.getLineNr(), path, "duplicate field");
        }
        return new Bad(location.getLineNr(), path, "malformed JSON at " + where(location) + ": "
                + Json.problem(e, parser, JsonErrors::where));
    }

    /** {@code line 3, column 7}. */
    private static String where(JsonLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
