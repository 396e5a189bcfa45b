package dev.knigge.server.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One endpoint: its exact path and methods, around a handler. Answers a wrong path with 404 and a
 * wrong method with 405, and turns every failure into a JSON error: an {@link HttpError} with its
 * status and message, anything else with 500 and a message that gives nothing away. No stack
 * trace ever reaches a response; the log names the endpoint and the kind of failure, never a
 * request's text.
 */
public final class Route implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Route.class);

    /** What an endpoint does with an exchange whose path and method are right. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final String context;
    private final Set<String> paths;
    private final Set<String> methods;
    private final String allowed;
    private final Handler handler;

    private Route(String context, Set<String> paths, Set<String> methods, Handler handler) {
        this.context = context;
        this.paths = paths;
        this.methods = methods;
        this.allowed = String.join(", ", new TreeSet<>(methods));
        this.handler = handler;
    }

    /** A {@code GET} (and {@code HEAD}) endpoint. */
    public static Route get(String path, Handler handler) {
        return new Route(path, Set.of(path), Set.of("GET", "HEAD"), handler);
    }

    /**
     * The {@code GET} endpoint of the root context, for several paths (the page's files); it also
     * answers every path no other context takes, with 404.
     */
    public static Route get(Set<String> paths, Handler handler) {
        return new Route("/", paths, Set.of("GET", "HEAD"), handler);
    }

    /** A {@code POST} endpoint. */
    public static Route post(String path, Handler handler) {
        return new Route(path, Set.of(path), Set.of("POST"), handler);
    }

    /** The context path to register this route at: the JDK server hands it every path that starts with it. */
    public String context() {
        return context;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                if (!paths.contains(exchange.getRequestURI().getPath())) {
                    throw HttpError.notFound(exchange.getRequestURI().getPath());
                }
                if (!methods.contains(exchange.getRequestMethod())) {
                    throw HttpError.methodNotAllowed(exchange.getRequestMethod(), allowed);
                }
                handler.handle(exchange);
            } catch (HttpError e) {
                fail(exchange, e);
            } catch (IOException e) {
                // The client went away, or timed out: there is nobody to answer.
                LOG.debug("{} {}: connection failed", exchange.getRequestMethod(), path(exchange), e);
            } catch (RuntimeException e) {
                LOG.warn("{} {} failed with {} (the details are logged at DEBUG)", exchange.getRequestMethod(),
                        path(exchange), e.getClass().getName());
                LOG.debug("{} {} failed", exchange.getRequestMethod(), path(exchange), e);
                fail(exchange, HttpError.internal());
            }
        }
    }

    /** The path asked for, for the log: only when it is one this route knows, as any other may carry anything. */
    private String path(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        return paths.contains(path) ? path : "(unknown path)";
    }

    /** Answers with the error, unless a response was already started (then the connection just ends). */
    static void fail(HttpExchange exchange, HttpError error) {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        if (error.header() != null) {
            exchange.getResponseHeaders().set(error.header(), error.headerValue());
        }
        try {
            Exchanges.sendJson(exchange, error.status(), JsonText.error(error.getMessage()));
        } catch (IOException e) {
            LOG.debug("{}: the error could not be sent", exchange.getRequestMethod(), e);
        }
    }
}
