package dev.knigge.cli;

import dev.knigge.json.RequestJson;
import dev.knigge.request.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The command's input, read lazily: files one after another, NDJSON line by line, so a batch
 * of any size streams through. A file that cannot be read, or a line that is not a valid
 * request, becomes an input that says why; reading goes on with the next.
 */
final class Inputs implements Iterator<Input> {
    private final Iterator<String> files;
    private final boolean stdinNdjson;
    private final InputStream stdin;
    private Iterator<Input> current = Collections.emptyIterator();
    private RequestJson.Lines open;

    private Inputs(List<String> files, boolean stdinNdjson, InputStream stdin) {
        this.files = files.iterator();
        this.stdinNdjson = stdinNdjson;
        this.stdin = stdin;
    }

    /**
     * @param files paths as given on the command line; {@code -} is stdin
     * @param stdinNdjson whether stdin holds one request per line
     */
    static Iterator<Input> open(List<String> files, boolean stdinNdjson, InputStream stdin) {
        return new Inputs(files, stdinNdjson, stdin);
    }

    /** Whether a file holds one request per line: {@code .ndjson} and {@code .jsonl}. */
    static boolean isNdjson(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return name.endsWith(".ndjson") || name.endsWith(".jsonl");
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            closeOpen();
            if (!files.hasNext()) {
                return false;
            }
            current = read(files.next());
        }
        return true;
    }

    @Override
    public Input next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private Iterator<Input> read(String file) {
        boolean isStdin = file.equals("-");
        boolean lines = isStdin ? stdinNdjson : isNdjson(file);
        InputStream in;
        try {
            in = isStdin ? stdin : Files.newInputStream(Path.of(file));
        } catch (NoSuchFileException e) {
            return single(Input.unreadable(file, "no such file"));
        } catch (AccessDeniedException e) {
            return single(Input.unreadable(file, "permission denied"));
        } catch (IOException e) {
            return single(Input.unreadable(file, Files.isDirectory(Path.of(file)) ? "is a folder, not a request file"
                    : "cannot be read: " + e.getMessage()));
        }
        if (lines) {
            open = RequestJson.readLines(in);
            Iterator<RequestJson.Line> source = open.iterator();
            return new Iterator<>() {
                private int lastLine;
                private Input failure;
                private boolean failed;

                @Override
                public boolean hasNext() {
                    if (failed) {
                        return failure != null;
                    }
                    try {
                        return source.hasNext();
                    } catch (UncheckedIOException e) {
                        // The rest of the input is lost: say so, rather than end the batch as if it were done.
                        failed = true;
                        failure = Input.unreadable(file, (lastLine == 0 ? "cannot be read: "
                                : "cannot be read after line " + lastLine + ": ") + e.getCause().getMessage());
                        return true;
                    }
                }

                @Override
                public Input next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    if (failed) {
                        Input input = failure;
                        failure = null;
                        return input;
                    }
                    RequestJson.Line line = source.next();
                    lastLine = line.number();
                    return line.valid() ? Input.of(file, line.number(), line.request())
                            : Input.invalid(file, line.number(), line.error());
                }
            };
        }
        try (InputStream request = isStdin ? new NonClosing(in) : in) {
            return single(Input.of(file, 0, RequestJson.read(request)));
        } catch (InvalidRequestException e) {
            return single(Input.invalid(file, 0, e));
        } catch (IOException e) {
            return single(Input.unreadable(file, "cannot be read: " + e.getMessage()));
        }
    }

    private void closeOpen() {
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                // Nothing left to read from it anyway.
            }
            open = null;
        }
    }

    private static Iterator<Input> single(Input input) {
        return List.of(input).iterator();
    }

    /** Stdin stays open for the process. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // Leave stdin open.
        }
    }
}
