package dev.knigge.internal.lint;

import dev.knigge.internal.engine.ParsedRules;
import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.policy.PolicyException.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The type check of trusted DRL from disk ({@link TypedRules}) and what it means for the
 * compiler's problems: one mistake, one problem. Where the type check found a mistake in a rule,
 * the compiler's complaints about that rule, and about the file outside any rule (Drools reports
 * an unknown enum constant at the import of its enum), are the same mistake again and are left out.
 */
public final class TrustedTypes {
    private TrustedTypes() {}

    /**
     * Types the trusted files among those parsed.
     *
     * @param files the files to type: the policy's files from disk that are not held to the untrusted language
     * @return the problems found, in file order
     */
    public static List<Problem> check(ParsedRules parsed, Set<PolicyFile> files, ClassLoader loader) {
        List<Problem> problems = new ArrayList<>();
        parsed.descriptions().forEach((file, descr) -> {
            if (files.contains(file)) {
                TypedRules.check(file, descr, loader, problems);
            }
        });
        return problems;
    }

    /** The compiler's problems without those that repeat a problem of the type check. */
    public static List<Problem> withoutCascades(List<Problem> compiled, List<Problem> typed, ParsedRules parsed) {
        if (typed.isEmpty()) {
            return compiled;
        }
        List<Problem> kept = new ArrayList<>();
        for (Problem problem : compiled) {
            if (!repeats(problem, typed, parsed.descriptions())) {
                kept.add(problem);
            }
        }
        return kept;
    }

    private static boolean repeats(Problem problem, List<Problem> typed, Map<PolicyFile, PackageDescr> files) {
        List<Problem> sameFile = typed.stream().filter(t -> t.file().equals(problem.file())).toList();
        if (sameFile.isEmpty()) {
            return false;
        }
        for (Map.Entry<PolicyFile, PackageDescr> entry : files.entrySet()) {
            if (!entry.getKey().origin().equals(problem.file())) {
                continue;
            }
            for (RuleDescr rule : entry.getValue().getRules()) {
                if (within(problem.line(), rule)) {
                    return sameFile.stream().anyMatch(t -> within(t.line(), rule));
                }
            }
        }
        return true;
    }

    private static boolean within(int line, RuleDescr rule) {
        return line >= rule.getLine() && line <= Math.max(rule.getLine(), rule.getEndLine());
    }
}
