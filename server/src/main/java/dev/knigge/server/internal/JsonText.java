package dev.knigge.server.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.knigge.internal.json.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Small JSON documents of the service (errors, listings, health), written with Knigge's JSON settings. */
final class JsonText {
    /** Writes the fields of one JSON value. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonText() {}

    /** The value {@code body} writes, as compact JSON on one line. */
    static String of(Body body) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = Json.generator(out, false)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return out.toString();
    }

    /** {@code {"error": message}}: every error response of the service. */
    static String error(String message) {
        return of(g -> {
            g.writeStartObject();
            g.writeStringField("error", message);
            g.writeEndObject();
        });
    }

    /** {@code {"line": n, "error": message}}: a batch line that could not be reviewed. */
    static String lineError(int line, String message) {
        return of(g -> {
            g.writeStartObject();
            g.writeNumberField("line", line);
            g.writeStringField("error", message);
            g.writeEndObject();
        });
    }
}
