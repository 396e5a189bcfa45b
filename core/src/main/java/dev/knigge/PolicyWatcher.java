package dev.knigge;

import dev.knigge.advice.Advice;
import dev.knigge.internal.watch.FolderWatch;
import dev.knigge.policy.PolicyException.Problem;
import dev.knigge.policy.PolicyException;
import dev.knigge.request.ReviewRequest;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an {@link Advisor} for a policy folder on disk up to date: it watches the folder and
 * every parent policy folder it extends on disk, and when files change it loads the policy again
 * (which lints and compiles it) on a background thread, off the request path. It is a client of
 * {@link Advisor.Builder#build()} like any other: a reload is {@code current().toBuilder().build()}. The new Advisor replaces the current
 * one atomically, and only when it linted and loaded clean; otherwise the problems are logged,
 * the last good Advisor keeps serving, and listeners hear {@link AdvisorListener#reloadFailed}.
 * A reload in service is reported to {@link AdvisorListener#reloaded}.
 *
 * <p>Thread-safe. A review runs entirely on the Advisor that was current when it started, so a
 * review in flight during a reload finishes with the old policy's result. {@link #close()} stops
 * watching; the last Advisor stays usable.
 *
 * <pre>{@code
 * try (PolicyWatcher policy = PolicyWatcher.start(Advisor.builder().policy(Policy.directory(folder)))) {
 *     Advice advice = policy.review(request);
 * }
 * }</pre>
 */
public final class PolicyWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyWatcher.class);
    /** Quiet time before a burst of file events counts as one change: editors and tools write in bursts. */
    private static final long QUIET_MILLIS = 200;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Path folder;
    private final FolderWatch watch;
    private final Thread thread;
    private final Object reloading = new Object();
    private volatile Advisor current;
    private volatile boolean closed;

    private PolicyWatcher(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.watch = new FolderWatch(this.folder, QUIET_MILLIS);
        this.thread = new Thread(this::run, "knigge-policy-watcher-" + THREADS.incrementAndGet());
        this.thread.setDaemon(true);
    }

    /**
     * Builds the Advisor (which lints and loads its policy), then watches its policy folders for changes.
     *
     * @param builder an Advisor builder whose policy is a folder on disk ({@link Policy#directory})
     * @throws IllegalArgumentException when the builder's policy is a built-in one
     * @throws PolicyException when the policy does not lint or load clean, listing every problem
     * @throws java.io.UncheckedIOException when the folder cannot be watched
     */
    public static PolicyWatcher start(Advisor.Builder builder) {
        Objects.requireNonNull(builder, "builder == null");
        // The build tells which folders to watch (a built-in policy is refused after it). A file
        // changed while the build read the policy is caught by its time once the watch is on (on a
        // file system that keeps times to the second, one changed in the second the build started
        // may be missed until the next change).
        long started = System.currentTimeMillis();
        Advisor first = builder.build();
        Policy policy = first.policy();
        if (policy.directory() == null) {
            throw new IllegalArgumentException("a PolicyWatcher watches a policy folder on disk, not the built-in policy "
                    + policy.builtInId());
        }
        PolicyWatcher watcher = new PolicyWatcher(policy.directory());
        watcher.current = first;
        try {
            watcher.watch.watch(watcher.folders(first));
        } catch (RuntimeException e) {
            watcher.watch.close();
            throw e;
        }
        if (FolderWatch.modifiedSince(watcher.folders(first), started)) {
            watcher.reload();
        }
        watcher.thread.start();
        return watcher;
    }

    /** The Advisor in service now; hold on to it to review several requests with one policy. */
    public Advisor current() {
        return current;
    }

    /** Reviews one request with the current policy; see {@link Advisor#review(ReviewRequest)}. */
    public Advice review(ReviewRequest request) {
        return current.review(request);
    }

    /** Reviews one request with the current policy, in a locale; see {@link Advisor#review(ReviewRequest, Locale)}. */
    public Advice review(ReviewRequest request, Locale locale) {
        return current.review(request, locale);
    }

    /** Reviews many requests, all with the policy current when the call starts; see {@link Advisor#reviewAll}. */
    public List<Advice> reviewAll(List<ReviewRequest> requests) {
        return current.reviewAll(requests);
    }

    /**
     * Lints and loads the policy now, on the calling thread, whether or not files changed, and
     * returns when it is done: the way to reload on demand, and for tests to wait without sleeping.
     *
     * @return whether the new Advisor is now in service (if not, the previous one still is)
     * @throws IllegalStateException after {@link #close()}
     */
    public boolean reloadNow() {
        if (closed) {
            throw new IllegalStateException("the PolicyWatcher is closed");
        }
        return reload();
    }

    /** Stops watching; reviews still work with the last Advisor. Idempotent. */
    @Override
    public void close() {
        closed = true;
        // Closing the watch wakes the background thread; no interrupt, which could break a reload
        // that is reading files (an interrupted channel read closes the channel).
        watch.close();
    }

    private void run() {
        while (!closed && watch.awaitChange()) {
            if (!closed) {
                try {
                    reload();
                } catch (RuntimeException e) {
                    LOG.warn("reloading policy {} failed unexpectedly", folder, e);
                }
            }
        }
    }

    private boolean reload() {
        synchronized (reloading) {
            Advisor previous = current;
            try {
                Advisor next = previous.toBuilder().build();
                current = next;
                LOG.info("policy {} reloaded: {}@{} in service", folder, next.policyId(), next.policyVersion());
                for (AdvisorListener listener : next.listeners()) {
                    try {
                        listener.reloaded(next.policyId(), next.policyVersion());
                    } catch (RuntimeException e) {
                        LOG.warn("listener {} failed", listener.getClass().getName(), e);
                    }
                }
                return true;
            } catch (PolicyException e) {
                failed(previous, e);
            } catch (RuntimeException e) {
                failed(previous, new PolicyException(new Problem(folder.toString(), 0, 0,
                        "could not be reloaded: " + e)));
            } finally {
                if (!closed) {
                    watch.watch(folders(current));
                }
            }
            return false;
        }
    }

    private void failed(Advisor previous, PolicyException failure) {
        // Problems name policy files and positions, never a request's text or names.
        LOG.warn("policy {} changed but does not load; {}@{} stays in service. {}", folder, previous.policyId(),
                previous.policyVersion(), failure.getMessage());
        for (AdvisorListener listener : previous.listeners()) {
            try {
                listener.reloadFailed(failure);
            } catch (RuntimeException e) {
                LOG.warn("listener {} failed", listener.getClass().getName(), e);
            }
        }
    }

    /**
     * The policy folder and every parent folder on disk the Advisor's policy extends: after a
     * failed reload, those of the Advisor still in service, so fixing a parent is noticed too.
     */
    private List<Path> folders(Advisor advisor) {
        Set<Path> folders = new LinkedHashSet<>();
        folders.add(folder);
        folders.addAll(advisor.policyFolders());
        return List.copyOf(folders);
    }
}
