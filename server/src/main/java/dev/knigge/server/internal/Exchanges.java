package dev.knigge.server.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Reading a request's body within a limit, checking its content type, and sending a response. */
final class Exchanges {
    static final String JSON = "application/json; charset=utf-8";
    static final String NDJSON = "application/x-ndjson; charset=utf-8";
    /** The most of an oversized body that is read and dropped before the 413 goes out. */
    static final long DISCARD_LIMIT = 16L * 1024 * 1024;

    private Exchanges() {}

    /**
     * Fails with 415 unless the request's {@code Content-Type} is one of {@code accepted} (parameters
     * aside), in UTF-8 when it names a charset.
     */
    static void requireContentType(HttpExchange exchange, List<String> accepted) {
        String given = exchange.getRequestHeaders().getFirst("Content-Type");
        String expected = String.join(" or ", accepted);
        if (given == null) {
            throw HttpError.unsupportedType(null, expected);
        }
        String[] parts = given.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!accepted.contains(type)) {
            throw HttpError.unsupportedType(given, expected);
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("charset=") && !parameter.substring("charset=".length()).replace("\"", "").equals("utf-8")) {
                throw HttpError.unsupportedType(given, expected + " in UTF-8");
            }
        }
    }

    /**
     * The whole body, failing with 413 as soon as it is over {@code limit} bytes: at once when its
     * {@code Content-Length} says so, else when reading passes the limit. Before it fails, it reads
     * and drops up to {@value #DISCARD_LIMIT} more bytes, so that a client still sending reads the
     * answer rather than a reset connection; the connection is closed after the answer.
     */
    static byte[] body(HttpExchange exchange, long limit, String what) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        try (InputStream in = exchange.getRequestBody()) {
            if (length != null) {
                try {
                    if (Long.parseLong(length.strip()) > limit) {
                        throw tooLarge(exchange, in, what, limit);
                    }
                } catch (NumberFormatException e) {
                    throw HttpError.badRequest("Content-Length is not a number");
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + (long) read > limit) {
                    throw tooLarge(exchange, in, what, limit);
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
    }

    private static HttpError tooLarge(HttpExchange exchange, InputStream in, String what, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long dropped = 0;
        int read;
        while (dropped < DISCARD_LIMIT && (read = in.read(buffer)) != -1) {
            dropped += read;
        }
        exchange.getResponseHeaders().set("Connection", "close");
        return HttpError.tooLarge(what, limit);
    }

    /** Sends a complete response with a known length. */
    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static void sendJson(HttpExchange exchange, int status, String json) throws IOException {
        send(exchange, status, JSON, json.getBytes(StandardCharsets.UTF_8));
    }
}
