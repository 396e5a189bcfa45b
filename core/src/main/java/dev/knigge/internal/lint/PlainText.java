package dev.knigge.internal.lint;

/**
 * The check of an untrusted DRL file's raw text, before any parser sees it, for what no reader
 * of the language should have to agree on: backslashes (a Unicode escape is decoded by the Java
 * compiler before it tokenises, even in a comment, so {@code \u000a} ends a comment and
 * {@code \u0022} ends a string; any other escape is refused in string literals so that Drools,
 * MVEL and Java read every literal alike), control characters (a terminal escape or a BEL in a
 * message), invisible direction and format characters (which make code read differently from
 * what it is), string literals that run over a line break, and brackets nested deeper than any
 * rule needs (which only serve to exhaust a parser's stack).
 */
final class PlainText {
    /** How deep brackets may nest; the built-in rules need three. */
    static final int MAX_NESTING = 16;
    /** Problems reported for one file before the check stops: the first ones say what is wrong. */
    private static final int MAX_PROBLEMS = 20;

    private PlainText() {}

    /** Reports every such character of the text. */
    static void check(FileReport report) {
        String text = report.text();
        boolean lineComment = false;
        boolean blockComment = false;
        boolean string = false;
        char quote = '"';
        int depth = 0;
        int found = 0;
        for (int i = 0; i < text.length() && found < MAX_PROBLEMS; i++) {
            char c = text.charAt(i);
            String refused = refusedCharacter(text, i);
            if (refused != null) {
                report.at(i, refused);
                found++;
                continue;
            }
            if (c == '\\') {
                found++;
                report.at(i, i + 1 < text.length() && text.charAt(i + 1) == 'u'
                        ? "a Unicode escape (\\u…)" + UntrustedLanguage.REFUSED + ", even in a comment or a string; write the"
                                + " character itself"
                        : string ? "a string literal may not hold a backslash escape; write the text plainly"
                                : "a backslash" + UntrustedLanguage.REFUSED);
                i++; // The character it escapes belongs to this problem.
            } else if (lineComment) {
                lineComment = c != '\n' && c != '\r';
            } else if (blockComment) {
                if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                    blockComment = false;
                    i++;
                }
            } else if (string) {
                if (c == quote) {
                    string = false;
                } else if (c == '\n' || c == '\r') {
                    report.at(i, "a string literal may not span lines; close it on the line it starts");
                    found++;
                    string = false;
                }
            } else if (c == '"' || c == '\'') {
                string = true;
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth == MAX_NESTING + 1) {
                    report.at(i, "brackets nested deeper than " + MAX_NESTING + UntrustedLanguage.ARE_REFUSED
                            + "; split the condition");
                    found++;
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                lineComment = true;
                i++;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                blockComment = true;
                i++;
            }
        }
    }

    /** Why the character at {@code i} is refused anywhere in the file, or {@code null}. */
    private static String refusedCharacter(String text, int i) {
        char c = text.charAt(i);
        if (c == '\t' || c == '\n' || c == '\r' || (c == '\uFEFF' && i == 0)) {
            return null;
        }
        int type = Character.getType(c);
        if (type == Character.CONTROL) {
            return String.format(java.util.Locale.ROOT, "control character U+%04X", (int) c) + UntrustedLanguage.REFUSED;
        }
        if (type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
            return String.format(java.util.Locale.ROOT, "invisible character U+%04X", (int) c) + UntrustedLanguage.REFUSED
                    + " (it can make code read differently from what it is)";
        }
        return null;
    }
}
