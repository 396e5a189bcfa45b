package dev.knigge.internal.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy with its {@code extends} chain layered: the child's settings over its parent's,
 * {@code disabled} accumulated down the chain and re-enabled by {@code enabled}, messages merged
 * per key, lexicon lists merged per key. Builder overrides come on top later.
 */
public final class ResolvedPolicy {
    private final List<PolicyLayer> chain;
    private final List<String> locales;
    private final Map<String, Setting> parameters = new LinkedHashMap<>();
    private final Map<String, Setting> severities = new LinkedHashMap<>();
    private final Map<String, Setting> disabled = new LinkedHashMap<>();
    private final List<Setting> enabled = new ArrayList<>();
    private final List<PolicyFile> drlFiles = new ArrayList<>();
    private final Map<String, Map<String, PropertiesFile.Entry>> messages = new LinkedHashMap<>();
    private final Map<String, Map<String, List<String>>> lexicons = new LinkedHashMap<>();
    private final Map<String, List<PropertiesFile>> lexiconFiles = new LinkedHashMap<>();

    /** @param chain the layers, the root policy first and the policy asked for last */
    ResolvedPolicy(List<PolicyLayer> chain) {
        this.chain = List.copyOf(chain);
        List<String> declared = null;
        for (PolicyLayer layer : chain) {
            if (layer.locales != null) {
                declared = layer.locales;
            }
            parameters.putAll(layer.parameters);
            severities.putAll(layer.severities);
            for (Setting off : layer.disabled) {
                disabled.put(off.name(), off);
            }
            for (Setting on : layer.enabled) {
                disabled.remove(on.name());
                enabled.add(on);
            }
            drlFiles.addAll(layer.drlFiles);
            layer.messages.forEach((locale, bundle) ->
                    messages.computeIfAbsent(locale, l -> new LinkedHashMap<>()).putAll(bundle.entries()));
            layer.lexicons.forEach((language, lexicon) -> {
                Map<String, List<String>> merged = lexicons.computeIfAbsent(language, l -> new LinkedHashMap<>());
                lexicon.entries().forEach((key, entry) ->
                        merged.computeIfAbsent(key, k -> new ArrayList<>()).addAll(phrases(entry.value())));
                lexiconFiles.computeIfAbsent(language, l -> new ArrayList<>()).add(lexicon);
            });
        }
        this.locales = declared == null ? List.of("en") : List.copyOf(declared);
    }

    /**
     * Splits a lexicon value into its phrases at {@code |}, except inside parentheses or brackets,
     * so a regular expression keeps its alternatives: {@code re:(a|b)}.
     */
    public static List<String> phrases(String value) {
        List<String> phrases = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == '|' && depth == 0) {
                add(phrases, value.substring(from, i));
                from = i + 1;
            }
        }
        add(phrases, value.substring(from));
        return phrases;
    }

    private static void add(List<String> phrases, String phrase) {
        if (!phrase.isBlank()) {
            phrases.add(phrase.strip());
        }
    }

    /** The policy asked for (the last layer). */
    public PolicyLayer top() {
        return chain.get(chain.size() - 1);
    }

    /** The layers, root first. */
    public List<PolicyLayer> chain() {
        return chain;
    }

    public String id() {
        return top().id;
    }

    public String version() {
        return top().version;
    }

    public String description() {
        return top().description;
    }

    /** The locales the policy declares (the nearest {@code locales=} in the chain), {@code en} by default. */
    public List<String> locales() {
        return locales;
    }

    /** Parameters by key, the nearest definition winning. */
    public Map<String, Setting> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    /** Severity overrides by rule id, the nearest winning. */
    public Map<String, Setting> severities() {
        return Collections.unmodifiableMap(severities);
    }

    /** Rule ids disabled after the chain's {@code disabled} and {@code enabled} lists. */
    public Map<String, Setting> disabled() {
        return Collections.unmodifiableMap(disabled);
    }

    /** Every {@code enabled} entry of the chain. */
    public List<Setting> enabled() {
        return Collections.unmodifiableList(enabled);
    }

    /** Every DRL file of the chain, root first. */
    public List<PolicyFile> drlFiles() {
        return Collections.unmodifiableList(drlFiles);
    }

    /** Message entries by locale, then key; the nearest definition wins. */
    public Map<String, Map<String, PropertiesFile.Entry>> messages() {
        return Collections.unmodifiableMap(messages);
    }

    /** Lexicon phrase lists by language, then key, merged down the chain. */
    public Map<String, Map<String, List<String>>> lexicons() {
        return Collections.unmodifiableMap(lexicons);
    }

    /** The lexicon files behind each language, root first. */
    public Map<String, List<PropertiesFile>> lexiconFiles() {
        return Collections.unmodifiableMap(lexiconFiles);
    }
}
