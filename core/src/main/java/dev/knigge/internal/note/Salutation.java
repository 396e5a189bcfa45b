package dev.knigge.internal.note;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The greeting at the start of a note: "Hallo Herr Dr. Krause," gives the name Krause and the
 * title dr; "Hi Omar," and "Hi, Omar!" give Omar; "Hallo liebe Anna-Lena" gives Anna-Lena;
 * "Sehr geehrter Herr Prof. Dr. von Weizsäcker" gives von Weizsäcker and the titles prof and dr;
 * "Grüß Gott Frau Mag.a Huber" gives Huber and mag; "Hallo zusammen," gives no name.
 *
 * @param name the name as written, or {@code null}
 * @param nameFrom first token of the name
 * @param nameTo token after the name
 * @param end token after the whole salutation (greeting, honorific, titles, name)
 * @param titles the canonical titles it carries ({@code dr}, {@code prof}, …)
 * @param placeholder the name is an unfilled mail-merge field: "Hi {{first_name}}," or "Hallo [Vorname],"
 * @param fieldStart where a placeholder starts in the note (its opening brace), or -1
 */
record Salutation(String name, int nameFrom, int nameTo, int end, Set<String> titles, boolean placeholder,
                  int fieldStart) {

    static final Salutation NONE = new Salutation(null, 0, 0, 0, Set.of(), false, -1);

    Salutation(String name, int nameFrom, int nameTo, int end, Set<String> titles) {
        this(name, nameFrom, nameTo, end, titles, false, -1);
    }

    /** The name's first character in the note (a placeholder's opening brace included). */
    int nameStart(Text text) {
        return placeholder ? fieldStart : text.start[nameFrom];
    }

    /** The character after the name (a placeholder's closing brace included). */
    int nameEnd(Text text) {
        return placeholder ? fieldStart + name.length() : text.end[nameTo - 1];
    }

    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_GREETINGS = 3;

    /** Lower-case name particles: "Herr von Weizsäcker", "Frau van der Berg", "Mr. de Vries". */
    static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "den", "del", "della", "di", "da", "du",
            "zu", "vom", "zum", "zur", "ten", "ter", "le", "la", "af", "al", "el", "bin", "ibn", "dos", "das", "y");

    /** What follows a title without a space to make it female or plural: "Dr.in", "Mag.a", "Prof.in". */
    private static final Set<String> TITLE_SUFFIXES = Set.of("in", "a", "innen");

    static Salutation parse(Text text, Lexicon lexicon, Set<String> recipientNames) {
        if (text.size == 0) {
            return NONE;
        }
        int at = lexicon.greetings.longestAt(text, 0);
        if (at < 0 && text.start[0] > 0) {
            Salutation field = placeholder(text, 0, 0, Set.of());
            if (field != null) {
                return field;
            }
        }
        if (at < 0) {
            // No greeting word: "Omar, I saw your talk…" still greets, if it is their name;
            // "Mr. Smith, …" and "Herr Krause, …" greet with the honorific alone.
            if (recipientNames.contains(text.words[0]) && (text.size == 1 || text.breakBefore[1])) {
                return new Salutation(text.span(0, 1), 0, 1, 1, Set.of());
            }
            if (!lexicon.honorifics.contains(text.words[0]) && !lexicon.titles.contains(text.words[0])
                    || !text.capitalized[0] && !text.noCapitals) {
                return NONE;
            }
            at = 0;
        }
        boolean bare = at == 0;
        // "Hallo liebe Anna", "Hi dear Omar", "Moin moin": greetings in a row.
        for (int k = 1; k < MAX_GREETINGS && at < text.size && !text.sentenceBefore[at]; k++) {
            int more = lexicon.greetings.longestAt(text, at);
            if (more <= at) {
                break;
            }
            at = more;
        }
        int greetingEnd = at;
        // "Hi, Omar!" and "Hallo, Herr Krause": a comma may stand between greeting and name.
        boolean afterComma = at < text.size && text.breakBefore[at] && !text.sentenceBefore[at];
        Set<String> titles = new LinkedHashSet<>();
        boolean honorific = false;
        while (at < text.size) {
            if (at > greetingEnd && text.breakBefore[at] && !afterAbbreviation(text, at, lexicon)) {
                break;
            }
            if (at == greetingEnd && text.breakBefore[at] && !afterComma && !bare) {
                break;
            }
            String word = text.words[at];
            if (lexicon.honorifics.contains(word)) {
                honorific = true;
                at++;
            } else if (lexicon.titles.contains(word)) {
                titles.add(canonicalTitle(word));
                at++;
                if (at < text.size && TITLE_SUFFIXES.contains(text.words[at]) && glued(text, at)) {
                    at++;
                }
            } else {
                break;
            }
        }
        if (at < text.size) {
            Salutation field = placeholder(text, at, greetingEnd, titles);
            if (field != null) {
                return field;
            }
        }
        boolean broken = at < text.size && text.breakBefore[at] && !(at == greetingEnd && afterComma)
                && !afterAbbreviation(text, at, lexicon);
        if (at >= text.size || broken) {
            return new Salutation(null, at, at, at, titles);
        }
        int from = at;
        boolean recipientSeen = false;
        while (at < text.size && at - from < MAX_NAME_WORDS
                && (at == from || !text.breakBefore[at] || afterInitial(text, at))) {
            String word = text.words[at];
            boolean particle = PARTICLES.contains(word) && !text.capitalized[at] && at + 1 < text.size
                    && !text.breakBefore[at + 1] && looksLikeName(text, at + 1, lexicon, recipientNames);
            if (!particle && !looksLikeName(text, at, lexicon, recipientNames)) {
                break;
            }
            // "Hi Omar Great talk": past the recipient's own name, only more of their name continues it.
            if (recipientSeen && !recipientNames.contains(word) && !particle) {
                break;
            }
            recipientSeen |= recipientNames.contains(word);
            at++;
        }
        while (at > from && PARTICLES.contains(text.words[at - 1]) && !text.capitalized[at - 1]) {
            at--;
        }
        if (at == from) {
            return new Salutation(null, from, from, from, titles);
        }
        if (bare && at < text.size && !text.breakBefore[at]) {
            // "Herr Krause hat mir Ihren Namen gegeben": a sentence about someone, not a greeting.
            return NONE;
        }
        if (afterComma && from == greetingEnd && !honorific && titles.isEmpty() && !recipientSeen
                && at < text.size && !text.breakBefore[at]) {
            // "Hi, Thanks for accepting": a capitalised word after the comma is a name only when
            // something ends right after it, or when it is the recipient's.
            return new Salutation(null, from, from, greetingEnd, titles);
        }
        return new Salutation(text.span(from, at), from, at, at, titles);
    }

    private static final int MAX_PLACEHOLDER = 40;

    /**
     * An unfilled mail-merge field where the name should be: {@code {{first_name}}}, {@code {Vorname}},
     * {@code [Name]}, {@code <name>}, {@code %FIRSTNAME%}, {@code ${lastName}}; {@code null} when none
     * opens just before token {@code at}.
     */
    private static Salutation placeholder(Text text, int at, int greetingEnd, Set<String> titles) {
        int gapFrom = at == 0 ? 0 : text.end[at - 1];
        String gap = text.original.substring(gapFrom, text.start[at]).strip();
        if (gap.isEmpty()) {
            return null;
        }
        char open = gap.charAt(gap.length() - 1);
        char close = switch (open) {
            case '{' -> '}';
            case '[' -> ']';
            case '<' -> '>';
            case '%' -> '%';
            default -> 0;
        };
        if (close == 0) {
            return null;
        }
        int from = text.original.lastIndexOf(open, text.start[at]);
        while (from > gapFrom && (text.original.charAt(from - 1) == open || text.original.charAt(from - 1) == '$')) {
            from--;
        }
        int closeAt = text.original.indexOf(close, text.start[at]);
        if (closeAt < 0 || closeAt - from > MAX_PLACEHOLDER || text.original.substring(from, closeAt).indexOf('\n') >= 0) {
            return null;
        }
        int to = closeAt + 1;
        while (to < text.original.length() && text.original.charAt(to) == close) {
            to++;
        }
        int last = at;
        while (last + 1 < text.size && text.end[last + 1] <= closeAt) {
            last++;
        }
        return new Salutation(text.original.substring(from, to), at, last + 1, last + 1, titles, true, from);
    }

    /** "Frau A. Schmidt": the break is only the dot after an initial. */
    private static boolean afterInitial(Text text, int at) {
        if (text.words[at - 1].length() != 1 || !text.capitalized[at - 1]) {
            return false;
        }
        String gap = text.original.substring(text.end[at - 1], text.start[at]);
        return gap.equals(".") || gap.equals(". ");
    }

    /** The token follows the one before it with nothing but a dot between: "Dr.in", "Mag.a". */
    private static boolean glued(Text text, int at) {
        String gap = text.original.substring(text.end[at - 1], text.start[at]);
        return gap.equals(".");
    }

    /** A break that is only the dot of "Dr." or "Prof." does not end the salutation. */
    private static boolean afterAbbreviation(Text text, int at, Lexicon lexicon) {
        if (at == 0) {
            return false;
        }
        String previous = text.words[at - 1];
        if (!lexicon.titles.contains(previous) && !lexicon.honorifics.contains(previous)
                && !TITLE_SUFFIXES.contains(previous)) {
            return false;
        }
        int gapFrom = text.end[at - 1];
        int gapTo = text.start[at];
        boolean dot = false;
        for (int i = gapFrom; i < gapTo; i++) {
            char c = text.original.charAt(i);
            if (c == '.') {
                dot = true;
            } else if (c != ' ' && c != '-' && c != '\u00A0') {
                return false;
            }
        }
        return dot;
    }

    private static boolean looksLikeName(Text text, int at, Lexicon lexicon, Set<String> recipientNames) {
        String word = text.words[at];
        if (recipientNames.contains(word)) {
            return true;
        }
        if (!text.capitalized[at] || lexicon.notAName.contains(word) || lexicon.stopwords.contains(word)
                || lexicon.honorifics.contains(word)) {
            return false;
        }
        return !Character.isDigit(word.charAt(0));
    }

    /**
     * {@code Dr.}, {@code Doktor}, {@code Doctor} are all {@code dr}; {@code Professorin} is {@code prof};
     * {@code Magistra} is {@code mag}; {@code DI} is {@code dipl} (Diplom-Ingenieur, as in {@code Dipl.-Ing.}).
     */
    static String canonicalTitle(String word) {
        String folded = Text.foldWord(word).replace(".", "");
        if (folded.equals("doktor") || folded.equals("doktorin") || folded.equals("doctor") || folded.equals("dr")) {
            return "dr";
        }
        if (folded.startsWith("prof")) {
            return "prof";
        }
        if (folded.startsWith("mag")) {
            return "mag";
        }
        if (folded.equals("di")) {
            return "dipl";
        }
        return folded;
    }

    /** How high a title ranks in a salutation: a professor is addressed as such before a doctor. */
    static int rank(String canonicalTitle) {
        return switch (canonicalTitle) {
            case "prof" -> 2;
            case "dr" -> 1;
            default -> 0;
        };
    }
}
