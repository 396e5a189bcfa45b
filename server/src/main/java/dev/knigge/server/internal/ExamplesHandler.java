package dev.knigge.server.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code GET /v1/examples}: the sample requests of the repository ({@code examples/requests/},
 * packaged into the jar under {@code knigge/server/examples/}) for the page's menu:
 * {@code [{"file", "label": {"en", "de"}, "request": {…}}]}. A folder in a jar cannot be listed, so
 * {@code knigge/server/examples.properties} names them, with their labels; a test checks that it
 * names every file of the folder.
 */
public final class ExamplesHandler implements Route.Handler {
    private static final String INDEX = "knigge/server/examples.properties";
    private static final String FOLDER = "knigge/server/examples/";

    /** An example: its file and its label in English and German. */
    record Example(String file, String english, String german) {}

    private final String json;

    /** Reads the examples from the class path once. */
    public ExamplesHandler() {
        this.json = JsonText.of(g -> {
            g.writeStartArray();
            for (Example example : index()) {
                write(g, example);
            }
            g.writeEndArray();
        });
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Query.of(exchange.getRequestURI(), Set.of());
        Exchanges.sendJson(exchange, 200, json);
    }

    /** The files the index names, for the test that keeps it whole. */
    public static List<String> files() {
        return index().stream().map(Example::file).toList();
    }

    /** The examples the index names, by file name. */
    private static List<Example> index() {
        Properties labels = new Properties();
        try (Reader in = new InputStreamReader(resource(INDEX), StandardCharsets.UTF_8)) {
            labels.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(INDEX + " cannot be read", e);
        }
        List<Example> examples = new ArrayList<>();
        for (String key : new TreeSet<>(labels.stringPropertyNames())) {
            if (key.endsWith(".en")) {
                String file = key.substring(0, key.length() - ".en".length());
                examples.add(new Example(file, labels.getProperty(key), labels.getProperty(file + ".de", labels.getProperty(key))));
            }
        }
        return examples;
    }

    private static void write(JsonGenerator g, Example example) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", example.file());
        g.writeObjectFieldStart("label");
        g.writeStringField("en", example.english());
        g.writeStringField("de", example.german());
        g.writeEndObject();
        g.writeFieldName("request");
        try (InputStream in = resource(FOLDER + example.file())) {
            // The file is a request of the repository's own examples, checked by their tests: passed on as it is.
            g.writeRawValue(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
        g.writeEndObject();
    }

    private static InputStream resource(String name) {
        InputStream in = ExamplesHandler.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the class path");
        }
        return in;
    }
}
