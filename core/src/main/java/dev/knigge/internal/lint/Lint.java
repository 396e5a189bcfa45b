package dev.knigge.internal.lint;

import dev.knigge.internal.engine.ParsedRules;
import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.internal.policy.ResolvedPolicy;
import dev.knigge.policy.PolicyException.Problem;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of a policy that only lint needs, on top of what loading checks: rule ids written in
 * the DRL, messages for every rule and locale, stray message keys, unfilled placeholders,
 * settings that name no rule, a parent's rule id taken without {@code overrides=}, parameters read but not defined or defined but not read, and
 * {@code Findings.raise} calls that always fail. The loader runs them for every policy with files
 * from disk and for {@code knigge lint}, on the parse it made once.
 */
public final class Lint {
    private Lint() {}

    /** Runs the lint checks on a resolved policy and its parse; problems go to the list. */
    public static void check(ResolvedPolicy policy, ParsedRules parsed, List<Problem> problems) {
        Map<PolicyFile, List<Fragment>> fragments = new IdentityHashMap<>();
        parsed.descriptions().forEach((file, descr) -> fragments.put(file, DrlFragments.of(file.text(), descr)));
        RuleUsage usage = RuleUsage.of(parsed, fragments);
        problems.addAll(usage.problems);
        if (policy.chain().get(0).parent() != null) {
            // A parent did not resolve: what the chain lacks would show as missing messages and settings.
            return;
        }
        MessageChecks.complete(policy, usage, problems);
        MessageChecks.placeholders(policy, usage, problems);
        if (parsed.complete()) {
            Set<String> written = new HashSet<>();
            usage.writtenIds.values().forEach(written::addAll);
            MessageChecks.keys(policy, written, MessageChecks.withoutMessages(policy, usage.ids.keySet()), problems);
            SettingChecks.rules(policy, usage, problems);
            OverrideChecks.check(policy, usage, problems);
            SettingChecks.parameters(policy, usage, problems);
        }
    }
}
