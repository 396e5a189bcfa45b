package dev.knigge.internal.note;

import java.util.Arrays;

/**
 * A note prepared for matching. {@link #lower} has the note's length and offsets (lower case,
 * typographic quotes, apostrophes and dashes made plain, every white-space character a space),
 * so regular expressions run on it and report offsets in the original. The tokens are its words,
 * folded further (umlauts and accents: {@code möchte} and {@code moechte} are one word), each
 * with its offsets in the original.
 */
final class Text {
    final String original;
    final String lower;
    final String[] words;
    final int[] start;
    final int[] end;
    /** Whether a clause ends between this token and the one before it (, . ; : ! ? or a line break). */
    final boolean[] breakBefore;
    /** Whether the token stands between quotation marks. */
    final boolean[] quoted;
    /** Whether the token starts with an upper-case letter in the original. */
    final boolean[] capitalized;
    final int size;

    private Text(String original, String lower, String[] words, int[] start, int[] end, boolean[] breakBefore,
                 boolean[] quoted, boolean[] capitalized, int size) {
        this.original = original;
        this.lower = lower;
        this.words = words;
        this.start = start;
        this.end = end;
        this.breakBefore = breakBefore;
        this.quoted = quoted;
        this.capitalized = capitalized;
        this.size = size;
    }

    static Text of(String original) {
        String lower = lower(original);
        int capacity = Math.max(4, original.length() / 4);
        String[] words = new String[capacity];
        int[] start = new int[capacity];
        int[] end = new int[capacity];
        boolean[] breakBefore = new boolean[capacity];
        boolean[] quoted = new boolean[capacity];
        boolean[] capitalized = new boolean[capacity];
        int size = 0;
        boolean pendingBreak = true;
        boolean inQuotes = false;
        StringBuilder word = new StringBuilder(24);
        int i = 0;
        int n = lower.length();
        while (i < n) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int from = i;
                word.setLength(0);
                while (i < n) {
                    char d = lower.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        fold(d, word);
                        i++;
                    } else if (d == '\'' && i + 1 < n && Character.isLetter(lower.charAt(i + 1)) && i > from) {
                        word.append('\'');
                        i++;
                    } else if (Character.isHighSurrogate(d) && i + 1 < n && Character.isLetter(Character.toCodePoint(d, lower.charAt(i + 1)))) {
                        word.append(d).append(lower.charAt(i + 1));
                        i += 2;
                    } else {
                        break;
                    }
                }
                if (size == words.length) {
                    int grown = size * 2;
                    words = Arrays.copyOf(words, grown);
                    start = Arrays.copyOf(start, grown);
                    end = Arrays.copyOf(end, grown);
                    breakBefore = Arrays.copyOf(breakBefore, grown);
                    quoted = Arrays.copyOf(quoted, grown);
                    capitalized = Arrays.copyOf(capitalized, grown);
                }
                words[size] = word.toString();
                start[size] = from;
                end[size] = i;
                breakBefore[size] = pendingBreak;
                quoted[size] = inQuotes;
                capitalized[size] = Character.isUpperCase(original.charAt(from));
                size++;
                pendingBreak = false;
            } else {
                if (c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n'
                        || original.charAt(i) == '\n' || original.charAt(i) == '\r') {
                    pendingBreak = true;
                } else if (c == '"') {
                    inQuotes = !inQuotes;
                    pendingBreak = true;
                }
                i++;
            }
        }
        return new Text(original, lower, words, start, end, breakBefore, quoted, capitalized, size);
    }

    /** The note in lower case, with quotes, apostrophes, dashes and white space made plain; same length. */
    static String lower(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                case '\t', '\u000B', '\f', '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u3000' -> ' ';
                case '\n', '\r' -> '\n';
                default -> Character.toLowerCase(c);
            };
        }
        return new String(out);
    }

    /** Appends a lower-case character with umlauts, ß and common accents folded. */
    static void fold(char c, StringBuilder out) {
        switch (c) {
            case 'ä', 'æ' -> out.append("ae");
            case 'ö', 'œ' -> out.append("oe");
            case 'ü' -> out.append("ue");
            case 'ß' -> out.append("ss");
            case 'à', 'á', 'â', 'ã', 'å', 'ā' -> out.append('a');
            case 'è', 'é', 'ê', 'ë', 'ē' -> out.append('e');
            case 'ì', 'í', 'î', 'ï' -> out.append('i');
            case 'ò', 'ó', 'ô', 'õ', 'ø' -> out.append('o');
            case 'ù', 'ú', 'û' -> out.append('u');
            case 'ç', 'č' -> out.append('c');
            case 'ñ' -> out.append('n');
            case 'š' -> out.append('s');
            case 'ž' -> out.append('z');
            default -> out.append(c);
        }
    }

    /** Folds a word or phrase the way note tokens are folded. */
    static String foldWord(String word) {
        String lower = lower(word);
        StringBuilder out = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            fold(lower.charAt(i), out);
        }
        return out.toString();
    }

    /** The words of a phrase, tokenised and folded like a note. */
    static String[] wordsOf(String phrase) {
        Text text = of(phrase);
        return Arrays.copyOf(text.words, text.size);
    }

    /** The original text of tokens from..to (exclusive). */
    String span(int fromToken, int toToken) {
        return original.substring(start[fromToken], end[toToken - 1]);
    }
}
