package dev.knigge.internal.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Java or MVEL source (a DRL consequence, constraint or expression) into tokens, skipping
 * white space and comments and keeping string literals whole, so that {@link RuleUsage} reads the
 * placeholders and parameters of any policy, trusted ones in full DRL included, from the code and
 * never from what a comment or a string says. Unicode escapes ({@code \u0053ystem}) are decoded
 * first, as the Java compiler does. Not a security check: untrusted DRL is read by
 * {@link StrictLexer} instead.
 */
final class JavaLexer {
    private final String text;
    private final int[] origin;
    private final List<Token> tokens = new ArrayList<>();
    private int at;

    private JavaLexer(String source) {
        StringBuilder decoded = new StringBuilder(source.length());
        int[] offsets = new int[source.length() + 1];
        int i = 0;
        while (i < source.length()) {
            int escape = unicodeEscape(source, i);
            offsets[decoded.length()] = i;
            if (escape > 0) {
                decoded.append((char) Integer.parseInt(source.substring(escape - 4, escape), 16));
                i = escape;
            } else {
                decoded.append(source.charAt(i));
                i++;
            }
        }
        offsets[decoded.length()] = source.length();
        this.text = decoded.toString();
        this.origin = offsets;
    }

    /** The tokens of some source. */
    static List<Token> tokens(String source) {
        JavaLexer lexer = new JavaLexer(source);
        lexer.run();
        return List.copyOf(lexer.tokens);
    }

    /**
     * The end of a Unicode escape starting at {@code i}, or -1. A backslash starts one only
     * when an even number of backslashes precede it (JLS 3.3).
     */
    private static int unicodeEscape(String s, int i) {
        if (s.charAt(i) != '\\' || i + 1 >= s.length() || s.charAt(i + 1) != 'u') {
            return -1;
        }
        int backslashes = 0;
        for (int j = i - 1; j >= 0 && s.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        if (backslashes % 2 != 0) {
            return -1;
        }
        int j = i + 1;
        while (j < s.length() && s.charAt(j) == 'u') {
            j++;
        }
        if (j + 4 > s.length()) {
            return -1;
        }
        for (int k = j; k < j + 4; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return -1;
            }
        }
        return j + 4;
    }

    private void run() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (text.startsWith("//", at)) {
                int end = text.indexOf('\n', at);
                at = end < 0 ? text.length() : end + 1;
            } else if (text.startsWith("/*", at)) {
                int end = text.indexOf("*/", at + 2);
                at = end < 0 ? text.length() : end + 2;
            } else if (text.startsWith("\"\"\"", at)) {
                int end = text.indexOf("\"\"\"", at + 3);
                while (end > 0 && escaped(end)) {
                    end = text.indexOf("\"\"\"", end + 1);
                }
                add(Token.Kind.STRING, at, end < 0 ? text.length() : end + 3);
            } else if (c == '"' || c == '\'') {
                add(Token.Kind.STRING, at, quoted(c));
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = at + 1;
                while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                add(Token.Kind.IDENTIFIER, at, end);
            } else if (Character.isDigit(c) || (c == '.' && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1)))) {
                add(Token.Kind.NUMBER, at, number());
            } else if (text.startsWith("::", at)) {
                add(Token.Kind.PUNCTUATION, at, at + 2);
            } else {
                add(Token.Kind.PUNCTUATION, at, at + 1);
            }
        }
    }

    private boolean escaped(int index) {
        int backslashes = 0;
        for (int j = index - 1; j >= 0 && text.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** The end of a quoted literal; an unterminated one ends at the line's end. */
    private int quoted(char quote) {
        int i = at + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return text.length();
    }

    private int number() {
        int i = at;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                i++;
            } else if ((c == '+' || c == '-') && i > at && "eEpP".indexOf(text.charAt(i - 1)) >= 0
                    && !text.substring(at, i).startsWith("0x") && !text.substring(at, i).startsWith("0X")) {
                i++;
            } else if ((c == '+' || c == '-') && i > at && "pP".indexOf(text.charAt(i - 1)) >= 0) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private void add(Token.Kind kind, int start, int end) {
        tokens.add(new Token(kind, text.substring(start, end), origin[start]));
        at = Math.max(end, start + 1);
    }
}
