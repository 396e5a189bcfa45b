package dev.knigge.internal.engine;

import dev.knigge.internal.Suggestions;
import dev.knigge.internal.policy.ResolvedPolicy;
import dev.knigge.internal.policy.Setting;
import dev.knigge.policy.PolicyException.Problem;
import java.util.List;
import java.util.Set;

/** Checks that loading a policy and linting it share, so both report a problem the same way. */
public final class PolicyChecks {
    private PolicyChecks() {}

    /**
     * Whether a setting names a rule id of the policy; when it does not, a problem placed at the
     * setting says so, with the closest id.
     *
     * @param what how the problem names the setting, such as {@code disabled=GEN-VOLUM}
     */
    public static boolean namesRule(String id, Set<String> ids, Setting where, String what, List<Problem> problems) {
        if (ids.contains(id)) {
            return true;
        }
        problems.add(where.problem(what + " names no rule of the policy" + Suggestions.didYouMean(id, ids)));
        return false;
    }

    /** A policy without a DRL file anywhere in its chain has no rules, which is a problem. */
    public static void hasRules(ResolvedPolicy policy, List<Problem> problems) {
        if (policy.drlFiles().isEmpty()) {
            problems.add(new Problem(policy.top().properties().origin(), 0, 0,
                    "the policy has no rules: no .drl file in it or its parents"));
        }
    }
}
