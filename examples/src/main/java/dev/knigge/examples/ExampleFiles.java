package dev.knigge.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the example files whether an example runs from the repository root or from {@code examples/}. */
final class ExampleFiles {
    private ExampleFiles() {}

    static Path path(String relative) {
        Path fromRoot = Path.of("examples", relative);
        return Files.exists(fromRoot) ? fromRoot : Path.of(relative);
    }
}
