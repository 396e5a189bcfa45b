package dev.knigge.server.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

/**
 * The compose page: {@code GET /} and its script and style sheet, plain files from the jar
 * ({@code knigge/server/page/}). The page asks nothing of any other site, and its
 * {@code Content-Security-Policy} lets it load nothing from one either.
 */
public final class PageHandler implements Route.Handler {
    private static final String FOLDER = "knigge/server/page/";
    private static final String SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** The page's files by path, with their content types. */
    private static final Map<String, File> FILES = Map.of(
            "/", new File("index.html", "text/html; charset=utf-8"),
            "/page/compose.js", new File("compose.js", "text/javascript; charset=utf-8"),
            "/page/compose.css", new File("compose.css", "text/css; charset=utf-8"));

    private record File(String name, String contentType) {}

    private final Map<String, byte[]> contents;

    /** Reads the page's files from the jar once. */
    public PageHandler() {
        Map<String, byte[]> read = new java.util.HashMap<>();
        FILES.forEach((path, file) -> read.put(path, read(file.name())));
        this.contents = Map.copyOf(read);
    }

    /** The paths this handler serves. */
    public static Set<String> paths() {
        return FILES.keySet();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        exchange.getResponseHeaders().set("Content-Security-Policy", SECURITY_POLICY);
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        Exchanges.send(exchange, 200, FILES.get(path).contentType(), contents.get(path));
    }

    private static byte[] read(String name) {
        try (InputStream in = PageHandler.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the page's file " + FOLDER + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the page's file " + FOLDER + name + " cannot be read", e);
        }
    }
}
