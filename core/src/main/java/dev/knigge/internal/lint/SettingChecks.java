package dev.knigge.internal.lint;

import dev.knigge.internal.Suggestions;
import dev.knigge.internal.engine.PolicyChecks;
import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.internal.policy.PolicyLayer;
import dev.knigge.internal.policy.ResolvedPolicy;
import dev.knigge.internal.policy.Setting;
import dev.knigge.policy.PolicyException.Problem;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Each layer's settings against what they name: {@code severity.*}, {@code disabled} and
 * {@code enabled} name a rule of that layer or its parents; a {@code param.*} names a parameter
 * some rule reads or a parent defines; every parameter a rule reads by a literal key is defined.
 */
final class SettingChecks {
    private SettingChecks() {}

    /** Severity, disabled and enabled entries of every layer. */
    static void rules(ResolvedPolicy policy, RuleUsage usage, List<Problem> problems) {
        Set<String> ids = new LinkedHashSet<>();
        for (PolicyLayer layer : policy.chain()) {
            for (PolicyFile file : layer.drlFiles()) {
                ids.addAll(usage.writtenIds.getOrDefault(file, Set.of()));
            }
            for (Map.Entry<String, Setting> severity : layer.severities().entrySet()) {
                PolicyChecks.namesRule(severity.getKey(), ids, severity.getValue(), "severity." + severity.getKey(),
                        problems);
            }
            for (Setting off : layer.disabled()) {
                PolicyChecks.namesRule(off.name(), ids, off, "disabled=" + off.name(), problems);
            }
            for (Setting on : layer.enabled()) {
                PolicyChecks.namesRule(on.name(), ids, on, "enabled=" + on.name(), problems);
            }
        }
    }

    /** Parameters defined but never read nor inherited, and parameters read but never defined. */
    static void parameters(ResolvedPolicy policy, RuleUsage usage, List<Problem> problems) {
        Set<String> inherited = new TreeSet<>();
        for (PolicyLayer layer : policy.chain()) {
            for (Setting parameter : layer.parameters().values()) {
                String key = parameter.name();
                if (!usage.readsAnyParameter && !inherited.contains(key) && !read(key, usage)) {
                    Set<String> known = new TreeSet<>(inherited);
                    known.addAll(usage.reads.keySet());
                    known.addAll(usage.computedReads);
                    problems.add(parameter.problem("param." + key + " names no parameter that a rule reads"
                            + " or a parent policy defines" + Suggestions.didYouMean(key, known)));
                }
            }
            inherited.addAll(layer.parameters().keySet());
        }
        usage.reads.forEach((key, site) -> {
            if (!policy.parameters().containsKey(key)) {
                problems.add(site.problem("reads parameter '" + key + "', which the policy does not define"
                        + Suggestions.didYouMean(key, policy.parameters().keySet())
                        + "; add param." + key + "=… to policy.properties"));
            }
        });
    }

    private static boolean read(String key, RuleUsage usage) {
        if (usage.reads.containsKey(key) || usage.computedReads.contains(key)) {
            return true;
        }
        for (String prefix : usage.readPrefixes) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
