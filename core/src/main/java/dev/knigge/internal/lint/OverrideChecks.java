package dev.knigge.internal.lint;

import dev.knigge.internal.Suggestions;
import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.internal.policy.PolicyLayer;
import dev.knigge.internal.policy.PropertiesFile;
import dev.knigge.internal.policy.ResolvedPolicy;
import dev.knigge.internal.policy.Setting;
import dev.knigge.policy.PolicyException.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A policy that takes over a rule id of a policy it extends does so on purpose: a rule with a
 * parent's id becomes one more tier of the parent's rule and would speak with the parent's
 * messages, which describe the parent's condition. So each layer must name such ids in
 * {@code overrides=}, and then give each of them a title, reason and suggestion of its own in
 * every locale; an {@code overrides=} id must be a rule of a parent.
 */
final class OverrideChecks {
    private static final List<String> PARTS = List.of("title", "reason", "suggestion");

    private OverrideChecks() {}

    /** Every layer's rules against its parents' ids, and its {@code overrides=} entries. */
    static void check(ResolvedPolicy policy, RuleUsage usage, List<Problem> problems) {
        // Each id with the policy of the nearest layer above that defines a rule of it.
        Map<String, String> definedBy = new LinkedHashMap<>();
        String parent = null;
        for (PolicyLayer layer : policy.chain()) {
            Map<String, Site> own = new LinkedHashMap<>();
            for (PolicyFile file : layer.drlFiles()) {
                usage.firstRules.getOrDefault(file, Map.of()).forEach(own::putIfAbsent);
            }
            Set<String> declared = new LinkedHashSet<>();
            for (Setting override : layer.overrides()) {
                String id = override.name();
                declared.add(id);
                if (!definedBy.containsKey(id)) {
                    problems.add(override.problem("overrides=" + id + " names no rule of "
                            + (parent == null ? "a parent policy (" + layer.id() + " extends none)"
                            : "the parent policy " + parent + Suggestions.didYouMean(id, definedBy.keySet()))));
                } else {
                    ownWords(policy, layer, override, definedBy.get(id), problems);
                }
            }
            for (Map.Entry<String, Site> rule : own.entrySet()) {
                String id = rule.getKey();
                if (definedBy.containsKey(id) && !declared.contains(id)) {
                    problems.add(rule.getValue().problem(id + " is a rule of the parent policy " + definedBy.get(id)
                            + "; to add a tier to it, say so in policy.properties: overrides=" + id));
                }
            }
            own.keySet().forEach(id -> definedBy.put(id, layer.id()));
            parent = layer.id();
        }
    }

    /** An overridden id's title, reason and suggestion in the layer's own bundle of every locale. */
    private static void ownWords(ResolvedPolicy policy, PolicyLayer layer, Setting override, String parent,
                                 List<Problem> problems) {
        String id = override.name();
        for (String locale : policy.locales()) {
            PropertiesFile bundle = layer.messages().get(locale);
            List<String> missing = new ArrayList<>();
            for (String part : PARTS) {
                if (bundle == null || !bundle.entries().containsKey(id + "." + part)) {
                    missing.add(id + "." + part);
                }
            }
            if (!missing.isEmpty()) {
                problems.add(override.problem("overrides=" + id + ": " + layer.id() + " must say it in its own words, not "
                        + parent + "'s; messages_" + locale + ".properties of " + layer.id() + " has no "
                        + String.join(", ", missing)));
            }
        }
    }
}
