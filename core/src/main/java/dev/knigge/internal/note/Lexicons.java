package dev.knigge.internal.note;

import dev.knigge.internal.policy.PropertiesFile;
import dev.knigge.internal.policy.ResolvedPolicy;
import dev.knigge.policy.PolicyException.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Compiles a resolved policy's merged lexicons, placing every problem in the file and line behind it. */
public final class Lexicons {
    private Lexicons() {}

    /** Every language's lexicon; problems go to the list. */
    public static Map<String, Lexicon> compile(ResolvedPolicy policy, List<Problem> problems) {
        Map<String, Lexicon> lexicons = new HashMap<>();
        policy.lexicons().forEach((language, lists) -> {
            List<PropertiesFile> files = policy.lexiconFiles().get(language);
            Lexicon.Locator locate = (key, phrase, message) -> {
                for (int i = files.size() - 1; i >= 0; i--) {
                    PropertiesFile file = files.get(i);
                    PropertiesFile.Entry entry = file.entries().get(key);
                    if (entry != null && (phrase == null || entry.value().contains(phrase))) {
                        return new Problem(file.origin(), phrase == null ? entry.line() : file.lineOf(key, phrase), 1,
                                message);
                    }
                }
                return new Problem(files.get(files.size() - 1).origin(), 0, 0, message);
            };
            lexicons.put(language, Lexicon.compile(language, lists, locate, problems));
        });
        return lexicons;
    }
}
