package dev.knigge.internal.lint;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Parses {@link java.util.regex.Pattern} syntax into {@link RegexNode}s: groups of every kind,
 * alternation, quantifiers (greedy, lazy, possessive, bounded), character classes, escapes,
 * {@code \Q…\E} quoting, anchors and back-references. Only called on patterns that compile.
 */
final class RegexParser {
    private final String pattern;
    private int at;

    private RegexParser(String pattern) {
        this.pattern = pattern;
    }

    /** The tree of a pattern that compiles. */
    static RegexNode parse(String pattern) {
        RegexParser parser = new RegexParser(pattern);
        RegexNode root = parser.alternation();
        while (parser.at < pattern.length()) {
            // A stray ')' cannot occur in a pattern that compiles; skip defensively.
            parser.at++;
            root = new RegexNode.Sequence(List.of(root, parser.alternation()));
        }
        return root;
    }

    private RegexNode alternation() {
        int start = at;
        List<RegexNode> branches = new ArrayList<>();
        branches.add(sequence());
        while (at < pattern.length() && pattern.charAt(at) == '|') {
            at++;
            branches.add(sequence());
        }
        return branches.size() == 1 ? branches.get(0)
                : new RegexNode.Alternation(List.copyOf(branches), pattern.substring(start, at));
    }

    private RegexNode sequence() {
        List<RegexNode> items = new ArrayList<>();
        while (at < pattern.length() && pattern.charAt(at) != '|' && pattern.charAt(at) != ')') {
            int start = at;
            List<RegexNode> atoms = atom();
            if (atoms.size() == 1) {
                items.add(quantified(atoms.get(0), start));
            } else if (!atoms.isEmpty()) {
                // \Q…\E: a quantifier applies to its last character only.
                items.addAll(atoms.subList(0, atoms.size() - 1));
                items.add(quantified(atoms.get(atoms.size() - 1), at - 1));
            }
        }
        return items.size() == 1 ? items.get(0) : new RegexNode.Sequence(List.copyOf(items));
    }

    private RegexNode quantified(RegexNode atom, int start) {
        RegexNode node = atom;
        while (at < pattern.length()) {
            char c = pattern.charAt(at);
            int min;
            int max;
            if (c == '*') {
                min = 0;
                max = -1;
                at++;
            } else if (c == '+') {
                min = 1;
                max = -1;
                at++;
            } else if (c == '?') {
                min = 0;
                max = 1;
                at++;
            } else if (c == '{' && bounds() != null) {
                int[] bounds = bounds();
                min = bounds[0];
                max = bounds[1];
                at = bounds[2];
            } else {
                return node;
            }
            boolean possessive = false;
            if (at < pattern.length() && pattern.charAt(at) == '?') {
                at++;
            } else if (at < pattern.length() && pattern.charAt(at) == '+') {
                possessive = true;
                at++;
            }
            node = new RegexNode.Repeat(node, min, max, possessive, pattern.substring(start, at));
        }
        return node;
    }

