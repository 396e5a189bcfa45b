package dev.knigge.internal.note;

import java.text.Normalizer;

/**
 * How a word is cut out of a text and folded: the note analyzer's reading of words, for the
 * analyzer ({@link Text}) and for whatever must read words exactly as it does (the campaign
 * audit's templates). Lower case; typographic apostrophes, quotes, dashes and white space made
 * plain; umlauts, ß, accents and styled letters folded ({@code Müller} is {@code mueller},
 * {@code Łódź} is {@code lodz}, the "𝐇𝐞𝐥𝐥𝐨" some people post is {@code hello}); an apostrophe
 * inside a word dropped ({@code I'd} is {@code id}). Stateless.
 */
public final class Folding {
    private Folding() {}

    /** The text in lower case, with quotes, apostrophes, dashes and white space made plain; same length. */
    public static String plain(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = plain(text.charAt(i));
        }
        return new String(out);
    }

    /** One character in lower case, or the plain quote, apostrophe, dash or space it stands for; surrogates kept. */
    static char plain(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`', '\u02BC' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033', '\u2039', '\u203A',
                    '\u300C', '\u300D', '\uFF02' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\t', '\u000B', '\f', '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u3000', '\u2002',
                    '\u2003', '\u2004', '\u2005', '\u2006', '\u2008' -> ' ';
            case '\n', '\r', '\u2028', '\u2029', '\u0085' -> '\n';
            default -> Character.isSurrogate(c) ? c : Character.toLowerCase(c);
        };
    }

    /** Whether a character (code point) is part of a word. */
    public static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c);
    }

    /**
     * Reads the word that starts at {@code at}, appending its folded form to {@code out} (which
     * may stay empty: a mark that folds to nothing is no word). Each character is made
     * {@linkplain #plain plain} as it is read, so the text can be as written.
     *
     * @return where the word ends, or {@code at} when no word starts there
     */
    public static int word(CharSequence text, int at, int to, StringBuilder out) {
        return word(text, at, to, out, true);
    }

    /** {@link #word(CharSequence, int, int, StringBuilder)} for a text made plain already. */
    static int plainWord(String plain, int at, int to, StringBuilder out) {
        return word(plain, at, to, out, false);
    }

    private static int word(CharSequence text, int at, int to, StringBuilder out, boolean raw) {
        int i = at;
        while (i < to) {
            char ascii = text.charAt(i);
            if (ascii < 0x80) {
                // Most of any note: ASCII letters and digits fold to themselves in lower case, an
                // apostrophe (' or `) between two word characters is dropped, anything else ends the word.
                if (ascii >= 'A' && ascii <= 'Z') {
                    out.append((char) (ascii + ('a' - 'A')));
                } else if (ascii >= 'a' && ascii <= 'z' || ascii >= '0' && ascii <= '9') {
                    out.append(ascii);
                } else if (!((ascii == '\'' || ascii == '`') && i > at && i + 1 < to
                        && isWordChar(codePointAt(text, i + 1, raw)))) {
                    break;
                }
                i++;
                continue;
            }
            int c = codePointAt(text, i, raw);
            if (isWordChar(c)) {
                fold(c, out);
                i += Character.charCount(c);
            } else if (c == '\'' && i > at && i + 1 < to && isWordChar(codePointAt(text, i + 1, raw))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int codePointAt(CharSequence text, int i, boolean raw) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            return Character.toCodePoint(c, text.charAt(i + 1));
        }
        return raw ? plain(c) : c;
    }

    /** Appends a character with case, umlauts, ß, common accents and styled letters folded. */
    static void fold(int c, StringBuilder out) {
        switch (c) {
            case 'ä', 'æ' -> out.append("ae");
            case 'ö', 'œ' -> out.append("oe");
            case 'ü' -> out.append("ue");
            case 'ß', 'ẞ' -> out.append("ss");
            case 'à', 'á', 'â', 'ã', 'å', 'ā', 'ą', 'ă' -> out.append('a');
            case 'è', 'é', 'ê', 'ë', 'ē', 'ę', 'ě' -> out.append('e');
            case 'ì', 'í', 'î', 'ï', 'ı' -> out.append('i');
            case 'ò', 'ó', 'ô', 'õ', 'ø', 'ő' -> out.append('o');
            case 'ù', 'ú', 'û', 'ů', 'ű' -> out.append('u');
            case 'ç', 'č', 'ć' -> out.append('c');
            case 'ñ', 'ń', 'ň' -> out.append('n');
            case 'š', 'ś', 'ş' -> out.append('s');
            case 'ž', 'ź', 'ż' -> out.append('z');
            case 'ł' -> out.append('l');
            case 'ř' -> out.append('r');
            case 'ý', 'ÿ' -> out.append('y');
            case 'đ', 'ď' -> out.append('d');
            case 'ť' -> out.append('t');
            default -> {
                if (c < 0x250) {
                    out.append((char) Character.toLowerCase(c));
                } else if (styled(c)) {
                    String plain = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC);
                    for (int k = 0; k < plain.length(); k++) {
                        fold(Character.toLowerCase(plain.charAt(k)), out);
                    }
                } else {
                    out.appendCodePoint(Character.toLowerCase(c));
                }
            }
        }
    }

    /** Mathematical alphanumerics, full-width forms and Latin ligatures: letters that NFKC makes plain. */
    private static boolean styled(int c) {
        return (c >= 0x1D400 && c <= 0x1D7FF) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0xFB00 && c <= 0xFB06)
                || (c >= 0x2460 && c <= 0x24FF);
    }
}
