package dev.knigge.internal.lint;

import dev.knigge.internal.Suggestions;
import dev.knigge.internal.engine.RuleCompiler;
import dev.knigge.internal.policy.PolicyLayer;
import dev.knigge.internal.policy.PropertiesFile;
import dev.knigge.internal.policy.ResolvedPolicy;
import dev.knigge.policy.PolicyException.Problem;
import dev.knigge.request.Platform;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** Every rule id has every part in every declared locale. */
    static void complete(ResolvedPolicy policy, RuleUsage usage, List<Problem> problems) {
        Map<String, Map<String, PropertiesFile.Entry>> bundles = policy.messages();
        usage.ids.forEach((id, site) -> {
            for (String locale : policy.locales()) {
                String language = locale.contains("_") ? locale.substring(0, locale.indexOf('_')) : locale;
                for (String part : PARTS) {
                    String key = id + "." + part;
                    if (!has(bundles.get(locale), key) && !has(bundles.get(language), key)) {
                        problems.add(site.problem(id + " has no " + part + " for locale " + locale + " (add " + key
                                + " to messages_" + locale + ".properties)"));
                    }
                }
            }
        });
    }

    /** Every key of every bundle in the chain is {@code <RULE-ID>.<part>} of a rule in the policy. */
    static void keys(ResolvedPolicy policy, Set<String> ids, List<Problem> problems) {
        for (PolicyLayer layer : policy.chain()) {
            for (PropertiesFile bundle : layer.messages().values()) {
                for (PropertiesFile.Entry entry : bundle.entries().values()) {
                    Matcher key = KEY.matcher(entry.key());
                    if (!key.matches()) {
                        problems.add(new Problem(bundle.origin(), entry.line(), 1, "message key '" + entry.key()
                                + "' is not <RULE-ID>.title, .reason or .suggestion, or one of those with a platform ("
                                + String.join(", ", platforms().stream().map(p -> "." + p).toList()) + ")"));
                    } else if (!ids.contains(key.group(1))) {
                        problems.add(new Problem(bundle.origin(), entry.line(), 1, "message key " + entry.key()
                                + " belongs to no rule" + Suggestions.didYouMean(key.group(1), ids)));
                    }
                }
            }
        }
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
