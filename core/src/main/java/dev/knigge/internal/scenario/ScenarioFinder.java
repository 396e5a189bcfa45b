package dev.knigge.internal.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds the {@code .json} files under a folder, recursively, in a stable order. */
final class ScenarioFinder {
    /** Folder by folder, name by name: {@code a/z.json} before {@code a-b/c.json}, the same on every machine. */
    static final Comparator<Path> ORDER = (a, b) -> {
        Iterator<Path> x = a.iterator();
        Iterator<Path> y = b.iterator();
        while (x.hasNext() && y.hasNext()) {
            int c = x.next().toString().compareTo(y.next().toString());
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(x.hasNext(), y.hasNext());
    };

    private ScenarioFinder() {}

    /**
     * The files to read for one path given to the search: the path itself when it is a file
     * (whatever its name), else every regular {@code .json} file under the folder, sorted.
     */
    static List<Path> files(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(path::relativize, ORDER))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
