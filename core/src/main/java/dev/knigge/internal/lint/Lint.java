package dev.knigge.internal.lint;

import dev.knigge.PolicyException.Problem;
import dev.knigge.internal.engine.ParsedRules;
import dev.knigge.internal.engine.PolicyChecks;
import dev.knigge.internal.engine.RuleCompiler;
import dev.knigge.internal.note.Lexicons;
import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.internal.policy.PolicyResolver;
import dev.knigge.internal.policy.ResolvedPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every check of a policy, collecting every problem instead of stopping at the first: what
 * loading checks (layering, {@code policy.properties}, files and their sizes, lexicons, DRL that
 * parses and compiles, rule metadata, settings that name rules, the untrusted policy language for
 * files from disk) and what only lint checks (messages for every rule and locale, stray message
 * keys, unfilled placeholders, parameters read but not defined or defined but not read,
 * {@code Findings.raise} calls that always fail). Untrusted DRL is compiled only when it passed.
 */
public final class Lint {
    private Lint() {}

    /**
     * Lints a policy folder and its parents.
     *
     * @param trusted whether the policy is vetted code, so its DRL from disk may be full DRL
     * @param compile whether to compile the DRL too (lint does; a caller that compiles next may not)
     * @return every problem, sorted by file, line and column
     */
    public static List<Problem> run(PolicyFolder folder, boolean trusted, ClassLoader loader, boolean compile) {
        List<Problem> problems = new ArrayList<>();
        ResolvedPolicy policy = new PolicyResolver(loader).resolve(folder, problems);
        if (policy == null) {
            return finish(problems);
        }
        boolean chainComplete = policy.chain().get(0).parent() == null;
        Set<PolicyFile> untrusted = PolicySafety.untrustedFiles(policy, trusted);
        PolicySafety.Checked checked = PolicySafety.parseAndCheck(policy.drlFiles(), untrusted, loader, problems);
        ParsedRules parsed = checked.parsed();
        List<Problem> unsafe = checked.unsafe();
        problems.addAll(unsafe);
        Map<PolicyFile, List<Fragment>> fragments = new IdentityHashMap<>();
        parsed.descriptions().forEach((file, descr) -> fragments.put(file, DrlFragments.of(file.text(), descr)));

        Lexicons.compile(policy, problems);
        PolicyChecks.hasRules(policy, problems);

        RuleUsage usage = RuleUsage.of(parsed, fragments);
        problems.addAll(usage.problems);
        if (chainComplete) {
            MessageChecks.complete(policy, usage, problems);
            MessageChecks.placeholders(policy, usage, problems);
            if (parsed.complete()) {
                Set<String> written = new HashSet<>();
                usage.writtenIds.values().forEach(written::addAll);
                MessageChecks.keys(policy, written, problems);
                SettingChecks.rules(policy, usage, problems);
                SettingChecks.parameters(policy, usage, problems);
            }
        }
        // Only what passed the check is compiled, and without its metadata, which Drools would
        // evaluate as MVEL: compiling anything else could already run code.
        if (compile && unsafe.isEmpty() && !parsed.descriptions().isEmpty()) {
            PolicySafety.prepareForCompiler(parsed, untrusted);
            RuleCompiler.compile(parsed, untrusted, loader, problems);
        }
        return finish(problems);
    }

    private static List<Problem> finish(List<Problem> problems) {
        List<Problem> unique = new ArrayList<>(new LinkedHashSet<>(problems));
        unique.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        return List.copyOf(unique);
    }
}
