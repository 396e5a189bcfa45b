package dev.knigge.internal.note;

import dev.knigge.internal.lint.Backtracking;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Refuses the regular expressions that make matching slow on a long note: nested unbounded
 * quantifiers ({@code (a+)+}, {@code (\w+\s?)*}), which backtrack exponentially, and unbounded
 * runs of "anything" ({@code .*}, {@code [^.]+}), which make every match scan the rest of the note.
 * Bounded forms ({@code .{0,40}}, {@code (\w+ ){0,3}}) are fine. A syntactic check, strict on
 * purpose: phrases ({@code word*}, {@code **}) cover almost everything a lexicon needs.
 */
final class RegexGuard {
    private RegexGuard() {}

    /**
     * What makes the pattern risky, or {@code null} when it is fine (or does not compile: the
     * lexicon compiler reports that). Catastrophic backtracking is judged by the lint's regex
     * analyzer; the check below adds unbounded runs of "anything".
     */
    static String risk(String regex) {
        try {
            java.util.regex.Pattern.compile(regex);
        } catch (java.util.regex.PatternSyntaxException e) {
            return null;
        }
        String backtracking;
        try {
            backtracking = Backtracking.reason(regex);
        } catch (RuntimeException e) {
            backtracking = "it could not be analysed (" + e + "); simplify it";
        }
        if (backtracking != null) {
            return "can backtrack catastrophically: " + backtracking;
        }
        Deque<boolean[]> groups = new ArrayDeque<>();
        boolean[] top = {false};
        int i = 0;
        int n = regex.length();
        while (i < n) {
            char c = regex.charAt(i);
            boolean anything = false;
            boolean closedGroup = false;
            boolean groupUnbounded = false;
            if (c == '\\') {
                i += 2;
            } else if (c == '[') {
                anything = i + 1 < n && regex.charAt(i + 1) == '^';
                i = classEnd(regex, i);
            } else if (c == '(') {
                groups.push(top);
                top = new boolean[] {false};
                i++;
                continue;
            } else if (c == ')') {
                groupUnbounded = top[0];
                top = groups.isEmpty() ? new boolean[] {false} : groups.pop();
                top[0] |= groupUnbounded;
                closedGroup = true;
                i++;
            } else {
                anything = c == '.';
                i++;
            }
            int quantifierEnd = quantifier(regex, i);
            if (quantifierEnd < 0) {
                continue;
            }
            boolean unbounded = unbounded(regex, i, quantifierEnd);
            i = quantifierEnd;
            if (!unbounded) {
                continue;
            }
            if (closedGroup && groupUnbounded) {
                return "nests unbounded quantifiers, as in (a+)+, and can backtrack catastrophically;"
                        + " bound the outer one, as in (\\w+ ){0,3}";
            }
            if (anything) {
                return "has an unbounded run of any character (.* or [^…]+); bound it, as in .{0,40},"
                        + " or use a phrase with ** instead";
            }
            top[0] = true;
        }
        return null;
    }

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
            boolean consuming = true;
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
                boolean lookaround = regex.startsWith("(?=", i) || regex.startsWith("(?!", i)
                        || regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i);
                consuming = !lookaround;
                int bodyFrom = regex.startsWith("(?:", i) ? i + 3 : i + 1;
                digit = consuming && sequenceNeedsDigit(regex, bodyFrom, close);
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
            if (digit && consuming && !optional) {
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

    private static boolean unbounded(String regex, int from, int to) {
        char c = regex.charAt(from);
        if (c == '*' || c == '+') {
            return true;
        }
        if (c == '{') {
            String body = regex.substring(from + 1, regex.indexOf('}', from));
            return body.endsWith(",");
        }
        return false;
    }
}
