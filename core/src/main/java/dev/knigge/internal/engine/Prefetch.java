package dev.knigge.internal.engine;

import dev.knigge.PolicyException.Problem;
import dev.knigge.internal.note.Lexicon;
import dev.knigge.internal.note.Lexicons;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.internal.policy.PolicyResolver;
import dev.knigge.internal.policy.ResolvedPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A built-in policy loading ahead, for a process that knows early which policy it will build (the
 * CLI, before it parses its arguments): its saved rules on one background thread, its files and
 * lexicons on another. The next {@link EngineBuilder} build of the same folder with the same class
 * loader takes both (once); one prefetch at a time. What fails ahead is simply done again, on the
 * building thread, where its problems surface as they always do.
 */
public final class Prefetch {
    /** A policy's files, read and resolved, and its lexicons compiled without problems. */
    record Prepared(ResolvedPolicy policy, Map<String, Lexicon> lexicons) {}

    /** What one folder's prefetch has started. */
    record Started(String folder, ClassLoader loader, Precompiled.Pending rules, CompletableFuture<Prepared> prepared) {}

    private static final AtomicReference<Started> STARTED = new AtomicReference<>();

    private Prefetch() {}

    /** Starts loading a built-in policy ahead. */
    public static void start(PolicyFolder folder, ClassLoader loader) {
        Precompiled.Pending rules = Precompiled.readInBackground(folder.precompiled(), loader);
        CompletableFuture<Prepared> prepared = new CompletableFuture<>();
        Thread thread = new Thread(() -> prepared.complete(prepare(folder, loader)), "knigge-policy-read");
        thread.setDaemon(true);
        thread.start();
        STARTED.set(new Started(folder.key(), loader, rules, prepared));
    }

    private static Prepared prepare(PolicyFolder folder, ClassLoader loader) {
        try {
            ResolvedPolicy policy = new PolicyResolver(loader).resolve(folder);
            List<Problem> problems = new ArrayList<>();
            Map<String, Lexicon> lexicons = Lexicons.compile(policy, problems);
            return problems.isEmpty() ? new Prepared(policy, lexicons) : null;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** The prefetch of this folder and class loader, taken (once), or {@code null}. */
    static Started take(PolicyFolder folder, ClassLoader loader) {
        Started started = STARTED.get();
        if (started != null && started.loader == loader && started.folder.equals(folder.key())
                && STARTED.compareAndSet(started, null)) {
            return started;
        }
        return null;
    }
}
