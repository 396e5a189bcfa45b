package dev.knigge.internal.note;

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

    /** What makes the pattern risky, or {@code null} when it is fine. */
    static String risk(String regex) {
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
