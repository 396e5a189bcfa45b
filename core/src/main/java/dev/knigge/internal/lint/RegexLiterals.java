package dev.knigge.internal.lint;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions written as string literals in DRL: they run over request text just like
 * lexicon patterns, so they must not backtrack catastrophically either.
 */
final class RegexLiterals {
    private static final Set<String> REGEX_METHODS = Set.of("matches", "compile", "replaceAll", "replaceFirst",
            "split");

    private RegexLiterals() {}

    /**
     * Checks the string literal at {@code i} when it is used as a regular expression:
     * {@code headline matches "…"}, {@code .matches("…")}, {@code Pattern.compile("…")},
     * {@code replaceAll}, {@code replaceFirst}, {@code split}.
     */
    static void check(List<Token> tokens, int i, int from, ExpressionCheck.Report report) {
        boolean operator = i - 1 >= from && tokens.get(i - 1).is("matches");
        boolean argument = i - 2 >= from && tokens.get(i - 1).is("(") && tokens.get(i - 2).isIdentifier()
                && REGEX_METHODS.contains(tokens.get(i - 2).text());
        if (!operator && !argument) {
            return;
        }
        String regex = tokens.get(i).stringValue();
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return; // The compiler or the first review reports it.
        }
        String reason;
        try {
            reason = Backtracking.reason(regex);
        } catch (RuntimeException e) {
            reason = "it could not be analysed (" + e + "); simplify it";
        }
        if (reason != null) {
            report.at(tokens.get(i).offset(), "regular expression " + regex + " can backtrack catastrophically: "
                    + reason);
        }
    }
}
