package dev.knigge.internal.lint;

import java.util.Arrays;

/** Turns an offset into a file's text into a 1-based line and column, as problems report them. */
final class LineIndex {
    private final int[] starts;

    LineIndex(String text) {
        int[] found = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(found, count);
    }

    /** The 1-based line of an offset. */
    int line(int offset) {
        int index = Arrays.binarySearch(starts, offset);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** The 1-based column of an offset, counting UTF-16 code units as the rest of Knigge does. */
    int column(int offset) {
        return offset - starts[line(offset) - 1] + 1;
    }
}
