package dev.knigge.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Line numbers of a classpath resource, read from the resource itself: a test that checks the line
 * a message names (a lexicon entry's, say) finds that line by its text, so editing the file above it
 * moves no test.
 */
public final class ResourceLines {
    private ResourceLines() {}

    /**
     * The number (from 1) of the first line of {@code resource} that contains {@code text}.
     *
     * @throws IllegalStateException when there is no such resource or no such line
     */
    public static int lineContaining(String resource, String text) {
        InputStream in = ResourceLines.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
            throw new IllegalStateException("no line of " + resource + " contains " + text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
