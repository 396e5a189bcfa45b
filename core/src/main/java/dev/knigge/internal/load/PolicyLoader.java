package dev.knigge.internal.load;

import dev.knigge.internal.engine.CompiledRules;
import dev.knigge.internal.engine.ParsedRules;
import dev.knigge.internal.engine.PolicyChecks;
import dev.knigge.internal.engine.Precompiled;
import dev.knigge.internal.engine.RuleCompiler;
import dev.knigge.internal.lint.Lint;
import dev.knigge.internal.lint.PolicySafety;
import dev.knigge.internal.lint.TrustedTypes;
import dev.knigge.internal.note.Lexicon;
import dev.knigge.internal.note.Lexicons;
import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.internal.policy.PolicyLayer;
import dev.knigge.internal.policy.PolicyResolver;
import dev.knigge.internal.policy.ResolvedPolicy;
import dev.knigge.policy.PolicyException.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loading a policy, the one way: resolve its layers, check them, compile them, each exactly once,
 * collecting every problem of every step in one pass (layering, {@code policy.properties}, files,
 * lexicons, the untrusted policy language, DRL that parses and compiles, rule metadata, and what
 * lint checks on top: messages, placeholders, settings and parameters). {@code Advisor}, the
 * watcher and {@code knigge lint} all come through here, so what loads is what lints clean.
 *
 * <p>A built-in policy on its own is Knigge's own code, checked when Knigge is built: it loads
 * from its saved rules ({@link Precompiled}) and skips the checks only lint needs. Everything
 * from disk is linted whenever it loads, and untrusted DRL reaches the compiler only after it
 * passed the untrusted language ({@link PolicySafety}).
 */
public final class PolicyLoader {
    private PolicyLoader() {}

    /** What a load checks. */
    public enum Checks {
        /** What loading needs; a policy with files from disk gets every lint check too. */
        LOAD,
        /** Everything, built-in or not: {@code knigge lint}. */
        LINT
    }

    /**
     * Loads a policy folder with its parents.
     *
     * @param trusted whether the policy's DRL from disk may be full DRL
     * @param ahead the same folder read ahead ({@link Preload}), or {@code null}
     */
    public static LoadedPolicy load(PolicyFolder folder, boolean trusted, ClassLoader loader, Checks checks,
                                    Preload ahead) {
        List<Problem> problems = new ArrayList<>();
        Preload.Read read = ahead == null ? null : ahead.read(folder, loader);
        ResolvedPolicy policy = read != null ? read.policy() : new PolicyResolver(loader).resolve(folder, problems);
        if (policy == null) {
            return new LoadedPolicy(null, Map.of(), null, finish(problems), folder.directory() == null
                    ? List.of() : List.of(normal(folder.directory())));
        }
        Map<String, Lexicon> lexicons = read != null ? read.lexicons() : Lexicons.compile(policy, problems);
        PolicyChecks.hasRules(policy, problems);
        List<Path> folders = folders(policy);
        boolean lint = checks == Checks.LINT || !folders.isEmpty();
        CompiledRules rules = null;
        if (!lint) {
            // Only built-in layers: their saved rules, when they were saved from this very DRL.
            String key = Precompiled.key(policy.drlFiles());
            rules = read != null && read.rules() != null ? read.rules().get(key)
                    : Precompiled.read(policy.top().folder().precompiled(), key, loader);
        }
        if (rules == null) {
            rules = compile(policy, trusted, loader, lint, problems);
        }
        return new LoadedPolicy(policy, lexicons, rules, finish(problems), folders);
    }

    /**
     * Parses the policy's DRL once, checks the untrusted files on that parse, lints it when asked,
     * and compiles the same parse only when the untrusted files passed: nothing outside the
     * untrusted language reaches the compiler, which already runs code (Drools evaluates rule
     * metadata as MVEL). It compiles even when other problems were found, so the author sees the
     * compiler's too; the rule base is then {@code null}.
     */
    private static CompiledRules compile(ResolvedPolicy policy, boolean trusted, ClassLoader loader, boolean lint,
                                         List<Problem> problems) {
        Set<PolicyFile> untrusted = PolicySafety.untrustedFiles(policy, trusted);
        PolicySafety.Checked checked = PolicySafety.parseAndCheck(policy.drlFiles(), untrusted, loader, problems);
        ParsedRules parsed = checked.parsed();
        problems.addAll(checked.unsafe());
        List<Problem> typed = List.of();
        if (lint) {
            Lint.check(policy, parsed, problems);
            Set<PolicyFile> trustedFromDisk = PolicySafety.filesFromDisk(policy);
            trustedFromDisk.removeAll(untrusted);
            typed = TrustedTypes.check(parsed, trustedFromDisk, loader);
            problems.addAll(typed);
        }
        if (!checked.unsafe().isEmpty() || parsed.descriptions().isEmpty()) {
            return null;
        }
        PolicySafety.prepareForCompiler(parsed, untrusted);
        List<Problem> found = new ArrayList<>(problems);
        CompiledRules rules = RuleCompiler.compile(parsed, untrusted, loader, found);
        problems.addAll(TrustedTypes.withoutCascades(found.subList(problems.size(), found.size()), typed, parsed));
        return rules;
    }

    /** The folders on disk of a policy's layers, the policy's own first. */
    private static List<Path> folders(ResolvedPolicy policy) {
        List<Path> folders = new ArrayList<>();
        for (int i = policy.chain().size() - 1; i >= 0; i--) {
            PolicyLayer layer = policy.chain().get(i);
            if (layer.folder().directory() != null && !folders.contains(normal(layer.folder().directory()))) {
                folders.add(normal(layer.folder().directory()));
            }
        }
        return folders;
    }

    private static Path normal(Path folder) {
        return folder.toAbsolutePath().normalize();
    }

    private static List<Problem> finish(List<Problem> problems) {
        List<Problem> unique = new ArrayList<>(new LinkedHashSet<>(problems));
        unique.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        return unique;
    }
}
