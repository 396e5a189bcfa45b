package dev.knigge.internal.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches policy folders for changes with a {@link WatchService}: each folder, its
 * {@code lexicon/} folder, and the folder above it (so a folder that is deleted, renamed or
 * replaced wholesale is noticed). Only policy files count ({@code .drl}, {@code .properties},
 * {@code lexicon}), so an editor's swap and backup files do not. Bursts of events, such as an
 * editor writing a temporary file and renaming it over the original, are folded into one change.
 *
 * <p>{@link #awaitChange()} is called by one thread; {@link #watch} and {@link #close()} may be
 * called from any.
 */
public final class FolderWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatch.class);

    private final WatchService service;
    private final long quietMillis;
    private final Map<WatchKey, Watched> keys = new ConcurrentHashMap<>();
    private final Map<Path, WatchKey> registered = new ConcurrentHashMap<>();
    private final Set<Path> replaced = ConcurrentHashMap.newKeySet();
    private volatile boolean grew;
    private boolean started;

    /** What a registered folder is watched for: its policy files, or the named folders in it. */
    private record Watched(Path dir, boolean policyFiles, Set<String> folders) {}

    /**
     * A watch on the file system of {@code anyFolder}, with nothing registered yet.
     *
     * @param quietMillis how long the folders must stay quiet before a burst of events counts as one change
     */
    public FolderWatch(Path anyFolder, long quietMillis) {
        try {
            this.service = anyFolder.getFileSystem().newWatchService();
        } catch (IOException | UnsupportedOperationException e) {
            throw new UncheckedIOException(new IOException("cannot watch " + anyFolder + ": " + e.getMessage(), e));
        }
        this.quietMillis = quietMillis;
    }

    /**
     * Watches exactly these policy folders (absolute), registering what is new and dropping what
     * is no longer wanted. A folder that does not exist (yet) is watched for from the folder above.
     */
    public synchronized void watch(List<Path> folders) {
        Map<Path, Watched> wanted = new LinkedHashMap<>();
        for (Path folder : folders) {
            Path dir = folder.toAbsolutePath().normalize();
            want(wanted, dir, true, null);
            want(wanted, dir.resolve("lexicon"), true, null);
            if (dir.getParent() != null) {
                want(wanted, dir.getParent(), false, dir.getFileName().toString());
            }
        }
        for (Path gone : Set.copyOf(replaced)) {
            replaced.remove(gone);
            drop(gone);
            drop(gone.resolve("lexicon"));
        }
        for (Path dir : Set.copyOf(registered.keySet())) {
            if (!wanted.containsKey(dir)) {
                drop(dir);
            }
        }
        boolean added = false;
        for (Watched watched : wanted.values()) {
            WatchKey existing = registered.get(watched.dir());
            if (existing != null) {
                keys.put(existing, watched);
            } else if (Files.isDirectory(watched.dir())) {
                try {
                    WatchKey key = watched.dir().register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
                    keys.put(key, watched);
                    registered.put(watched.dir(), key);
                    added = true;
                } catch (IOException | ClosedWatchServiceException e) {
                    LOG.debug("cannot watch {}: {}", watched.dir(), e.toString());
                }
            }
        }
        // A folder that appeared may have had files written before it was watched.
        grew = started && added;
        started = true;
    }

    private static void want(Map<Path, Watched> wanted, Path dir, boolean policyFiles, String folder) {
        Watched known = wanted.get(dir);
        Set<String> folders = new HashSet<>(known == null ? Set.of() : known.folders());
        if (folder != null) {
            folders.add(folder);
        }
        wanted.put(dir, new Watched(dir, policyFiles || (known != null && known.policyFiles()), Set.copyOf(folders)));
    }

    private void drop(Path dir) {
        WatchKey key = registered.remove(dir);
        if (key != null) {
            key.cancel();
            keys.remove(key);
        }
    }

    /**
     * Blocks until the watched files change and then stay quiet for a moment.
     *
     * @return {@code false} when the watch was closed (or the thread interrupted) instead
     */
    public boolean awaitChange() {
        try {
            boolean changed = grew;
            grew = false;
            while (!changed) {
                changed = drain(service.take());
            }
            WatchKey more;
            while ((more = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
                drain(more);
            }
            return true;
        } catch (ClosedWatchServiceException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean drain(WatchKey key) {
        Watched watched = keys.get(key);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed = true;
                continue;
            }
            if (watched == null || !(event.context() instanceof Path path)) {
                continue;
            }
            String name = path.toString();
            if (watched.folders().contains(name)) {
                // The folder itself was created, deleted or renamed: watch it afresh.
                replaced.add(watched.dir().resolve(name));
                changed = true;
            }
            if (watched.policyFiles() && policyFile(name)) {
                changed = true;
            }
        }
        if (!key.reset()) {
            keys.remove(key);
            if (watched != null) {
                registered.remove(watched.dir(), key);
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Whether a policy file in one of the folders (or their {@code lexicon/}) was modified at or
     * after a time, or the folder is gone: for a change that may have happened before the folders
     * were watched.
     *
     * @param millis a time in milliseconds since the epoch
     */
    public static boolean modifiedSince(List<Path> folders, long millis) {
        for (Path folder : folders) {
            for (Path dir : List.of(folder, folder.resolve("lexicon"))) {
                if (!Files.isDirectory(dir)) {
                    if (dir == folder) {
                        return true;
                    }
                    continue;
                }
                try (java.util.stream.Stream<Path> files = Files.list(dir)) {
                    if (files.anyMatch(file -> policyFile(file.getFileName().toString()) && modifiedSince(file, millis))) {
                        return true;
                    }
                } catch (IOException | UncheckedIOException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean modifiedSince(Path file, long millis) {
        try {
            return Files.getLastModifiedTime(file).toMillis() >= millis;
        } catch (IOException e) {
            return true;
        }
    }

    /** Whether a file name is one of a policy's files; an editor's swap and backup files are not. */
    private static boolean policyFile(String name) {
        return name.endsWith(".drl") || name.endsWith(".properties") || name.equals("lexicon");
    }

    /** Stops watching; a thread in {@link #awaitChange()} returns {@code false}. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service failed: {}", e.toString());
        }
    }
}
