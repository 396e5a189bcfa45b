package dev.knigge.internal.load;

import dev.knigge.internal.engine.Precompiled;
import dev.knigge.internal.note.Lexicon;
import dev.knigge.internal.note.Lexicons;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.internal.policy.PolicyResolver;
import dev.knigge.internal.policy.ResolvedPolicy;
import dev.knigge.policy.PolicyException.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A built-in policy being read ahead, for a process that knows early which policy it will load
 * (the CLI, before it parses its arguments): its saved rules on one background thread, its files
 * and lexicons on another. Whoever starts it hands it to the load explicitly; the load of the same
 * folder with the same class loader takes it, once. What fails ahead is simply done again by the
 * load, where its problems surface as they always do.
 */
public final class Preload {
    /** What was read ahead: the policy's files resolved and its lexicons compiled, both without problems. */
    record Read(ResolvedPolicy policy, Map<String, Lexicon> lexicons, Precompiled.Pending rules) {}

    private final String folder;
    private final ClassLoader loader;
    private final Precompiled.Pending rules;
    private final CompletableFuture<Read> read = new CompletableFuture<>();
    private final AtomicBoolean taken = new AtomicBoolean();

    private Preload(PolicyFolder folder, ClassLoader loader) {
        this.folder = folder.key();
        this.loader = loader;
        this.rules = Precompiled.readInBackground(folder.precompiled(), loader);
        Thread thread = new Thread(() -> read.complete(read(folder, loader, rules)), "knigge-policy-read");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts reading a built-in policy ahead. */
    public static Preload start(PolicyFolder folder, ClassLoader loader) {
        return new Preload(folder, loader);
    }

    private static Read read(PolicyFolder folder, ClassLoader loader, Precompiled.Pending rules) {
        try {
            ResolvedPolicy policy = new PolicyResolver(loader).resolve(folder);
            List<Problem> problems = new ArrayList<>();
            Map<String, Lexicon> lexicons = Lexicons.compile(policy, problems);
            return problems.isEmpty() ? new Read(policy, lexicons, rules) : null;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Whether this read-ahead is of that folder with that class loader (taken or not). */
    public boolean isOf(PolicyFolder folder, ClassLoader loader) {
        return this.loader == loader && this.folder.equals(folder.key());
    }

    /**
     * What was read of this folder and class loader, waiting for it; {@code null} for another
     * folder or class loader, when reading ahead failed, or when it was taken already.
     */
    Read read(PolicyFolder folder, ClassLoader loader) {
        if (!isOf(folder, loader) || !taken.compareAndSet(false, true)) {
            return null;
        }
        return read.join();
    }
}
