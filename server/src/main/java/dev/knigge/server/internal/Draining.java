package dev.knigge.server.internal;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * Counts the exchanges in flight, so that a stop can wait for exactly them: the JDK 17 server's own
 * {@code stop(delay)} waits the whole delay even when nothing is in flight. Once draining, a new
 * exchange is answered 503 with {@code Connection: close}. One instance is the filter of every
 * context of a server. Thread-safe.
 */
public final class Draining extends Filter {
    private final Object lock = new Object();
    private int inFlight;
    private boolean draining;

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        synchronized (lock) {
            if (draining) {
                exchange.getResponseHeaders().set("Connection", "close");
                try (exchange) {
                    Route.fail(exchange, HttpError.stopping());
                }
                return;
            }
            inFlight++;
        }
        try {
            chain.doFilter(exchange);
        } finally {
            synchronized (lock) {
                inFlight--;
                lock.notifyAll();
            }
        }
    }

    @Override
    public String description() {
        return "counts the exchanges in flight and turns new ones away while the server stops";
    }

    /** Turns new exchanges away and waits until those in flight are done, for at most {@code millis}. */
    public void drain(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        synchronized (lock) {
            draining = true;
            long left;
            while (inFlight > 0 && (left = (deadline - System.nanoTime()) / 1_000_000) > 0) {
                lock.wait(left);
            }
        }
    }
}
