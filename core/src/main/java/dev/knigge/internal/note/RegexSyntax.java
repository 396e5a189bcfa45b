package dev.knigge.internal.note;

import com.google.re2j.PatternSyntaxException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a lexicon's regular expression does not compile, said so an author can fix it: RE2/J runs
 * in linear time because it leaves out what needs backtracking, so a pattern written for
 * {@code java.util.regex} may use a construct it does not have; and a pattern too large to compile
 * is refused before RE2/J tries.
 */
final class RegexSyntax {
    /** Constructs of other regex dialects that RE2/J does not have, with what to write instead. */
    private record Unsupported(String marker, String what, String instead) {}

    private static final List<Unsupported> UNSUPPORTED = List.of(
            new Unsupported("(?<=", "lookbehind (?<=…)", "match the text before too, or use \\b"),
            new Unsupported("(?<!", "negative lookbehind (?<!…)", "match the character before with [^…] or use \\b"),
            new Unsupported("(?=", "lookahead (?=…)", "match the text after too, or use \\b"),
            new Unsupported("(?!", "negative lookahead (?!…)", "list what may follow with […] or use \\b"),
            new Unsupported("(?>", "atomic groups (?>…)", "use a plain group (…)"),
            new Unsupported("*+", "possessive quantifiers (*+)", "use * (RE2/J never backtracks anyway)"),
            new Unsupported("++", "possessive quantifiers (++)", "use + (RE2/J never backtracks anyway)"),
            new Unsupported("?+", "possessive quantifiers (?+)", "use ? (RE2/J never backtracks anyway)"));

    /** The most a pattern's counted repetitions may multiply to: RE2/J compiles each count out in full. */
    static final int MAX_REPETITION = 1_000;
    /** The longest pattern a lexicon may hold. */
    static final int MAX_LENGTH = 2_000;
    private static final Pattern COUNTED = Pattern.compile("(?<!\\\\)\\{(\\d{1,9})(,(\\d{0,9}))?}");

    private RegexSyntax() {}

    /**
     * Why a pattern is too large to compile, or {@code null}. RE2/J writes {@code x{1000}} out as a
     * thousand copies of {@code x}, so nested counts multiply ({@code ((a{100}){100}){100}} runs out
     * of memory while it compiles); the product of all counts is bounded, which may refuse a pattern
     * that would have fitted, never one that would not.
     */
    static String tooLarge(String regex) {
        if (regex.length() > MAX_LENGTH) {
            return "is " + regex.length() + " characters long; a lexicon pattern may have " + MAX_LENGTH;
        }
        long product = 1;
        Matcher counted = COUNTED.matcher(regex);
        while (counted.find()) {
            String upper = counted.group(2) == null || counted.group(3).isEmpty() ? counted.group(1) : counted.group(3);
            product *= Math.max(1, Long.parseLong(upper));
            if (product > MAX_REPETITION) {
                return "repeats too much: its counted repetitions ({n,m}) multiply to more than " + MAX_REPETITION
                        + ", and RE2/J writes every repetition out when it compiles; use fewer or smaller counts";
            }
        }
        return null;
    }

    /** The problem's text for a pattern RE2/J refused. */
    static String problem(String regex, PatternSyntaxException e) {
        for (Unsupported construct : UNSUPPORTED) {
            if (regex.contains(construct.marker())) {
                return "uses " + construct.what() + ", which RE2/J (the linear-time engine lexicons run on) does"
                        + " not have; " + construct.instead();
            }
        }
        if (regex.matches(".*\\\\[1-9].*")) {
            return "uses a backreference (\\1), which RE2/J (the linear-time engine lexicons run on) does not have;"
                    + " spell the repeated text out";
        }
        return "does not compile: " + e.getDescription();
    }
}
