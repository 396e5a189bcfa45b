package dev.knigge.internal.json;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that drops a leading byte order mark and fails once more than a limit has passed
 * through, counting each character as the bytes it takes in UTF-8 — so a request's size limit
 * means the same whether it arrives as bytes or as characters.
 */
final class LimitedReader extends FilterReader {
    /** Thrown when the input is over the limit; the decoder turns it into Knigge's message. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(Json.TOO_LARGE);
        }
    }

    private final long limit;
    private long count;
    private boolean started;

    LimitedReader(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n;
        do {
            n = in.read(buffer, offset, length);
            if (n > 0 && !started) {
                started = true;
                if (buffer[offset] == '\uFEFF') {
                    System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                    n--;
                }
            }
        } while (n == 0 && length > 0);
        for (int i = 0; i < n; i++) {
            count += Json.utf8Weight(buffer[offset + i]);
        }
        if (count > limit) {
            throw new TooLarge();
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // The caller owns the reader.
    }
}
