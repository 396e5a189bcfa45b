package dev.knigge;

import dev.knigge.PolicyException.Problem;
import dev.knigge.internal.lint.Lint;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.internal.policy.PolicyLayer;
import dev.knigge.internal.policy.PolicyResolver;
import dev.knigge.internal.policy.ResolvedPolicy;
import dev.knigge.internal.watch.FolderWatch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an {@link Advisor} for a policy folder on disk up to date: it watches the folder and
 * every parent policy folder it extends on disk, and when files change it lints and compiles the
 * policy again on a background thread, off the request path. The new Advisor replaces the current
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
    private final boolean trusted;
    private final ClassLoader loader;
    private final FolderWatch watch;
    private final Thread thread;
    private final Object reloading = new Object();
    private volatile Advisor current;
    private volatile boolean closed;

    private PolicyWatcher(Path folder, boolean trusted, ClassLoader loader) {
        this.folder = folder.toAbsolutePath().normalize();
        this.trusted = trusted;
        this.loader = loader;
        this.watch = new FolderWatch(this.folder, QUIET_MILLIS);
        this.thread = new Thread(this::run, "knigge-policy-watcher-" + THREADS.incrementAndGet());
        this.thread.setDaemon(true);
    }

    /**
     * Lints and builds the Advisor, then watches its policy folder for changes.
     *
     * @param builder an Advisor builder whose policy is a folder on disk ({@link Policy#directory})
     * @throws IllegalArgumentException when the builder's policy is a built-in one
     * @throws PolicyException when the policy does not lint or load clean, listing every problem
     * @throws java.io.UncheckedIOException when the folder cannot be watched
     */
    public static PolicyWatcher start(Advisor.Builder builder) {
        Objects.requireNonNull(builder, "builder == null");
        Policy policy = builder.configuredPolicy();
        if (policy.directory() == null) {
            throw new IllegalArgumentException("a PolicyWatcher watches a policy folder on disk, not the built-in policy "
                    + policy.builtInId());
        }
        PolicyWatcher watcher = new PolicyWatcher(policy.directory(), policy.isTrusted(), builder.configuredClassLoader());
        // Watch before loading, so a change made while the policy compiles is not missed.
        watcher.watch.watch(watcher.folders());
        try {
            watcher.current = watcher.load(builder);
        } catch (RuntimeException e) {
            watcher.watch.close();
            throw e;
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
                Advisor next = load(previous.toBuilder());
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
                    watch.watch(folders());
                }
            }
            return false;
        }
    }

    /** Lints the policy (the untrusted language included unless trusted), then builds it, which compiles it. */
    private Advisor load(Advisor.Builder builder) {
        List<Problem> problems = Lint.run(PolicyFolder.directory(folder), trusted, loader, false);
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        return builder.build();
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

    /** The policy folder and every parent folder on disk it extends (as far as they resolve now). */
    private List<Path> folders() {
        List<Path> folders = new ArrayList<>();
        folders.add(folder);
        ResolvedPolicy policy = new PolicyResolver(loader).resolve(PolicyFolder.directory(folder), new ArrayList<>());
        if (policy != null) {
            for (PolicyLayer layer : policy.chain()) {
                Path dir = layer.folder().directory();
                if (dir != null && !folders.contains(dir.toAbsolutePath().normalize())) {
                    folders.add(dir.toAbsolutePath().normalize());
                }
            }
        }
        return folders;
    }
}
