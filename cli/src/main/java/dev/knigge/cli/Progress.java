package dev.knigge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A progress bar on stderr for a long audit, redrawn in place at most ten times a second; only
 * when stderr is a terminal and the campaign has at least {@link #LARGE} requests. Not thread-safe:
 * the audit reports progress from one thread.
 */
final class Progress {
    /** From this many lines, a campaign is worth a progress bar. */
    static final int LARGE = 1_000;
    private static final int WIDTH = 30;
    private static final long EVERY_NANOS = 100_000_000L;
    private static final Progress OFF = new Progress(null, 0);

    private final PrintWriter err;
    private final long total;
    private long done;
    private long lastDrawn;
    private boolean shown;

    private Progress(PrintWriter err, long total) {
        this.err = err;
        this.total = total;
    }

    /**
     * A progress bar for a campaign file, or one that shows nothing.
     *
     * @param terminal whether stderr is an interactive terminal
     */
    static Progress of(PrintWriter err, boolean terminal, Path campaign) {
        if (!terminal) {
            return OFF;
        }
        long lines = countLines(campaign);
        if (lines < LARGE) {
            return OFF;
        }
        Progress progress = new Progress(err, lines);
        progress.draw("reading the campaign…");
        return progress;
    }

    /** One more entry audited. */
    void step() {
        if (err == null) {
            return;
        }
        done++;
        long now = System.nanoTime();
        if (now - lastDrawn >= EVERY_NANOS || done == total) {
            lastDrawn = now;
            int percent = (int) Math.min(100, done * 100 / total);
            int filled = percent * WIDTH / 100;
            draw("[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + percent + " %  " + done + "/" + total);
        }
    }

    /**
     * Takes the bar off the screen, before a message or at the end. {@code ESC [K} erases to the
     * end of the line: cursor control, which picocli's ANSI support (styles only) does not offer.
     */
    void clear() {
        if (err != null && shown) {
            err.print("\r\u001B[K");
            err.flush();
            shown = false;
        }
    }

    private void draw(String text) {
        err.print("\rknigge audit  " + text + "\u001B[K");
        err.flush();
        shown = true;
    }

    /** Non-blank lines are requests; counting bytes is fast next to the audit itself. */
    private static long countLines(Path campaign) {
        long lines = 0;
        boolean content = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(campaign)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        lines += content ? 1 : 0;
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        content = true;
                    }
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return lines + (content ? 1 : 0);
    }
}
