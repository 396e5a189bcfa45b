package dev.knigge.internal.lint;

import dev.knigge.internal.Suggestions;
import dev.knigge.internal.engine.RuleCompiler;
import dev.knigge.internal.policy.PolicyLayer;
import dev.knigge.internal.policy.PropertiesFile;
import dev.knigge.internal.policy.ResolvedPolicy;
import dev.knigge.policy.PolicyException.Problem;
import dev.knigge.request.Platform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The message bundles against the rules: every rule id has a title, reason and suggestion in
 * every locale the policy declares (a child may rely on its parents' bundles); every key belongs
 * to a rule; every placeholder is one the rules of its id fill.
 */
final class MessageChecks {
    static final List<String> PARTS = List.of("title", "reason", "suggestion");
    private static final Pattern KEY = Pattern.compile("(" + RuleCompiler.RULE_ID.pattern()
            + ")\\.(title|reason|suggestion)(\\.(?:" + String.join("|", platforms()) + "))?");
    /** {@code {name}}, and the {@code {name?} that opens a section shown only when the rule passes a value. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.-]*)[}?]");

    private MessageChecks() {}

    /**
     * Every rule id has every part in every declared locale. An id with no message at all is one
     * problem, not one per part and locale; when the bundles hold messages of an id no rule has that
     * is close to it, the {@code @id} is likely misspelled, and the problem says so.
     */
    static void complete(ResolvedPolicy policy, RuleUsage usage, List<Problem> problems) {
        Set<String> without = withoutMessages(policy, usage.ids.keySet());
        Set<String> strays = without.isEmpty() ? Set.of() : strayIds(policy, usage.ids.keySet());
        usage.ids.forEach((id, site) -> {
            if (without.contains(id)) {
                String closest = Suggestions.closest(id, strays);
                problems.add(site.problem(closest != null
                        ? "@id(" + id + ") has no messages, but the messages have " + closest
                                + " (did you mean @id(" + closest + ")?)"
                        : id + " has no messages: add " + id + ".title, " + id + ".reason and " + id
                                + ".suggestion to " + policy.locales().stream().map(l -> "messages_" + l + ".properties")
                                .collect(Collectors.joining(", "))));
                return;
            }
            for (String locale : policy.locales()) {
                for (String part : PARTS) {
                    String key = id + "." + part;
                    if (!has(policy, locale, key)) {
                        problems.add(site.problem(id + " has no " + part + " for locale " + locale + " (add " + key
                                + " to messages_" + locale + ".properties)"));
                    }
                }
            }
        });
    }

    /**
     * Every key of every bundle in the chain is {@code <RULE-ID>.<part>} of a rule in the policy.
     * The keys of an id no rule has are one problem per file, at the first; none when they are the
     * messages of a misspelled {@code @id}, which {@link #complete} reports at the rule.
     */
    static void keys(ResolvedPolicy policy, Set<String> ids, Set<String> withoutMessages, List<Problem> problems) {
        Set<String> misspelled = new HashSet<>();
        Set<String> strays = strayIds(policy, ids);
        for (String id : withoutMessages) {
            String closest = Suggestions.closest(id, strays);
            if (closest != null) {
                misspelled.add(closest);
            }
        }
        for (PolicyLayer layer : policy.chain()) {
            for (PropertiesFile bundle : layer.messages().values()) {
                Map<String, List<PropertiesFile.Entry>> stray = new LinkedHashMap<>();
                for (PropertiesFile.Entry entry : bundle.entries().values()) {
                    Matcher key = KEY.matcher(entry.key());
                    if (!key.matches()) {
                        problems.add(new Problem(bundle.origin(), entry.line(), 1, "message key '" + entry.key()
                                + "' is not <RULE-ID>.title, .reason or .suggestion, or one of those with a platform ("
                                + String.join(", ", platforms().stream().map(p -> "." + p).toList()) + ")"));
                    } else if (!ids.contains(key.group(1)) && !misspelled.contains(key.group(1))) {
                        stray.computeIfAbsent(key.group(1), k -> new ArrayList<>()).add(entry);
                    }
                }
                stray.forEach((id, entries) -> problems.add(new Problem(bundle.origin(), entries.get(0).line(), 1,
                        (entries.size() == 1 ? "message key " + entries.get(0).key() + " belongs"
                                : "message keys " + entries.stream().map(PropertiesFile.Entry::key)
                                        .collect(Collectors.joining(", ")) + " belong")
                                + " to no rule" + Suggestions.didYouMean(id, ids))));
            }
        }
    }

    /** The ids no rule has of which the chain's bundles hold messages. */
    private static Set<String> strayIds(ResolvedPolicy policy, Set<String> ids) {
        Set<String> strays = new TreeSet<>();
        for (PolicyLayer layer : policy.chain()) {
            for (PropertiesFile bundle : layer.messages().values()) {
                for (String key : bundle.entries().keySet()) {
                    Matcher matcher = KEY.matcher(key);
                    if (matcher.matches() && !ids.contains(matcher.group(1))) {
                        strays.add(matcher.group(1));
                    }
                }
            }
        }
        return strays;
    }

    /** The rule ids with no message in any declared locale. */
    static Set<String> withoutMessages(ResolvedPolicy policy, Set<String> ids) {
        Set<String> without = new HashSet<>();
        for (String id : ids) {
            if (policy.locales().stream().noneMatch(locale -> PARTS.stream()
                    .anyMatch(part -> has(policy, locale, id + "." + part)))) {
                without.add(id);
            }
        }
        return without;
    }

    /** Whether the policy's bundle for a locale, or for its language, has the key. */
    private static boolean has(ResolvedPolicy policy, String locale, String key) {
        String language = locale.contains("_") ? locale.substring(0, locale.indexOf('_')) : locale;
        return has(policy.messages().get(locale), key) || has(policy.messages().get(language), key);
    }

    /** Every placeholder of a rule's messages is passed by some rule of its id to {@code Findings.raise}. */
    static void placeholders(ResolvedPolicy policy, RuleUsage usage, List<Problem> problems) {
        for (PolicyLayer layer : policy.chain()) {
            for (PropertiesFile bundle : layer.messages().values()) {
                for (PropertiesFile.Entry entry : bundle.entries().values()) {
                    Matcher key = KEY.matcher(entry.key());
                    if (!key.matches() || !usage.fills.containsKey(key.group(1))
                            || usage.unreadableFills.contains(key.group(1))) {
                        continue;
                    }
                    String id = key.group(1);
                    Set<String> filled = usage.fills.get(id);
                    Matcher placeholder = PLACEHOLDER.matcher(entry.value());
                    while (placeholder.find()) {
                        if (!filled.contains(placeholder.group(1))) {
                            problems.add(new Problem(bundle.origin(), entry.line(), 1, "placeholder {"
                                    + placeholder.group(1) + "} in " + entry.key() + " is never filled: "
                                    + passes(id, filled)));
                        }
                    }
                }
            }
        }
    }

    private static List<String> platforms() {
        return Arrays.stream(Platform.values()).map(Enum::name).toList();
    }

    private static String passes(String id, Collection<String> filled) {
        return filled.isEmpty() ? "the rules of " + id + " pass no values to Findings.raise"
                : "the rules of " + id + " pass " + String.join(", ", new TreeSet<>(filled));
    }

    private static boolean has(Map<String, PropertiesFile.Entry> bundle, String key) {
        return bundle != null && bundle.containsKey(key);
    }
}
