package dev.knigge.internal.lint;

import java.util.ArrayList;
import java.util.List;

/** Small helpers for walking token lists: brackets, qualified names, argument lists. */
final class Tokens {
    private Tokens() {}

    /** The index of the bracket closing the one at {@code open}, or {@code tokens.size()} when it is not closed. */
    static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("(") || token.is("[") || token.is("{")) {
                depth++;
            } else if (token.is(")") || token.is("]") || token.is("}")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return tokens.size();
    }

    /** The end (exclusive) of a qualified name {@code a.b.C} starting at an identifier. */
    static int qualifiedEnd(List<Token> tokens, int start, int limit) {
        int i = start + 1;
        while (i + 1 < limit && tokens.get(i).is(".") && tokens.get(i + 1).isIdentifier()) {
            i += 2;
        }
        return i;
    }

    /** The identifiers of {@code tokens[start, end)} joined with dots. */
    static String name(List<Token> tokens, int start, int end) {
        StringBuilder out = new StringBuilder();
        for (int i = start; i < end; i++) {
            out.append(tokens.get(i).text());
        }
        return out.toString();
    }

    /** The ranges {@code [from, to)} of the comma-separated arguments between {@code open} and {@code close}. */
    static List<int[]> arguments(List<Token> tokens, int open, int close) {
        List<int[]> ranges = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i < close; i++) {
            Token token = tokens.get(i);
            if (token.is("(") || token.is("[") || token.is("{")) {
                depth++;
            } else if (token.is(")") || token.is("]") || token.is("}")) {
                depth--;
            } else if (token.is(",") && depth == 0) {
                ranges.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < close || !ranges.isEmpty()) {
            ranges.add(new int[] {start, close});
        }
        return ranges;
    }
}
