package dev.knigge.internal.lint;

import dev.knigge.PolicyException.Problem;
import dev.knigge.internal.engine.ParsedRules;
import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.internal.policy.PolicyLayer;
import dev.knigge.internal.policy.ResolvedPolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The check every untrusted policy passes before anything of it is compiled: the untrusted DRL
 * language ({@link UntrustedDrl}) over every file of every layer that comes from disk. Built-in
 * layers are Knigge's own code and always trusted; a trusted policy skips the check. Callers
 * parse once, check the parse, and compile that same parse only when the check found nothing,
 * after {@link #prepareForCompiler} — so what is compiled is exactly what was checked.
 */
public final class PolicySafety {
    private PolicySafety() {}

    /**
     * The DRL files the untrusted language applies to: every file from disk, none when trusted.
     *
     * @param trusted whether the policy was marked as vetted code ({@code Policy.trusted()})
     */
    public static Set<PolicyFile> untrustedFiles(ResolvedPolicy policy, boolean trusted) {
        Set<PolicyFile> files = new LinkedHashSet<>();
        if (!trusted) {
            for (PolicyLayer layer : policy.chain()) {
                if (layer.folder().directory() != null) {
                    files.addAll(layer.drlFiles());
                }
            }
        }
        return files;
    }

    /** What keeps the parsed files from being compiled, empty when nothing does. */
    public static List<Problem> check(ParsedRules parsed, Set<PolicyFile> untrusted, ClassLoader loader) {
        List<Problem> problems = new ArrayList<>();
        // A file that did not parse is never compiled; its parse problems are the parser's to report.
        parsed.descriptions().forEach((file, descr) -> {
            if (untrusted.contains(file)) {
                UntrustedDrl.check(file, descr, loader, problems);
            }
        });
        return problems;
    }

    /** Readies the untrusted files that passed for the compiler ({@link UntrustedDrl#prepareForCompiler}). */
    public static void prepareForCompiler(ParsedRules parsed, Set<PolicyFile> untrusted) {
        parsed.descriptions().forEach((file, descr) -> {
            if (untrusted.contains(file)) {
                UntrustedDrl.prepareForCompiler(descr);
            }
        });
    }
}
