package dev.knigge.internal.note;

import java.util.Arrays;

/**
 * A note prepared for matching. {@link #lower} has the note's length and offsets (lower case,
 * typographic quotes, apostrophes and dashes made plain, every white-space character a space),
 * so regular expressions run on it and report offsets in the original. The tokens are its words,
 * folded further, each with its offsets in the original (UTF-16 code units):
 * <ul>
 *   <li>umlauts and accents: {@code möchte} and {@code moechte} are one word;</li>
 *   <li>apostrophes inside a word are dropped, so {@code I'd}, {@code I’d} and the typo {@code Id}
 *       are one word ({@code id}), as are {@code don't} and {@code dont};</li>
 *   <li>styled letters (mathematical bold, full width, ligatures) are read as plain letters,
 *       so the "𝐇𝐞𝐥𝐥𝐨" some people post is {@code hello}; emoji are not words.</li>
 * </ul>
 * Hyphens split words ({@code 30-minute} is {@code 30 minute}), the way phrases are split too.
 * {@link Folding} cuts and folds each word, the same for every reader of notes.
 */
final class Text {
    final String original;
    final String lower;
    final String[] words;
    final int[] start;
    final int[] end;
    /** Whether a clause ends between this token and the one before it (, . ; : ! ? brackets, a spaced dash, a line break). */
    final boolean[] breakBefore;
    /** Whether a sentence ends between this token and the one before it (. ! ? … or a line break); implies a clause break. */
    final boolean[] sentenceBefore;
    /** Whether the token stands between quotation marks. */
    final boolean[] quoted;
    /** Whether the token starts with an upper-case letter in the original. */
    final boolean[] capitalized;
    /** The offset of a question mark right after the token (before the next one), or -1. */
    final int[] questionMark;
    /** The note has no upper-case letter at all: someone who writes everything in lower case. */
    final boolean noCapitals;
    final int size;

    private Text(String original, String lower, String[] words, int[] start, int[] end, boolean[] breakBefore,
                 boolean[] sentenceBefore, boolean[] quoted, boolean[] capitalized, int[] questionMark, boolean noCapitals,
                 int size) {
        this.original = original;
        this.lower = lower;
        this.words = words;
        this.start = start;
        this.end = end;
        this.breakBefore = breakBefore;
        this.sentenceBefore = sentenceBefore;
        this.quoted = quoted;
        this.capitalized = capitalized;
        this.questionMark = questionMark;
        this.noCapitals = noCapitals;
        this.size = size;
    }

