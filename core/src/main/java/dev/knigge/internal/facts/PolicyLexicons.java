package dev.knigge.internal.facts;

import dev.knigge.internal.policy.ResolvedPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which lexicon keys a policy's merged lexicons define, per language: what {@code knigge facts
 * --lexicon --policy P} adds to the list of keys.
 *
 * @param policy the policy's id
 * @param version its version
 * @param languages the languages it has a lexicon for, sorted
 * @param keys for each key it defines (word classes included), the languages that define it, sorted
 */
public record PolicyLexicons(String policy, String version, List<String> languages, Map<String, List<String>> keys) {

    public PolicyLexicons {
        languages = List.copyOf(languages);
        Map<String, List<String>> copy = new TreeMap<>();
        keys.forEach((key, in) -> copy.put(key, List.copyOf(in)));
        keys = java.util.Collections.unmodifiableMap(copy);
    }

    /** The lexicon keys of a resolved policy and every policy it extends. */
    public static PolicyLexicons of(ResolvedPolicy policy) {
        Map<String, TreeSet<String>> keys = new TreeMap<>();
        policy.lexicons().forEach((language, lists) -> lists.keySet()
                .forEach(key -> keys.computeIfAbsent(key, k -> new TreeSet<>()).add(language)));
        Map<String, List<String>> byKey = new TreeMap<>();
        keys.forEach((key, in) -> byKey.put(key, new ArrayList<>(in)));
        return new PolicyLexicons(policy.id(), policy.version(), new ArrayList<>(new TreeSet<>(policy.lexicons().keySet())),
                byKey);
    }

    /** The languages that define a key, or an empty list. */
    public List<String> languagesOf(String key) {
        return keys.getOrDefault(key, List.of());
    }

    /** The word classes it defines ({@code class.work}), sorted. */
    public List<String> classes() {
        return keys.keySet().stream().filter(key -> key.startsWith(FactReference.CLASS_PREFIX)).toList();
    }
}
