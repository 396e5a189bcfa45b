package dev.knigge.internal.note;

import java.util.Arrays;

/**
 * Which lexicon patterns need a digit to match, so the analyzer skips them for notes without one
 * (most notes; the built-in patterns are amounts, years and call lengths), and where in a note with
 * digits they can match: a pattern that needs a digit and matches at most {@code n} characters can
 * only match within {@code n} characters of a digit, so the analyzer runs it over those windows
 * instead of the whole note. RE2/J runs each pattern in linear time but several times slower than
 * {@code java.util.regex}, and this keeps note analysis as fast as it was. A performance filter only,
 * and conservative: when a pattern is not plainly digit-bound, or its length not plainly bounded, it
 * is run over the whole note.
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

    /**
     * The most UTF-16 code units a match of the pattern can span, or -1 when that is unbounded or
     * not plain (a {@code *}, {@code +} or open {@code {n,}}, a quoted run). Counts every character
     * atom as two units, so surrogate pairs are covered; assertions count nothing.
     */
    static int maxLength(String regex) {
        return sequenceMax(regex, 0, regex.length());
    }

    /**
     * The parts of a note a pattern that needs a digit and spans at most {@code maxLength} units can
     * match in: around every ASCII digit, as far as {@code maxLength} and on to white space (or the
     * note's edge) on both sides, so every assertion at a possible match sees the same characters as
     * in the whole note; overlapping parts merged. Pairs of start (inclusive) and end (exclusive).
     */
    static int[] windows(String lower, int maxLength) {
        int[] windows = new int[8];
        int count = 0;
        int n = lower.length();
        for (int d = 0; d < n; d++) {
            char c = lower.charAt(d);
            if (c < '0' || c > '9') {
                continue;
            }
            int start = d - maxLength;
            while (start > 0 && !blank(lower.charAt(start))) {
                start--;
            }
            start = Math.max(0, start);
            int end = d + maxLength;
            while (end < n && !blank(lower.charAt(end))) {
                end++;
            }
            end = Math.min(n, end + 1);
            if (count > 0 && start <= windows[count - 1]) {
                windows[count - 1] = Math.max(windows[count - 1], end);
            } else {
                if (count + 2 > windows.length) {
                    windows = Arrays.copyOf(windows, windows.length * 2);
                }
                windows[count++] = start;
                windows[count++] = end;
            }
            d = Math.max(d, end - maxLength - 1);
        }
        return Arrays.copyOf(windows, count);
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\n';
    }

    private static int sequenceMax(String regex, int from, int to) {
        int max = 0;
        int[] alternatives = alternatives(regex, from, to);
        for (int a = 0; a < alternatives.length; a += 2) {
            int alternative = alternativeMax(regex, alternatives[a], alternatives[a + 1]);
            if (alternative < 0) {
                return -1;
            }
            max = Math.max(max, alternative);
        }
        return max;
    }

    /** The top-level alternatives of regex[from, to): pairs of start and end. */
    private static int[] alternatives(String regex, int from, int to) {
        int[] bounds = new int[4];
        int count = 0;
        int depth = 0;
        int start = from;
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
                if (count + 2 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[count++] = start;
                bounds[count++] = i;
                start = i + 1;
            }
        }
        return Arrays.copyOf(bounds, count);
    }

    private static int alternativeMax(String regex, int from, int to) {
        int total = 0;
        int i = from;
        while (i < to) {
            char c = regex.charAt(i);
            int atomEnd;
            int length;
            if (c == '\\') {
                if (i + 1 >= to) {
                    return -1;
                }
                char escaped = regex.charAt(i + 1);
                atomEnd = i + 2;
                length = 2;
                if (escaped == 'b' || escaped == 'B' || escaped == 'A' || escaped == 'z') {
                    length = 0;
                } else if (escaped == 'Q' || escaped == 'E') {
                    return -1;
                } else if ((escaped == 'p' || escaped == 'P' || escaped == 'x') && atomEnd < to
                        && regex.charAt(atomEnd) == '{') {
                    int close = regex.indexOf('}', atomEnd);
                    if (close < 0 || close >= to) {
                        return -1;
                    }
                    atomEnd = close + 1;
                } else if (escaped == 'p' || escaped == 'P') {
                    atomEnd = Math.min(to, atomEnd + 1);
                } else if (escaped == 'x') {
                    atomEnd = Math.min(to, atomEnd + 2);
                }
            } else if (c == '[') {
                atomEnd = classEnd(regex, i);
                length = 2;
            } else if (c == '(') {
                int close = groupEnd(regex, i);
                if (close < 0 || close > to) {
                    return -1;
                }
                atomEnd = close + 1;
                if (regex.startsWith("(?", i) && !regex.startsWith("(?:", i) && !regex.startsWith("(?P<", i)) {
                    int colon = regex.indexOf(':', i);
                    if (colon < 0 || colon > close) {
                        // A flag group such as (?i): it matches nothing.
                        length = 0;
                    } else {
                        length = sequenceMax(regex, colon + 1, close);
                    }
                } else {
                    int body = regex.startsWith("(?:", i) ? i + 3
                            : regex.startsWith("(?P<", i) ? regex.indexOf('>', i) + 1 : i + 1;
                    length = body <= 0 || body > close ? -1 : sequenceMax(regex, body, close);
                }
                if (length < 0) {
                    return -1;
                }
            } else if (c == '^' || c == '$') {
                atomEnd = i + 1;
                length = 0;
            } else {
                atomEnd = i + 1;
                length = 2;
            }
            int quantifierEnd = quantifier(regex, atomEnd);
            if (quantifierEnd >= 0) {
                char q = regex.charAt(atomEnd);
                if (q == '*' || q == '+') {
                    return -1;
                }
                if (q == '{') {
                    String counts = regex.substring(atomEnd + 1, regex.indexOf('}', atomEnd));
                    int comma = counts.indexOf(',');
                    if (comma == counts.length() - 1) {
                        return -1;
                    }
                    int times = Integer.parseInt(comma < 0 ? counts : counts.substring(comma + 1));
                    length = times > 10_000 ? Integer.MAX_VALUE / 4 : length * times;
                }
                atomEnd = quantifierEnd;
            }
            total += length;
            if (total > 100_000) {
                return -1;
            }
            i = atomEnd;
        }
        return total;
    }

    private static boolean sequenceNeedsDigit(String regex, int from, int to) {
        // Alternatives at this level: each one must need a digit.
        int[] alternatives = alternatives(regex, from, to);
        for (int a = 0; a < alternatives.length; a += 2) {
            if (!alternativeNeedsDigit(regex, alternatives[a], alternatives[a + 1])) {
                return false;
            }
        }
        return alternatives.length > 0;
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
