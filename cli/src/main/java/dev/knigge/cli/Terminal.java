package dev.knigge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether stderr is an interactive terminal, for the progress bar: Java 17 cannot ask directly. */
final class Terminal {
    private Terminal() {}

    /**
     * On Linux, stderr's file descriptor links to a terminal device; elsewhere, a console means
     * stdin and stdout are terminals, and stderr almost surely is too. A dumb terminal counts as none.
     */
    static boolean stderr() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
