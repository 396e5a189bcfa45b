package dev.knigge.internal.note;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many phrases, matched at once over a note's words. A phrase is words separated by spaces,
 * matched case-insensitively on word boundaries, umlauts, accents and apostrophes folded
 * ({@code I'd} = {@code Id}). Inside a phrase:
 * <ul>
 *   <li>a word ending in {@code *} matches any word it begins ({@code empfehl*});</li>
 *   <li>a lone {@code *} matches any one word;</li>
 *   <li>{@code **} matches up to {@value #MAX_GAP} words, or none, for German word order
 *       ({@code würde mich ** austauschen} matches "würde mich sehr gerne mit Ihnen austauschen");
 *       it may not start or end a phrase;</li>
 *   <li>{@code <Name>} matches a proper name: a word written with a capital that does not begin its
 *       sentence and is none of the lexicon's stop words or {@code notProper} words ("your team at
 *       <Name>" matches "your team at Brightline"); in a language that capitalises every noun it matches
 *       nouns too. Which words are names comes with the search ({@link #find(Text, boolean[], boolean[])});
 *       a search without them matches no {@code <Name>}.</li>
 *   <li>a word of the lexicon's {@code capitalized} list written with a capital ({@code Sie}, {@code Ihr*})
 *       matches only a capitalised word in the note: the polite "Sie", not "sie" (she, they). A
 *       note written all in lower case is the exception.</li>
 *   <li>{@code #} matches a word of digits, {@code #30..199} one whose number lies in that range; letters
 *       after it match the rest of a word written together ({@code #30..199min*} matches "45min" and
 *       "45mins"; "45 minutes" is {@code #30..199 minute*}). "20%", "1,000" and "30-minute" are split
 *       into words at the mark, so their numbers stand alone.</li>
 * </ul>
 * No phrase runs across the end of a sentence (. ! ? or a line break); commas it may cross
 * ("kein Problem, falls nicht"). A trie over words: matching costs time in the note's length and
 * the phrases' depth, not in the number of phrases, and never backtracks beyond the bounded gaps.
 */
final class PhraseIndex {

    /** The most words {@code **} skips. */
    static final int MAX_GAP = 8;

    /**
     * One match: which detector, and which tokens (end exclusive).
     *
     * @param wildNegated a word that {@code *} or {@code **} let through is a negation
     *                    ("wir haben uns auf der Konferenz leider nicht kennengelernt")
     */
    record Hit(int detector, int from, int to, boolean wildNegated) {}

    private record Edge(String prefix, boolean capital, Node node) {}

    /** A number word: digits whose value lies in the range, then exactly the suffix (or a word it begins). */
    private record NumberEdge(long min, long max, String suffix, boolean suffixPrefix, Node node) {
        boolean matches(long value, String rest) {
            return value >= min && value <= max && (suffixPrefix ? rest.startsWith(suffix) : rest.equals(suffix));
        }
    }

    private static final Pattern NUMBER =
            Pattern.compile("#(?:(\\d{1,12})\\.\\.(\\d{1,12}))?([\\p{L}]*)(\\*?)");

    private static final class Node {
        Map<String, Node> exact;
        Map<String, Node> capital;
        /**
         * Prefix edges by the first character of their prefix (ASCII; every other character shares the
         * last bucket): a word is tried only against the prefixes it can begin with.
         */
        List<Edge>[] prefixes;
        List<NumberEdge> numbers;
        Node any;
        Node gap;
        Node name;
        int[] detectors = NONE;
    }

    private static final int[] NONE = new int[0];
    private static final int BUCKETS = 128;
    private static final String ANY = "*";
    private static final String GAP = "**";
    /** The token for a proper name. */
    static final String NAME = "<Name>";

    private final Node root = new Node();
    private boolean empty = true;

    /** Adds a phrase for a detector; returns what is wrong with it, or {@code null} when it was added. */
    String add(String phrase, int detector) {
        return add(phrase, detector, Set.of());
    }

    /**
     * Adds a phrase for a detector.
     *
     * @param formal folded words (the lexicon's {@code capitalized} list) that, written with a capital in the phrase, must be capitalised in the note
     * @return what is wrong with the phrase, or {@code null} when it was added
     */
    String add(String phrase, int detector, Set<String> formal) {
        List<String> words = new ArrayList<>();
        List<Boolean> capitals = new ArrayList<>();
        for (String part : phrase.strip().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals(ANY) || part.equals(GAP) || part.equals(NAME)) {
                words.add(part);
                capitals.add(false);
                continue;
            }
            if (part.startsWith("#")) {
                Matcher number = NUMBER.matcher(part);
                if (!number.matches()) {
                    return "'" + part + "': a number is #, or #from..to, then letters of the same word (#30..199min*)";
                }
                if (number.group(1) != null && Long.parseLong(number.group(1)) > Long.parseLong(number.group(2))) {
                    return "'" + part + "': the range runs from the smaller number to the larger";
                }
                String[] suffix = Text.wordsOf(number.group(3));
                words.add("#" + (number.group(1) == null ? "0..999999999999" : number.group(1) + ".." + number.group(2))
                        + ":" + (suffix.length == 0 ? "" : suffix[0]) + number.group(4));
                capitals.add(false);
                continue;
            }
            boolean prefix = part.endsWith("*");
            String body = prefix ? part.substring(0, part.length() - 1) : part;
            if (body.endsWith("*")) {
                return "'" + part + "': a word ends in one * at most";
            }
            String[] folded = Text.wordsOf(body);
            boolean capital = !body.isEmpty() && Character.isUpperCase(body.codePointAt(0));
            for (int i = 0; i < folded.length; i++) {
                boolean last = i == folded.length - 1;
                words.add(prefix && last ? folded[i] + "*" : folded[i]);
                capitals.add(i == 0 && capital && formal.contains(folded[i]));
            }
        }
        if (words.isEmpty() || words.stream().allMatch(w -> w.equals(ANY) || w.equals(GAP) || w.equals(NAME))) {
            return "has no words";
        }
        if (words.get(0).equals(GAP) || words.get(words.size() - 1).equals(GAP)) {
            return "** stands between words, not at the start or end of a phrase";
        }
        Node node = root;
        String previous = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean capital = capitals.get(i);
            if (word.startsWith("#")) {
                int range = word.indexOf("..");
                int colon = word.indexOf(':');
                boolean suffixPrefix = word.endsWith("*");
                String suffix = word.substring(colon + 1, suffixPrefix ? word.length() - 1 : word.length());
                NumberEdge edge = null;
                if (node.numbers == null) {
                    node.numbers = new ArrayList<>(2);
                }
                long min = Long.parseLong(word.substring(1, range));
                long max = Long.parseLong(word.substring(range + 2, colon));
                for (NumberEdge known : node.numbers) {
                    if (known.min == min && known.max == max && known.suffix.equals(suffix)
                            && known.suffixPrefix == suffixPrefix) {
                        edge = known;
                    }
                }
                if (edge == null) {
                    edge = new NumberEdge(min, max, suffix, suffixPrefix, new Node());
                    node.numbers.add(edge);
                }
                node = edge.node;
                previous = word;
                continue;
            }
            if (word.equals(GAP)) {
                if (GAP.equals(previous)) {
                    continue;
                }
                if (node.gap == null) {
                    node.gap = new Node();
                }
                node = node.gap;
            } else if (word.equals(ANY)) {
                if (node.any == null) {
                    node.any = new Node();
                }
                node = node.any;
            } else if (word.equals(NAME)) {
                if (node.name == null) {
                    node.name = new Node();
                }
                node = node.name;
            } else if (word.endsWith("*")) {
                String prefix = word.substring(0, word.length() - 1);
                if (node.prefixes == null) {
                    @SuppressWarnings("unchecked")
                    List<Edge>[] buckets = new List[BUCKETS];
                    node.prefixes = buckets;
                }
                int bucket = bucket(prefix.charAt(0));
                if (node.prefixes[bucket] == null) {
                    node.prefixes[bucket] = new ArrayList<>(2);
                }
                List<Edge> edges = node.prefixes[bucket];
                Node next = null;
                for (Edge edge : edges) {
                    if (edge.prefix.equals(prefix) && edge.capital == capital) {
                        next = edge.node;
                    }
                }
                if (next == null) {
                    next = new Node();
                    edges.add(new Edge(prefix, capital, next));
                }
                node = next;
            } else if (capital) {
                if (node.capital == null) {
                    node.capital = new HashMap<>(4);
                }
                node = node.capital.computeIfAbsent(word, w -> new Node());
            } else {
                if (node.exact == null) {
                    node.exact = new HashMap<>(4);
                }
                node = node.exact.computeIfAbsent(word, w -> new Node());
            }
            previous = word;
        }
        for (int known : node.detectors) {
            if (known == detector) {
                return null;
            }
        }
        int[] grown = java.util.Arrays.copyOf(node.detectors, node.detectors.length + 1);
        grown[grown.length - 1] = detector;
        node.detectors = grown;
        empty = false;
        return null;
    }

    /** Whether no phrase was added. */
    boolean isEmpty() {
        return empty;
    }

    /** Every match in the text: for each start token, every phrase that matches there ({@code <Name>} matches nothing). */
    List<Hit> find(Text text) {
        return find(text, null, null);
    }

    /**
     * Every match in the text, noting where a wildcard let a negation through.
     *
     * @param negators which tokens negate, or {@code null}
     * @param names which tokens are proper names ({@link Lexicon#names(Text, java.util.Set)}), or {@code null} for none
     */
    List<Hit> find(Text text, boolean[] negators, boolean[] names) {
        List<Hit> hits = new ArrayList<>();
        if (empty) {
            return hits;
        }
        for (int i = 0; i < text.size; i++) {
            walk(root, text, negators, names, i, i, false, hits);
        }
        return hits;
    }

    /** The end of the longest phrase that starts at a token, or -1 when none does. */
    int longestAt(Text text, int from) {
        if (empty || from >= text.size) {
            return -1;
        }
        List<Hit> hits = new ArrayList<>();
        walk(root, text, null, null, from, from, false, hits);
        int longest = -1;
        for (Hit hit : hits) {
            longest = Math.max(longest, hit.to());
        }
        return longest;
    }

    /** Whether a phrase covers exactly the tokens from..to (exclusive). */
    boolean matchesExactly(Text text, int from, int to) {
        if (empty || from >= to) {
            return false;
        }
        List<Hit> hits = new ArrayList<>();
        walk(root, text, null, null, from, from, false, hits);
        for (Hit hit : hits) {
            if (hit.to() == to) {
                return true;
            }
        }
        return false;
    }

    private static void walk(Node node, Text text, boolean[] negators, boolean[] names, int from, int at,
                             boolean negated, List<Hit> hits) {
        if (at > from) {
            for (int detector : node.detectors) {
                hits.add(new Hit(detector, from, at, negated));
            }
        }
        if (at >= text.size || (at > from && text.sentenceBefore[at])) {
            return;
        }
        String word = text.words[at];
        if (node.exact != null) {
            Node next = node.exact.get(word);
            if (next != null) {
                walk(next, text, negators, names, from, at + 1, negated, hits);
            }
        }
        boolean capitalOk = text.capitalized[at] || text.noCapitals;
        if (node.capital != null && capitalOk) {
            Node next = node.capital.get(word);
            if (next != null) {
                walk(next, text, negators, names, from, at + 1, negated, hits);
            }
        }
        List<Edge> edges = node.prefixes == null ? null : node.prefixes[bucket(word.charAt(0))];
        if (edges != null) {
            for (Edge edge : edges) {
                if (word.startsWith(edge.prefix) && (capitalOk || !edge.capital)) {
                    walk(edge.node, text, negators, names, from, at + 1, negated, hits);
                }
            }
        }
        if (node.numbers != null) {
            int digits = 0;
            while (digits < word.length() && digits < 12 && word.charAt(digits) >= '0' && word.charAt(digits) <= '9') {
                digits++;
            }
            if (digits > 0 && (digits == word.length() || word.charAt(digits) < '0' || word.charAt(digits) > '9')) {
                long value = Long.parseLong(word, 0, digits, 10);
                String rest = word.substring(digits);
                for (NumberEdge edge : node.numbers) {
                    if (edge.matches(value, rest)) {
                        walk(edge.node, text, negators, names, from, at + 1, negated, hits);
                    }
                }
            }
        }
        if (node.name != null && names != null && names[at]) {
            walk(node.name, text, negators, names, from, at + 1, negated, hits);
        }
        if (node.any != null) {
            walk(node.any, text, negators, names, from, at + 1, negated || negates(negators, at), hits);
        }
        if (node.gap != null) {
            boolean skippedNegation = negated;
            for (int skip = 0; skip <= MAX_GAP && at + skip < text.size; skip++) {
                if (skip >= 1) {
                    if (skip >= 2 && text.sentenceBefore[at + skip - 1]) {
                        break;
                    }
                    skippedNegation |= negates(negators, at + skip - 1);
                }
                walk(node.gap, text, negators, names, from, at + skip, skippedNegation, hits);
            }
        }
    }

    /** The prefix bucket of a word's or a prefix's first character. */
    private static int bucket(char first) {
        return first < BUCKETS - 1 ? first : BUCKETS - 1;
    }

    private static boolean negates(boolean[] negators, int at) {
        return negators != null && negators[at];
    }
}
