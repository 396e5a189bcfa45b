package dev.knigge.internal.audit;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/** Splits a file of lines into byte ranges that start at line starts, so that parts of it can be read in parallel. */
final class FileRanges {
    private FileRanges() {}

    /**
     * The starts of up to {@code parts} ranges, ascending, the first 0, followed by the file's
     * size: range i is {@code [starts[i], starts[i + 1])}. Each start is the first byte of a line.
     */
    static long[] split(Path file, int parts) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long[] bounds = new long[parts + 1];
            int count = 1;
            ByteBuffer buffer = ByteBuffer.allocate(1 << 12);
            for (int i = 1; i < parts; i++) {
                long start = lineStartFrom(channel, size * i / parts, buffer);
                if (start > bounds[count - 1] && start < size) {
                    bounds[count++] = start;
                }
            }
            bounds[count++] = size;
            return Arrays.copyOf(bounds, count);
        }
    }

    /** The first line start at or after {@code position}: just past the next line break before it. */
    private static long lineStartFrom(FileChannel channel, long position, ByteBuffer buffer) throws IOException {
        long at = Math.max(0, position - 1);
        while (true) {
            buffer.clear();
            int read = channel.read(buffer, at);
            if (read <= 0) {
                return channel.size();
            }
            for (int i = 0; i < read; i++) {
                if (buffer.get(i) == '\n') {
                    return at + i + 1;
                }
            }
            at += read;
        }
    }

    /** The bytes {@code [start, end)} of a file, as a stream of its own; closing it closes the file. */
    static InputStream open(Path file, long start, long end) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(start);
        return new FilterInputStream(Channels.newInputStream(channel)) {
            private long left = end - start;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                left -= b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(bytes, offset, (int) Math.min(length, left));
                left -= Math.max(n, 0);
                return n;
            }
        };
    }
}
