package dev.knigge.internal.note;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Topics and profile entries compared as word sequences: {@code "Supply-Chain"},
 * {@code "supply chain"} and {@code "supply_chain"} are the same topic, and a topic meets a
 * profile entry when one's words run inside the other's ({@code "web"} meets
 * {@code "web-design"}; {@code "network-marketing"} does not meet {@code "network-security"}).
 */
public final class Topics {
    private Topics() {}

    /** A topic as the words it is made of, joined by single spaces; empty when it has none. */
    public static String normalize(String topic) {
        return String.join(" ", Text.wordsOf(topic));
    }

    /** Every topic normalised, empties dropped, duplicates removed, in order. */
    public static Set<String> normalize(Collection<String> topics) {
        Set<String> out = new LinkedHashSet<>();
        for (String topic : topics) {
            String normalized = normalize(topic);
            if (!normalized.isEmpty()) {
                out.add(normalized);
            }
        }
        return out;
    }

    /** Whether any topic meets any profile entry. */
    public static boolean meet(Collection<String> topics, Collection<String> profile) {
        for (String topic : topics) {
            for (String entry : profile) {
                if (meets(topic, entry)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean meets(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        return a.equals(b) || containsWords(a, b) || containsWords(b, a);
    }

    private static boolean containsWords(String outer, String inner) {
        int at = outer.indexOf(inner);
        while (at >= 0) {
            int end = at + inner.length();
            if ((at == 0 || outer.charAt(at - 1) == ' ') && (end == outer.length() || outer.charAt(end) == ' ')) {
                return true;
            }
            at = outer.indexOf(inner, at + 1);
        }
        return false;
    }

    /** The words of each profile entry, for finding them in a note. */
    static List<String[]> phrases(Collection<String> entries) {
        List<String[]> phrases = new ArrayList<>();
        for (String entry : entries) {
            String[] words = Text.wordsOf(entry);
            if (words.length > 0) {
                phrases.add(words);
            }
        }
        return phrases;
    }
}