    static Text of(String original) {
        String lower = Folding.plain(original);
        int capacity = Math.max(4, original.length() / 4);
        String[] words = new String[capacity];
        int[] start = new int[capacity];
        int[] end = new int[capacity];
        boolean[] breakBefore = new boolean[capacity];
        boolean[] sentenceBefore = new boolean[capacity];
        boolean[] quoted = new boolean[capacity];
        boolean[] capitalized = new boolean[capacity];
        int[] questionMark = new int[capacity];
        int size = 0;
        boolean pendingBreak = true;
        boolean pendingSentence = true;
        // A single line break with only spaces after it: a soft wrap when the next word starts in lower case.
        boolean pendingWrap = false;
        boolean inQuotes = false;
        int quoteFrom = 0;
        boolean anyCapital = false;
        StringBuilder word = new StringBuilder(24);
        int i = 0;
        int n = lower.length();
        while (i < n) {
            int c = lower.codePointAt(i);
            if (Folding.isWordChar(c)) {
                int from = i;
                word.setLength(0);
                i = Folding.plainWord(lower, i, n, word);
                if (word.length() == 0) {
                    // A mark that folds to nothing: not a word.
                    continue;
                }
                if (pendingWrap) {
                    int initial = original.codePointAt(from);
                    // Hard-wrapped text ("Ich habe gesehen,\ndass du …") goes on after a line break in lower
                    // case; a new sentence, a list item or a paragraph does not.
                    pendingSentence |= !Character.isLowerCase(initial);
                    pendingWrap = false;
                }
                if (size == words.length) {
                    int grown = size * 2;
                    words = Arrays.copyOf(words, grown);
                    start = Arrays.copyOf(start, grown);
                    end = Arrays.copyOf(end, grown);
                    breakBefore = Arrays.copyOf(breakBefore, grown);
                    sentenceBefore = Arrays.copyOf(sentenceBefore, grown);
                    quoted = Arrays.copyOf(quoted, grown);
                    capitalized = Arrays.copyOf(capitalized, grown);
                    questionMark = Arrays.copyOf(questionMark, grown);
                }
                words[size] = word.toString();
                start[size] = from;
                end[size] = i;
                breakBefore[size] = pendingBreak || pendingSentence;
                sentenceBefore[size] = pendingSentence;
                quoted[size] = inQuotes || singleQuoted(lower, from, i);
                int first = original.codePointAt(from);
                capitalized[size] = Character.isUpperCase(first) || Character.isTitleCase(first);
                questionMark[size] = -1;
                size++;
                pendingBreak = false;
                pendingSentence = false;
            } else {
                char raw = original.charAt(i);
                if (c == '?' && size > 0 && questionMark[size - 1] < 0) {
                    questionMark[size - 1] = i;
                }
                if (pendingWrap && c != ' ' && c != '\n') {
                    // A list marker or other mark at the start of a line: the line break ended something.
                    pendingSentence = true;
                    pendingWrap = false;
                }
                if (raw == '\r' && i + 1 < n && original.charAt(i + 1) == '\n') {
                    // CR LF is one line break: the LF decides.
                } else if (c == '\n') {
                    if (pendingWrap || pendingSentence || size == 0) {
                        pendingSentence = true;
                        pendingWrap = false;
                    } else {
                        pendingWrap = true;
                    }
                } else if (c == '!' || c == '?' || c == '\u2026') {
                    pendingSentence = true;
                    pendingWrap = false;
                } else if (c == '.') {
                    // "z.B.", "e.g.", "3.5", "example.com": a dot glued to the next word ends nothing.
                    if (i + 1 >= n || !Folding.isWordChar(lower.codePointAt(i + 1))) {
                        pendingSentence = true;
                    }
                } else if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']'
                        || c == '\u2022' || c == '\u00B7' || c == '|') {
                    pendingBreak = true;
                } else if (raw == '\u2013' || raw == '\u2014' || raw == '\u2015') {
                    // En and em dashes separate clauses, spaced or not; hyphens join words.
                    pendingBreak = true;
                } else if (c == '-' && i > 0 && i + 1 < n && lower.charAt(i - 1) == ' ' && lower.charAt(i + 1) == ' ') {
                    // A spaced dash ("no demo - just a question") separates clauses; a hyphen does not.
                    pendingBreak = true;
                } else if (c == '"') {
                    if (inQuotes) {
                        inQuotes = false;
                    } else {
                        inQuotes = true;
                        quoteFrom = size;
                    }
                    pendingBreak = true;
                }
                if ((c == '\n' || raw == '\r') && inQuotes) {
                    // A quotation does not run over a line break: the mark was a stray one.
                    Arrays.fill(quoted, quoteFrom, size, false);
                    inQuotes = false;
                }
                i += Character.charCount(c);
            }
        }
        if (inQuotes) {
            // An opening mark that never closes (12" screen) quotes nothing.
            Arrays.fill(quoted, quoteFrom, size, false);
        }
        for (int k = 0; k < size && !anyCapital; k++) {
            anyCapital = capitalized[k];
        }
        return new Text(original, lower, words, start, end, breakBefore, sentenceBefore, quoted, capitalized,
                questionMark, !anyCapital, size);
    }

    /** A word between single quotation marks: 'du', ‚du‘. */
    private static boolean singleQuoted(String lower, int from, int to) {
        return from > 0 && to < lower.length() && lower.charAt(from - 1) == '\'' && lower.charAt(to) == '\''
                && (from < 2 || !Character.isLetterOrDigit(lower.charAt(from - 2)));
    }

    /** Folds a word or phrase the way note tokens are folded (apostrophes kept, as in the text). */
    static String foldWord(String word) {
        String lower = Folding.plain(word);
        StringBuilder out = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            Folding.fold(c, out);
            i += Character.charCount(c);
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

    /** Whether a sentence ends anywhere between token {@code from} and token {@code to} (both inside). */
    boolean sentenceBetween(int from, int to) {
        for (int k = from + 1; k <= to && k < size; k++) {
            if (sentenceBefore[k]) {
                return true;
            }
        }
        return false;
    }
}
