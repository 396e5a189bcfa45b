package dev.knigge.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test helper: copies a test policy folder (src/test/resources/policies/) where a test may edit it. */
final class PolicyFolders {
    private PolicyFolders() {}

    static Path copy(String name, Path into) {
        try {
            Path source = Path.of(PolicyFolders.class.getResource("/policies/" + name).toURI());
            Path target = into.resolve(name);
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces {@code from} with {@code to} in a file of the folder, failing when the file lacks it. */
    static void edit(Path folder, String file, String from, String to) {
        try {
            Path path = folder.resolve(file);
            String text = Files.readString(path);
            if (!text.contains(from)) {
                throw new AssertionError(file + " does not contain " + from);
            }
            Files.writeString(path, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of a test policy on the class path, read in place. */
    static Path resource(String name) {
        try {
            return Path.of(PolicyFolders.class.getResource("/policies/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
