package dev.knigge.server.internal;

import dev.knigge.Advisor;
import dev.knigge.AdvisorListener;
import dev.knigge.PolicyWatcher;
import dev.knigge.policy.PolicyException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The policy the service reviews with: one fixed {@link Advisor}, or the latest good one of a
 * {@link PolicyWatcher}, whose reloads it hears as a listener (the server adds it to the watcher's
 * builder). Thread-safe: every review asks for {@link #current()} once and finishes with it.
 */
public final class ServedPolicy implements AdvisorListener, AutoCloseable {
    /** The last reload that failed: when, and its problems as {@code file:line:column: message}. */
    record Failure(Instant at, List<String> problems) {}

    private final Advisor fixed;
    private volatile PolicyWatcher watcher;
    private final AtomicLong reloads = new AtomicLong();
    private final AtomicLong reloadFailures = new AtomicLong();
    private volatile Failure lastFailure;

    private ServedPolicy(Advisor fixed) {
        this.fixed = fixed;
    }

    /** Serves one Advisor for the server's lifetime. */
    public static ServedPolicy of(Advisor advisor) {
        return new ServedPolicy(Objects.requireNonNull(advisor, "advisor == null"));
    }

    /**
     * Serves the policy folder of {@code builder}, reloaded when its files change: starts a
     * {@link PolicyWatcher} that reports its reloads here.
     *
     * @throws PolicyException when the policy does not load now
     */
    public static ServedPolicy watching(Advisor.Builder builder) {
        ServedPolicy served = new ServedPolicy(null);
        served.watcher = PolicyWatcher.start(builder.listener(served));
        return served;
    }

    /** The Advisor in service now. */
    public Advisor current() {
        return watcher != null ? watcher.current() : fixed;
    }

    /** Whether the policy is reloaded from a folder when it changes. */
    boolean watching() {
        return watcher != null;
    }

    /** Reloads that put a new policy in service. */
    long reloads() {
        return reloads.get();
    }

    /** Reloads that failed, leaving the last good policy in service. */
    long reloadFailures() {
        return reloadFailures.get();
    }

    /** The failure of the latest reload, or {@code null} when it succeeded (or none was tried). */
    Failure failure() {
        return lastFailure;
    }

    @Override
    public void reloaded(String policy, String version) {
        reloads.incrementAndGet();
        lastFailure = null;
    }

    @Override
    public void reloadFailed(PolicyException failure) {
        reloadFailures.incrementAndGet();
        lastFailure = new Failure(Instant.now(), failure.problems().stream().map(Object::toString).toList());
    }

    /** Stops watching the folder, if it is watched. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
    }
}
