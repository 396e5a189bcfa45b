package dev.knigge.internal.note;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The greeting at the start of a note: "Hallo Herr Dr. Krause," gives the name Krause and the
 * title dr; "Hi Omar," gives Omar; "Hallo zusammen," gives no name.
 *
 * @param name the name as written, or {@code null}
 * @param nameFrom first token of the name
 * @param nameTo token after the name
 * @param end token after the whole salutation (greeting, honorific, titles, name)
 * @param titles the canonical titles it carries ({@code dr}, {@code prof}, …)
 */
record Salutation(String name, int nameFrom, int nameTo, int end, Set<String> titles) {

    static final Salutation NONE = new Salutation(null, 0, 0, 0, Set.of());

    private static final int MAX_NAME_WORDS = 3;

    static Salutation parse(Text text, Lexicon lexicon, Set<String> recipientNames) {
        if (text.size == 0) {
            return NONE;
        }
        int at = lexicon.greetings.longestAt(text, 0);
        if (at < 0) {
            // No greeting word: "Omar, I saw your talk…" still greets, if it is their name.
            if (recipientNames.contains(text.words[0]) && (text.size == 1 || text.breakBefore[1])) {
                return new Salutation(text.span(0, 1), 0, 1, 1, Set.of());
            }
            return NONE;
        }
        Set<String> titles = new LinkedHashSet<>();
        while (at < text.size) {
            if (text.breakBefore[at] && !afterAbbreviation(text, at, lexicon)) {
                break;
            }
            String word = text.words[at];
            if (lexicon.honorifics.contains(word)) {
                at++;
            } else if (lexicon.titles.contains(word)) {
                titles.add(canonicalTitle(word));
                at++;
            } else {
                break;
            }
        }
        if (at >= text.size || (text.breakBefore[at] && !afterAbbreviation(text, at, lexicon))) {
            return new Salutation(null, at, at, at, titles);
        }
        int from = at;
        while (at < text.size && at - from < MAX_NAME_WORDS && (at == from || !text.breakBefore[at])
                && looksLikeName(text, at, lexicon, recipientNames)) {
            at++;
        }
        if (at == from) {
            return new Salutation(null, from, from, from, titles);
        }
        return new Salutation(text.span(from, at), from, at, at, titles);
    }

    /** A break that is only the dot of "Dr." or "Prof." does not end the salutation. */
    private static boolean afterAbbreviation(Text text, int at, Lexicon lexicon) {
        if (at == 0) {
            return false;
        }
        String previous = text.words[at - 1];
        if (!lexicon.titles.contains(previous) && !lexicon.honorifics.contains(previous)) {
            return false;
        }
        int gapFrom = text.end[at - 1];
        int gapTo = text.start[at];
        for (int i = gapFrom; i < gapTo; i++) {
            char c = text.original.charAt(i);
            if (c != '.' && c != ' ' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeName(Text text, int at, Lexicon lexicon, Set<String> recipientNames) {
        String word = text.words[at];
        if (recipientNames.contains(word)) {
            return true;
        }
        if (!text.capitalized[at] || lexicon.notAName.contains(word) || lexicon.stopwords.contains(word)) {
            return false;
        }
        return !Character.isDigit(word.charAt(0));
    }

    /** {@code Dr.}, {@code Doktor} and {@code Doctor} are all {@code dr}; {@code Professorin} is {@code prof}. */
    static String canonicalTitle(String word) {
        String folded = Text.foldWord(word).replace(".", "");
        if (folded.equals("doktor") || folded.equals("doctor") || folded.equals("dr")) {
            return "dr";
        }
        if (folded.startsWith("prof")) {
            return "prof";
        }
        return folded;
    }
}
