package dev.knigge.internal.lint;

import dev.knigge.internal.policy.PolicyLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a piece of untrusted DRL (a constraint's operand, a {@code from} source, a consequence)
 * into the few tokens its language has, refusing everything else: ASCII identifiers, bound
 * variables ({@code $name}), decimal numbers without leading zeros, string literals in double
 * quotes that hold no backslash and no line break, and the punctuation {@code . ( ) , ! + - * / ;}.
 * Java, MVEL and Drools read every one of these tokens alike, which is what makes the check tight:
 * there is no escape, no Unicode escape and no text block on which they could disagree.
 */
final class StrictLexer {
    private static final String PUNCTUATION = ".(),!+-*/;";
    private static final int MAX_NUMBER = 18;

    private StrictLexer() {}

    /**
     * The tokens of the text, or {@code null} when it holds something outside the language (the
     * report says what and where).
     *
     * @param comments whether {@code //} and {@code /* … *}{@code /} comments are skipped (in a consequence)
     * @param allowed what the problem says is allowed instead
     */
    static List<Token> tokens(String text, boolean comments, String allowed, ValueCheck.Report report) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else if (comments && text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if (comments && text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    report.at(i, "a comment that does not end");
                    return null;
                }
                i = end + 2;
            } else if (identifierStart(c) || (c == '$' && i + 1 < text.length() && identifierStart(text.charAt(i + 1)))) {
                int end = i + 1;
                while (end < text.length() && identifierPart(text.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Token.Kind.IDENTIFIER, text.substring(i, end), i));
                i = end;
            } else if (c >= '0' && c <= '9') {
                int end = digits(text, i);
                if (end + 1 < text.length() && text.charAt(end) == '.' && isDigit(text.charAt(end + 1))) {
                    end = digits(text, end + 1);
                }
                if (end < text.length() && (identifierPart(text.charAt(end)) || text.charAt(end) == '.')) {
                    report.at(i, "'" + text.substring(i, Math.min(text.length(), end + 1)) + "' is not a plain decimal"
                            + " number; write numbers as 12 or 0.7 (no suffixes, exponents, hex or octal)");
                    return null;
                }
                String number = text.substring(i, end);
                if (number.length() > MAX_NUMBER || (number.length() > 1 && number.charAt(0) == '0' && number.charAt(1) != '.')) {
                    report.at(i, "'" + PolicyLimits.quote(number) + "' is not a plain decimal number; write numbers as 12 or 0.7,"
                            + " without leading zeros and with at most " + MAX_NUMBER + " characters");
                    return null;
                }
                tokens.add(new Token(Token.Kind.NUMBER, number, i));
                i = end;
            } else if (c == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '"') {
                    char inside = text.charAt(end);
                    if (inside == '\\' || inside == '\n' || inside == '\r') {
                        report.at(end, inside == '\\'
                                ? "a string literal may not hold a backslash escape; write the text plainly"
                                : "a string literal may not span lines");
                        return null;
                    }
                    end++;
                }
                if (end >= text.length()) {
                    report.at(i, "a string literal that does not end");
                    return null;
                }
                tokens.add(new Token(Token.Kind.STRING, text.substring(i, end + 1), i));
                i = end + 1;
            } else if (PUNCTUATION.indexOf(c) >= 0) {
                tokens.add(new Token(Token.Kind.PUNCTUATION, String.valueOf(c), i));
                i++;
            } else {
                report.at(i, describe(text, i) + UntrustedLanguage.REFUSED + "; " + allowed);
                return null;
            }
        }
        return tokens;
    }

    /** How a problem names the character at {@code i}: {@code '''} or {@code U+0007}. */
    private static String describe(String text, int i) {
        int c = text.codePointAt(i);
        if (c == '\'') {
            return "a single-quoted string (write \"text\" in double quotes)";
        }
        return c >= 0x21 && c < 0x7f ? "'" + (char) c + "'" : String.format(java.util.Locale.ROOT, "U+%04X", c);
    }

    private static int digits(String text, int from) {
        int end = from;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean identifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean identifierPart(char c) {
        return identifierStart(c) || isDigit(c);
    }
}
