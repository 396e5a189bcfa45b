package dev.knigge.internal.load;

import dev.knigge.internal.engine.RuleMeta;
import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.policy.PolicyException.Problem;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code knigge lint} found in a policy: every problem, and how much of its own it checked.
 *
 * @param problems every problem, sorted by file and position; empty when the policy is clean
 * @param rules the DRL rules the policy itself defines (not its parents'), counted when it compiled, else 0
 * @param files the DRL files the policy itself holds
 */
public record LintResult(List<Problem> problems, int rules, int files) {

    /** Lints a policy with its parents ({@link PolicyLoader.Checks#LINT}). */
    public static LintResult of(PolicyFolder folder, boolean trusted, ClassLoader loader) {
        LoadedPolicy loaded = PolicyLoader.load(folder, trusted, loader, PolicyLoader.Checks.LINT, null);
        if (loaded.policy() == null) {
            return new LintResult(loaded.problems(), 0, 0);
        }
        List<PolicyFile> own = loaded.policy().top().drlFiles();
        Set<String> origins = own.stream().map(PolicyFile::origin).collect(Collectors.toSet());
        int rules = loaded.rules() == null ? 0
                : (int) loaded.rules().rules().stream().map(RuleMeta::origin).filter(origins::contains).count();
        return new LintResult(loaded.problems(), rules, own.size());
    }

    /** {@code 3 rules in 1 file: no problems}, or {@code 2 problems}. */
    public String summary() {
        if (!problems.isEmpty()) {
            return problems.size() + (problems.size() == 1 ? " problem" : " problems");
        }
        return rules + (rules == 1 ? " rule" : " rules") + " in " + files + (files == 1 ? " file" : " files")
                + ": no problems";
    }
}
