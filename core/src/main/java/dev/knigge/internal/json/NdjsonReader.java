package dev.knigge.internal.json;

import dev.knigge.internal.Limits;
import dev.knigge.request.InvalidRequestException;
import dev.knigge.request.ReviewRequest;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads NDJSON, one request per line: skips blank lines, decodes every other line on its own,
 * and reports a bad line without stopping. A line over 1 MiB is an error for that line, found
 * while holding no more than 1 MiB of it; the rest of it is read past. {@code \r\n} line ends
 * and a byte order mark at the start are accepted. Not thread-safe: one reader per input.
 *
 * <p>Bytes and characters share one line splitter: bytes arrive as ISO-8859-1 characters, one
 * character per byte, and go back to bytes for Jackson's UTF-8 parser, so a line of bytes is
 * measured in bytes and read as bytes (its encoding detected, its columns counted in bytes) just
 * as before they were split. Hand-written rather than Jackson's reading of root-level values one
 * after another: a bad line must not end the batch, and a request must not span lines.
 */
public final class NdjsonReader implements Closeable {
    /** The UTF-8 byte order mark as ISO-8859-1 characters. */
    private static final String UTF8_BOM = "\u00EF\u00BB\u00BF";

    private final Reader in;
    /** Whether {@link #in} carries bytes as ISO-8859-1 characters. */
    private final boolean bytes;
    private final char[] buffer = new char[1 << 15];
    private int position;
    private int end;
    private boolean started;
    private char[] line = new char[1 << 12];
    private int length;
    /** The line's size in bytes of UTF-8: its length for bytes, more for characters beyond ASCII. */
    private long weight;
    private boolean tooLong;
    private byte[] lineBytes = new byte[0];

    private int number;
    private ReviewRequest request;
    private InvalidRequestException error;

    private NdjsonReader(Reader in, boolean bytes) {
        this.in = in;
        this.bytes = bytes;
    }

    /** A reader over UTF-8 bytes; closing it closes {@code in}. */
    public static NdjsonReader of(InputStream in) {
        return new NdjsonReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), true);
    }

    /** A reader over characters; closing it closes {@code in}. */
    public static NdjsonReader of(Reader in) {
        return new NdjsonReader(in, false);
    }

    /**
     * Moves to the next non-blank line and decodes it.
     *
     * @return {@code false} at the end of the input
     */
    public boolean next() throws IOException {
        while (readLine()) {
            number++;
            if (tooLong) {
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
    public int lineNumber() {
        return number;
    }

    /** The current line's request, or {@code null} when it has an error. */
    public ReviewRequest request() {
        return request;
    }

    /** The current line's error, or {@code null} when it decoded. */
    public InvalidRequestException error() {
        return error;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads the next line into {@link #line}, split on {@code \n}; {@code false} at the end of the input. */
    private boolean readLine() throws IOException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
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

    /** Reads as far as a byte order mark would go and steps over one. */
    private void skipByteOrderMark() throws IOException {
        String mark = bytes ? UTF8_BOM : "\uFEFF";
        while (end < mark.length()) {
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) {
                break;
            }
            end += n;
        }
        if (end >= mark.length() && mark.contentEquals(CharBuffer.wrap(buffer, 0, mark.length()))) {
            position = mark.length();
        }
    }

    /** Keeps up to the limit and one byte more (room for a {@code \r}); past that, only notes the overflow. */
    private void append(int from, int count) {
        if (tooLong || count == 0) {
            return;
        }
        long added = count;
        if (!bytes) {
            added = 0;
            for (int i = from; i < from + count; i++) {
                added += Json.utf8Weight(buffer[i]);
            }
        }
        if (weight + added > Limits.MAX_REQUEST_BYTES + 1) {
            tooLong = true;
            length = 0;
            return;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.min(Limits.MAX_REQUEST_BYTES + 1, Math.max(length + count, line.length * 2)));
        }
        System.arraycopy(buffer, from, line, length, count);
        length += count;
        weight += added;
    }

    private boolean blank() {
        for (int i = 0; i < length; i++) {
            char c = line[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private ReviewRequest decode() {
        if (!bytes) {
            return RequestDecoder.decodeLine(line, 0, length);
        }
        if (lineBytes.length < length) {
            lineBytes = new byte[Math.min(Limits.MAX_REQUEST_BYTES, Math.max(length, lineBytes.length * 2))];
        }
        for (int i = 0; i < length; i++) {
            lineBytes[i] = (byte) line[i];
        }
        return RequestDecoder.decodeLine(lineBytes, 0, length);
    }
}
