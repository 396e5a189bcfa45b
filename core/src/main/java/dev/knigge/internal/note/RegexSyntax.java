package dev.knigge.internal.note;

import com.google.re2j.PatternSyntaxException;
import java.util.List;

/**
 * Why a lexicon's regular expression does not compile, said so an author can fix it: RE2/J runs
 * in linear time because it leaves out what needs backtracking, so a pattern written for
 * {@code java.util.regex} may use a construct it does not have.
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

    private RegexSyntax() {}

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
