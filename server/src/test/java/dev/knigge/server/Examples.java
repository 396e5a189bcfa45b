package dev.knigge.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: the repository's sample requests (examples/requests/), read from the source tree. */
final class Examples {
    static final Path FOLDER = Path.of("..", "examples", "requests");

    private Examples() {}

    static String read(String file) {
        try {
            return Files.readString(FOLDER.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The founding post's case: a stranger asks, in German, for a written recommendation. */
    static String foundingPost() {
        return read("recommendation-from-a-stranger.json");
    }
}
