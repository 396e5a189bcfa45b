package dev.knigge.cli;

import java.util.Locale;

/**
 * Text from a request or a policy made safe to print on a terminal: control characters (ESC,
 * BEL, carriage return, line breaks inside a value) and the invisible characters that reorder
 * text (bidirectional overrides) are shown as {@code \u001b}-style escapes instead of acting on
 * the terminal. Knigge's own colours are added after, so they still work.
 */
final class Printable {
    private Printable() {}

    /** The text with every such character escaped; {@code null} stays {@code null}. */
    static String of(String text) {
        if (text == null || clean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean unsafe(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || (type == Character.FORMAT && (c == '\u061c' || (c >= '\u200e' && c <= '\u200f')
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')))
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
