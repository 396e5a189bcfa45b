package dev.knigge.internal.lint;

import dev.knigge.PolicyException.Problem;
import dev.knigge.internal.policy.PropertiesFile;
import dev.knigge.internal.policy.ResolvedPolicy;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds lexicon regular expressions ({@code re:} phrases) that can backtrack catastrophically,
 * since every note a platform's users type runs through them. One that does not compile is left
 * to the lexicon compiler, which reports it.
 */
final class LexiconRegexes {
    private LexiconRegexes() {}

    /** Checks every {@code re:} phrase of the lexicon files; problems go to the list. */
    static void check(Collection<PropertiesFile> lexicons, List<Problem> problems) {
        for (PropertiesFile lexicon : lexicons) {
            for (PropertiesFile.Entry entry : lexicon.entries().values()) {
                for (String phrase : ResolvedPolicy.phrases(entry.value())) {
                    if (!phrase.startsWith("re:")) {
                        continue;
                    }
                    String regex = phrase.substring(3);
                    try {
                        Pattern.compile(regex);
                    } catch (PatternSyntaxException e) {
                        continue;
                    }
                    String reason;
                    try {
                        reason = Backtracking.reason(regex);
                    } catch (RuntimeException e) {
                        // Refuse what cannot be analysed rather than let it near hostile input.
                        reason = "it could not be analysed (" + e + "); simplify it";
                    }
                    if (reason != null) {
                        problems.add(new Problem(lexicon.origin(), entry.line(), 1, "lexicon '" + entry.key()
                                + "': regular expression " + regex + " can backtrack catastrophically: " + reason));
                    }
                }
            }
        }
    }
}
