package dev.knigge.internal.note;

/**
 * Which lexicon patterns need a digit to match, so the analyzer skips them for notes without one
 * (most notes; the built-in patterns are amounts, years and call lengths). RE2/J runs each pattern
 * in linear time but several times slower than {@code java.util.regex}, and this keeps note
 * analysis as fast as it was. A performance filter only, and conservative: when a pattern is not
 * plainly digit-bound, it is run.
 */
final class DigitPrefilter {
    private DigitPrefilter() {}

    /**
     * Whether every match of the pattern contains a digit: a mandatory {@code \\d} or digit class
     * ({@code [0-9]}, {@code [3-9]}) in the top-level sequence, or a mandatory group whose every
     * alternative needs one. Conservative: when unsure, {@code false}. The analyzer skips such
     * patterns for notes without digits.
     */
    static boolean needsDigit(String regex) {
        return sequenceNeedsDigit(regex, 0, regex.length());
    }

    private static boolean sequenceNeedsDigit(String regex, int from, int to) {
        // Alternatives at this level: each one must need a digit.
        int depth = 0;
        int start = from;
        boolean all = true;
        boolean any = false;
        for (int i = from; i <= to; i++) {
            char c = i < to ? regex.charAt(i) : '|';
            if (i < to && c == '\\') {
                i++;
            } else if (i < to && c == '[') {
                i = classEnd(regex, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                any = true;
                all &= alternativeNeedsDigit(regex, start, i);
                start = i + 1;
            }
        }
        return any && all;
    }

    private static boolean alternativeNeedsDigit(String regex, int from, int to) {
        int i = from;
        while (i < to) {
            char c = regex.charAt(i);
            int atomEnd;
            boolean digit = false;
            if (c == '\\') {
                digit = i + 1 < to && regex.charAt(i + 1) == 'd';
                atomEnd = i + 2;
            } else if (c == '[') {
                atomEnd = classEnd(regex, i);
                digit = regex.substring(i, atomEnd).matches("\\[(\\d-\\d|\\\\d)+\\]");
            } else if (c == '(') {
                int close = groupEnd(regex, i);
                if (close < 0 || close > to) {
                    return false;
                }
                int bodyFrom = regex.startsWith("(?:", i) ? i + 3 : i + 1;
                digit = sequenceNeedsDigit(regex, bodyFrom, close);
                atomEnd = close + 1;
            } else {
                digit = Character.isDigit(c);
                atomEnd = i + 1;
            }
            int quantifierEnd = quantifier(regex, atomEnd);
            boolean optional = false;
            if (quantifierEnd >= 0) {
                char q = regex.charAt(atomEnd);
                optional = q == '*' || q == '?' || (q == '{' && regex.startsWith("{0", atomEnd));
                atomEnd = quantifierEnd;
            }
            if (digit && !optional) {
                return true;
            }
            i = atomEnd;
        }
        return false;
    }

    private static int groupEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int classEnd(String regex, int from) {
        int i = from + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        while (i < regex.length() && regex.charAt(i) != ']') {
            i += regex.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, regex.length());
    }

    /** The end of a quantifier (with a lazy or possessive mark) starting at {@code at}, or -1. */
    private static int quantifier(String regex, int at) {
        if (at >= regex.length()) {
            return -1;
        }
        char c = regex.charAt(at);
        int end;
        if (c == '*' || c == '+' || c == '?') {
            end = at + 1;
        } else if (c == '{') {
            int close = regex.indexOf('}', at);
            if (close < 0 || !regex.substring(at + 1, close).matches("\\d+(,\\d*)?")) {
                return -1;
            }
            end = close + 1;
        } else {
            return -1;
        }
        if (end < regex.length() && (regex.charAt(end) == '?' || regex.charAt(end) == '+')) {
            end++;
        }
        return end;
    }
}
