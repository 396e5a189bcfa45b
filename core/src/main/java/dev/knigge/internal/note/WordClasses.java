package dev.knigge.internal.note;

import dev.knigge.internal.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A lexicon's word classes: {@code class.<name>=word|two words|prefix*} defines a class, and
 * {@code <name>} in a detector phrase stands for any one of its entries. So a pattern is written
 * once over a class instead of once per word: {@code <perceive> your <work>} covers "saw your
 * post", "read your article", "came across your talk" and every pairing a rule author adds to
 * either class, in the policy's own lexicon. Phrases are expanded when the lexicon compiles, into
 * the same word trie as plain phrases: matching costs what it did. Classes do not nest.
 * {@code <Name>} is no class (class names start with a small letter): it stands for a proper name
 * and stays in the phrase for the index to match ({@link PhraseIndex}).
 */
final class WordClasses {
    /** The lexicon key prefix that defines a class. */
    static final String PREFIX = "class.";
    /** Phrases one pattern may expand to: a bound on compile time and memory, far above any real pattern. */
    static final int MAX_EXPANSIONS = 20_000;

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    private final Map<String, List<String>> classes = new LinkedHashMap<>();

    /** A phrase's expansion: the phrases it stands for, or what is wrong with it. */
    record Expansion(List<String> phrases, String problem) {}

    /** Whether a lexicon key defines a class. */
    static boolean isClassKey(String key) {
        return key.startsWith(PREFIX);
    }

    /**
     * Defines a class from its key's entries; returns what is wrong with the definition, or
     * {@code null}. A wrong entry leaves the class out, so phrases that use it report that too.
     */
    String define(String key, List<String> entries) {
        String name = key.substring(PREFIX.length());
        if (!NAME.matcher(name).matches()) {
            return "'" + key + "': a class name is a word of letters and digits starting with a small letter, "
                    + "such as class.perceive";
        }
        List<String> kept = new ArrayList<>(entries.size());
        for (String entry : entries) {
            String body = entry.strip();
            if (body.startsWith("re:") || body.startsWith("!")) {
                return "'" + key + "': a class lists words and phrases; regular expressions (re:) and exceptions (!) "
                        + "belong in detector keys (entry '" + entry + "')";
            }
            if (body.indexOf('<') >= 0 || body.indexOf('>') >= 0) {
                return "'" + key + "': classes do not nest; write the words of <…> into '" + entry + "' itself";
            }
            if (!body.isEmpty()) {
                kept.add(body);
            }
        }
        if (kept.isEmpty()) {
            return "'" + key + "' has no entries";
        }
        classes.put(name, List.copyOf(kept));
        return null;
    }

    /** The names of the defined classes. */
    Set<String> names() {
        return classes.keySet();
    }

    /** Every phrase a pattern stands for: itself when it names no class. */
    Expansion expand(String phrase) {
        if (phrase.indexOf('<') < 0) {
            return new Expansion(List.of(phrase), null);
        }
        List<StringBuilder> out = new ArrayList<>();
        out.add(new StringBuilder());
        for (String token : phrase.strip().split("\\s+")) {
            List<String> options;
            if (token.equals(PhraseIndex.NAME)) {
                // Not a class: the index matches it against the note's proper names.
                options = List.of(token);
            } else if (token.startsWith("<") && token.endsWith(">") && token.length() > 2) {
                String name = token.substring(1, token.length() - 1);
                options = classes.get(name);
                if (options == null) {
                    return new Expansion(List.of(), "uses <" + name + ">, but no class." + name + " is defined"
                            + Suggestions.didYouMean(name, classes.keySet()));
                }
            } else if (token.indexOf('<') >= 0 || token.indexOf('>') >= 0) {
                return new Expansion(List.of(), "'" + token + "': a class stands alone between spaces, as in <work>");
            } else {
                options = List.of(token);
            }
            if ((long) out.size() * options.size() > MAX_EXPANSIONS) {
                return new Expansion(List.of(), "stands for more than " + MAX_EXPANSIONS
                        + " phrases; split it, or use smaller classes");
            }
            List<StringBuilder> next = new ArrayList<>(out.size() * options.size());
            for (StringBuilder prefix : out) {
                for (String option : options) {
                    StringBuilder grown = new StringBuilder(prefix);
                    if (grown.length() > 0) {
                        grown.append(' ');
                    }
                    next.add(grown.append(option));
                }
            }
            out = next;
        }
        List<String> phrases = new ArrayList<>(out.size());
        for (StringBuilder built : out) {
            phrases.add(built.toString());
        }
        return new Expansion(phrases, null);
    }
}
