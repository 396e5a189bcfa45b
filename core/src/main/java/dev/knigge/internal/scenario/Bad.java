package dev.knigge.internal.scenario;

import dev.knigge.scenario.ScenarioProblem;
import java.nio.file.Path;

/** A problem found while reading one scenario file; becomes a {@link ScenarioProblem} naming that file. */
final class Bad extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final String path;

    Bad(int line, String path, String message) {
        super(message, null, false, false);
        this.line = Math.max(0, line);
        this.path = path;
    }

    ScenarioProblem in(Path file) {
        return new ScenarioProblem(file, line, path, getMessage());
    }
}
