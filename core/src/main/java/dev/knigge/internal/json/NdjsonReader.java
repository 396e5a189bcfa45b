package dev.knigge.internal.json;

import dev.knigge.InvalidRequestException;
import dev.knigge.ReviewRequest;
import dev.knigge.internal.Limits;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Reads NDJSON, one request per line: skips blank lines, decodes every other line on its own,
 * and reports a bad line without stopping. A line over 1 MiB is an error for that line, found
 * while holding no more than 1 MiB of it; the rest of it is read past. {@code \r\n} line ends
 * and a byte order mark at the start are accepted. Not thread-safe: one reader per input.
 */
public abstract class NdjsonReader implements Closeable {
    private int number;
    private ReviewRequest request;
    private InvalidRequestException error;

    NdjsonReader() {}

    /** A reader over UTF-8 bytes; closing it closes {@code in}. */
    public static NdjsonReader of(InputStream in) {
        return new Bytes(in);
    }

    /** A reader over characters; closing it closes {@code in}. */
    public static NdjsonReader of(Reader in) {
        return new Chars(in);
    }

    /**
     * Moves to the next non-blank line and decodes it.
     *
     * @return {@code false} at the end of the input
     */
    public final boolean next() throws IOException {
        while (readLine()) {
            number++;
            if (tooLong()) {
                request = null;
                error = new InvalidRequestException("$", Json.TOO_LARGE);
                return true;
            }
            if (blank()) {
                continue;
            }
            try {
                request = decode();
                error = null;
            } catch (InvalidRequestException e) {
                request = null;
                error = e;
            }
            return true;
        }
        return false;
    }

    /** The current line's number, counting from 1 and counting blank lines. */
    public final int lineNumber() {
        return number;
    }

    /** The current line's request, or {@code null} when it has an error. */
    public final ReviewRequest request() {
        return request;
    }

    /** The current line's error, or {@code null} when it decoded. */
    public final InvalidRequestException error() {
        return error;
    }

    /** Reads the next line into the buffer; {@code false} at the end of the input. */
    abstract boolean readLine() throws IOException;

    abstract boolean tooLong();

    abstract boolean blank();

    abstract ReviewRequest decode();

    private static boolean whitespace(int c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    /** Lines of UTF-8 bytes, split on {@code \n} (which never occurs inside a multi-byte character). */
    private static final class Bytes extends NdjsonReader {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int end;
        private boolean started;
        private byte[] line = new byte[1 << 12];
        private int length;
        private boolean tooLong;

        Bytes(InputStream in) {
            this.in = in;
        }

        @Override
        boolean readLine() throws IOException {
            if (!started) {
                started = true;
                end = Math.max(0, in.readNBytes(buffer, 0, 3));
                if (end == 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
                    position = 3;
                }
            }
            length = 0;
            tooLong = false;
            boolean any = false;
            while (true) {
                if (position >= end) {
                    int n = in.read(buffer, 0, buffer.length);
                    if (n < 0) {
                        if (!any) {
                            return false;
                        }
                        break;
                    }
                    position = 0;
                    end = n;
                    continue;
                }
                any = true;
                int i = position;
                while (i < end && buffer[i] != '\n') {
                    i++;
                }
                append(position, i - position);
                if (i < end) {
                    position = i + 1;
                    break;
                }
                position = end;
            }
            if (!tooLong && length > 0 && line[length - 1] == '\r') {
                length--;
            }
            if (length > Limits.MAX_REQUEST_BYTES) {
                tooLong = true;
            }
            return true;
        }

        /** Keeps up to the limit and one byte more (room for a {@code \r}); past that, only notes the overflow. */
        private void append(int from, int count) {
            if (tooLong || count == 0) {
                return;
            }
            if (length + count > Limits.MAX_REQUEST_BYTES + 1) {
                tooLong = true;
                length = 0;
                return;
            }
            if (length + count > line.length) {
                line = java.util.Arrays.copyOf(line, Math.min(Limits.MAX_REQUEST_BYTES + 1,
                        Math.max(length + count, line.length * 2)));
            }
            System.arraycopy(buffer, from, line, length, count);
            length += count;
        }

        @Override
        boolean tooLong() {
            return tooLong;
        }

        @Override
        boolean blank() {
            for (int i = 0; i < length; i++) {
                if (!whitespace(line[i])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        ReviewRequest decode() {
            return RequestDecoder.decodeLine(line, 0, length);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Lines of characters; the size limit counts each character as the bytes it takes in UTF-8. */
    private static final class Chars extends NdjsonReader {
        private final Reader in;
        private final char[] buffer = new char[1 << 15];
        private int position;
        private int end;
        private boolean started;
        private char[] line = new char[1 << 12];
        private int length;
        private long weight;
        private boolean tooLong;

        Chars(Reader in) {
            this.in = in;
        }

        @Override
        boolean readLine() throws IOException {
            length = 0;
            weight = 0;
            tooLong = false;
            boolean any = false;
            while (true) {
                if (position >= end) {
                    int n = in.read(buffer, 0, buffer.length);
                    if (n < 0) {
                        if (!any) {
                            return false;
                        }
                        break;
                    }
                    position = 0;
                    end = n;
                    if (!started && n > 0) {
                        started = true;
                        if (buffer[0] == '\uFEFF') {
                            position = 1;
                        }
                    }
                    continue;
                }
                any = true;
                int i = position;
                while (i < end && buffer[i] != '\n') {
                    i++;
                }
                append(position, i - position);
                if (i < end) {
                    position = i + 1;
                    break;
                }
                position = end;
            }
            if (!tooLong && length > 0 && line[length - 1] == '\r') {
                length--;
                weight--;
            }
            if (weight > Limits.MAX_REQUEST_BYTES) {
                tooLong = true;
            }
            return true;
        }

        private void append(int from, int count) {
            if (tooLong || count == 0) {
                return;
            }
            long added = 0;
            for (int i = from; i < from + count; i++) {
                added += Json.utf8Weight(buffer[i]);
            }
            if (weight + added > Limits.MAX_REQUEST_BYTES + 1) {
                tooLong = true;
                length = 0;
                return;
            }
            if (length + count > line.length) {
                line = java.util.Arrays.copyOf(line, Math.min(Limits.MAX_REQUEST_BYTES + 1,
                        Math.max(length + count, line.length * 2)));
            }
            System.arraycopy(buffer, from, line, length, count);
            length += count;
            weight += added;
        }

        @Override
        boolean tooLong() {
            return tooLong;
        }

        @Override
        boolean blank() {
            for (int i = 0; i < length; i++) {
                if (!whitespace(line[i])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        ReviewRequest decode() {
            return RequestDecoder.decodeLine(line, 0, length);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
