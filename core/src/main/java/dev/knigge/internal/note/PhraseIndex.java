package dev.knigge.internal.note;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Many phrases, matched at once over a note's words. A phrase is words separated by spaces,
 * matched case-insensitively on word boundaries, umlauts and accents folded; a word ending in
 * {@code *} matches any word it begins ({@code empfehl*}), and a lone {@code *} any one word.
 * A trie over words: matching costs time in the note's length and the phrases' depth, not in the
 * number of phrases, and never backtracks.
 */
final class PhraseIndex {

    /** One match: which detector, and which tokens (end exclusive). */
    record Hit(int detector, int from, int to) {}

    private static final class Node {
        Map<String, Node> exact;
        List<String> prefixes;
        List<Node> prefixNodes;
        Node any;
        int[] detectors = NONE;
    }

    private static final int[] NONE = new int[0];

    private final Node root = new Node();
    private boolean empty = true;

    /** Adds a phrase for a detector; returns false when it has no words. */
    boolean add(String phrase, int detector) {
        String[] raw = phrase.strip().split("\\s+");
        List<String> words = new ArrayList<>();
        for (String part : raw) {
            if (part.equals("*")) {
                words.add("*");
            } else if (part.endsWith("*") && part.length() > 1) {
                String[] folded = Text.wordsOf(part.substring(0, part.length() - 1));
                for (int i = 0; i < folded.length; i++) {
                    words.add(i == folded.length - 1 ? folded[i] + "*" : folded[i]);
                }
            } else {
                for (String word : Text.wordsOf(part)) {
                    words.add(word);
                }
            }
        }
        if (words.isEmpty() || words.stream().allMatch("*"::equals)) {
            return false;
        }
        Node node = root;
        for (String word : words) {
            if (word.equals("*")) {
                if (node.any == null) {
                    node.any = new Node();
                }
                node = node.any;
            } else if (word.endsWith("*")) {
                String prefix = word.substring(0, word.length() - 1);
                if (node.prefixes == null) {
                    node.prefixes = new ArrayList<>();
                    node.prefixNodes = new ArrayList<>();
                }
                int at = node.prefixes.indexOf(prefix);
                if (at < 0) {
                    node.prefixes.add(prefix);
                    node.prefixNodes.add(new Node());
                    at = node.prefixes.size() - 1;
                }
                node = node.prefixNodes.get(at);
            } else {
                if (node.exact == null) {
                    node.exact = new HashMap<>();
                }
                node = node.exact.computeIfAbsent(word, w -> new Node());
            }
        }
        for (int known : node.detectors) {
            if (known == detector) {
                return true;
            }
        }
        int[] grown = java.util.Arrays.copyOf(node.detectors, node.detectors.length + 1);
        grown[grown.length - 1] = detector;
        node.detectors = grown;
        empty = false;
        return true;
    }

    /** Every match in the text, each longest-first per start position and detector. */
    List<Hit> find(Text text) {
        List<Hit> hits = new ArrayList<>();
        if (empty) {
            return hits;
        }
        for (int i = 0; i < text.size; i++) {
            walk(root, text, i, i, hits);
        }
        return hits;
    }

    /** The end of the longest phrase that starts at a token, or -1 when none does. */
    int longestAt(Text text, int from) {
        if (empty || from >= text.size) {
            return -1;
        }
        List<Hit> hits = new ArrayList<>();
        walk(root, text, from, from, hits);
        int longest = -1;
        for (Hit hit : hits) {
            longest = Math.max(longest, hit.to());
        }
        return longest;
    }

    private static void walk(Node node, Text text, int from, int at, List<Hit> hits) {
        if (at > from) {
            for (int detector : node.detectors) {
                hits.add(new Hit(detector, from, at));
            }
        }
        if (at >= text.size) {
            return;
        }
        String word = text.words[at];
        if (node.exact != null) {
            Node next = node.exact.get(word);
            if (next != null) {
                walk(next, text, from, at + 1, hits);
            }
        }
        if (node.prefixes != null) {
            for (int i = 0; i < node.prefixes.size(); i++) {
                if (word.startsWith(node.prefixes.get(i))) {
                    walk(node.prefixNodes.get(i), text, from, at + 1, hits);
                }
            }
        }
        if (node.any != null) {
            walk(node.any, text, from, at + 1, hits);
        }
    }
}
