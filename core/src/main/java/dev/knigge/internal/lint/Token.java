package dev.knigge.internal.lint;

/**
 * One token of Java or MVEL source.
 *
 * @param kind what it is
 * @param text its text as written (a string literal with its quotes)
 * @param offset where it starts in the text that was tokenised (before Unicode escapes were decoded)
 */
record Token(Kind kind, String text, int offset) {

    /** What a token is. Keywords are identifiers: MVEL and Java disagree on which words are reserved. */
    enum Kind { IDENTIFIER, NUMBER, STRING, PUNCTUATION }

    /** Whether this is the identifier or punctuation {@code text} (never a string literal). */
    boolean is(String text) {
        return kind != Kind.STRING && this.text.equals(text);
    }

    boolean isIdentifier() {
        return kind == Kind.IDENTIFIER;
    }

    boolean isString() {
        return kind == Kind.STRING;
    }

    /** A string literal's value, its quotes removed and simple escapes resolved. */
    String stringValue() {
        String body = text.startsWith("\"\"\"") && text.length() >= 6 ? text.substring(3, text.length() - 3)
                : text.length() >= 2 ? text.substring(1, text.length() - 1) : "";
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char next = body.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