    /** {@code {n}}, {@code {n,}} or {@code {n,m}} at the cursor: min, max (-1 for none), end; or {@code null}. */
    private int[] bounds() {
        int close = pattern.indexOf('}', at);
        if (close < 0) {
            return null;
        }
        String inside = pattern.substring(at + 1, close);
        try {
            int comma = inside.indexOf(',');
            if (comma < 0) {
                int n = Integer.parseInt(inside.strip());
                return new int[] {n, n, close + 1};
            }
            int min = Integer.parseInt(inside.substring(0, comma).strip());
            String upper = inside.substring(comma + 1).strip();
            return new int[] {min, upper.isEmpty() ? -1 : Integer.parseInt(upper), close + 1};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private List<RegexNode> atom() {
        char c = pattern.charAt(at);
        switch (c) {
            case '(':
                return List.of(group());
            case '[': {
                int end = classEnd(at);
                String source = pattern.substring(at, end);
                at = end;
                return List.of(new RegexNode.Chars(CharSets.ofPattern(source), source));
            }
            case '.':
                at++;
                return List.of(new RegexNode.Chars(CharSets.ofPattern("."), "."));
            case '^':
            case '$':
                at++;
                return List.of(new RegexNode.Empty());
            case '\\':
                return escape();
            default: {
                int codePoint = pattern.codePointAt(at);
                String source = new String(Character.toChars(codePoint));
                at += Character.charCount(codePoint);
                return List.of(new RegexNode.Chars(CharSets.of(codePoint), source));
            }
        }
    }

    private RegexNode group() {
        at++;
        boolean atomic = false;
        boolean lookaround = false;
        if (pattern.startsWith("?", at)) {
            if (pattern.startsWith("?:", at)) {
                at += 2;
            } else if (pattern.startsWith("?=", at) || pattern.startsWith("?!", at)) {
                at += 2;
                lookaround = true;
            } else if (pattern.startsWith("?<=", at) || pattern.startsWith("?<!", at)) {
                at += 3;
                lookaround = true;
            } else if (pattern.startsWith("?>", at)) {
                at += 2;
                atomic = true;
            } else if (pattern.startsWith("?<", at)) {
                at = after('>');
            } else {
                // Inline flags: (?i) alone, or (?i:…) as a group.
                int i = at + 1;
                while (i < pattern.length() && "idmsuxU-".indexOf(pattern.charAt(i)) >= 0) {
                    i++;
                }
                at = i + 1;
                if (i < pattern.length() && pattern.charAt(i) == ')') {
                    return new RegexNode.Empty();
                }
            }
        }
        RegexNode body = alternation();
        if (at < pattern.length() && pattern.charAt(at) == ')') {
            at++;
        }
        return lookaround ? new RegexNode.Lookaround(body) : new RegexNode.Group(body, atomic);
    }

    private List<RegexNode> escape() {
        int start = at;
        if (at + 1 >= pattern.length()) {
            at++;
            return List.of(new RegexNode.Chars(CharSets.of('\\'), "\\"));
        }
        char next = pattern.charAt(at + 1);
        at += 2;
        switch (next) {
            case 'd', 'D', 'w', 'W', 's', 'S', 'h', 'H', 'v', 'V', 'R', 'X':
                return chars(start);
            case 'p', 'P': {
                if (at < pattern.length() && pattern.charAt(at) == '{') {
                    at = after('}');
                } else {
                    at = Math.min(pattern.length(), at + 1);
                }
                return chars(start);
            }
            case 'b', 'B', 'A', 'z', 'Z', 'G': {
                if (next == 'b' && pattern.startsWith("{g}", at)) {
                    at += 3;
                }
                return List.of(new RegexNode.Empty());
            }
            case 'Q': {
                int end = pattern.indexOf("\\E", at);
                String quoted = pattern.substring(at, end < 0 ? pattern.length() : end);
                at = end < 0 ? pattern.length() : end + 2;
                List<RegexNode> literals = new ArrayList<>();
                quoted.codePoints().forEach(cp -> literals.add(
                        new RegexNode.Chars(CharSets.of(cp), new String(Character.toChars(cp)))));
                return literals;
            }
            case 'k': {
                at = after('>');
                return List.of(new RegexNode.Backreference());
            }
            case 'x': {
                if (at < pattern.length() && pattern.charAt(at) == '{') {
                    at = after('}');
                } else {
                    at = Math.min(pattern.length(), at + 2);
                }
                return chars(start);
            }
            case 'u':
                at = Math.min(pattern.length(), at + 4);
                return chars(start);
            case 'c':
                at = Math.min(pattern.length(), at + 1);
                return chars(start);
            case 'N':
                at = after('}');
                return chars(start);
            case '0': {
                int digits = 0;
                while (digits < 3 && at < pattern.length() && pattern.charAt(at) >= '0' && pattern.charAt(at) <= '7') {
                    at++;
                    digits++;
                }
                return chars(start);
            }
            default:
                if (next >= '1' && next <= '9') {
                    while (at < pattern.length() && Character.isDigit(pattern.charAt(at))) {
                        at++;
                    }
                    return List.of(new RegexNode.Backreference());
                }
                if (Character.isLetterOrDigit(next)) {
                    return chars(start); // \t, \n, \r, \f, \a, \e
                }
                return List.of(new RegexNode.Chars(CharSets.of(next), pattern.substring(start, at)));
        }
    }

    /** Just past the next {@code c}, or the end of the pattern: the cursor never moves back. */
    private int after(char c) {
        int found = pattern.indexOf(c, at);
        return found < 0 ? pattern.length() : found + 1;
    }

    private List<RegexNode> chars(int start) {
        String source = pattern.substring(start, at);
        BitSet set = source.equals("\\X") || source.equals("\\R") ? CharSets.all() : CharSets.ofPattern(source);
        return List.of(new RegexNode.Chars(set, source));
    }

    /** The end (exclusive) of the character class starting at {@code start}. */
    private int classEnd(int start) {
        int i = start + 1;
        if (i < pattern.length() && pattern.charAt(i) == '^') {
            i++;
        }
        int depth = 1;
        boolean first = true;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                if (pattern.startsWith("\\Q", i)) {
                    int end = pattern.indexOf("\\E", i + 2);
                    i = end < 0 ? pattern.length() : end + 2;
                } else {
                    i += 2;
                }
            } else if (c == '[') {
                depth++;
                i++;
            } else if (c == ']' && !first) {
                depth--;
                i++;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
            first = false;
        }
        return pattern.length();
    }
}
