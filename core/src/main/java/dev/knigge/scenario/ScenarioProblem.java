package dev.knigge.scenario;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A scenario file that cannot be run: malformed JSON, an invalid request, an unknown key, a value
 * that is not a verdict or a severity. Names the file, the line and the JSON path.
 *
 * @param file the file, or the path given to the search when it does not exist or cannot be read
 * @param line the 1-based line of the problem, or 0 when it has none
 * @param path the JSON path of the problem, such as {@code $.expect.verdict}, or empty for a problem of the whole file
 * @param message what is wrong, and where possible how to fix it
 */
public record ScenarioProblem(Path file, int line, String path, String message) {

    /** Checks the fields. */
    public ScenarioProblem {
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(path, "path == null");
        Objects.requireNonNull(message, "message == null");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative (was " + line + ")");
        }
    }

    /** {@code file:line: $.path: message}, leaving out a line or path that is not known. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file.toString());
        if (line > 0) {
            out.append(':').append(line);
        }
        out.append(": ");
        if (!path.isEmpty()) {
            out.append(path).append(": ");
        }
        return out.append(message).toString();
    }
}
