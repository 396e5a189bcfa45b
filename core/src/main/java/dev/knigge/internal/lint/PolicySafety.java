package dev.knigge.internal.lint;

import dev.knigge.internal.engine.ParsedRules;
import dev.knigge.internal.engine.RuleCompiler;
import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.internal.policy.PolicyLayer;
import dev.knigge.internal.policy.ResolvedPolicy;
import dev.knigge.policy.PolicyException.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The check every untrusted policy passes before anything of it is compiled: the untrusted DRL
 * language ({@link UntrustedDrl}) over every file of every layer that comes from disk. Built-in
 * layers are Knigge's own code and always trusted; a trusted policy skips the check. Callers
 * parse and check once ({@link #parseAndCheck}), and compile that same parse only when the check
 * found nothing, after {@link #prepareForCompiler} — so what is compiled is exactly what was checked.
 */
public final class PolicySafety {
    private PolicySafety() {}

    /**
     * The DRL files the untrusted language applies to: every file from disk, none when trusted.
     *
     * @param trusted whether the policy was marked as vetted code ({@code Policy.trusted()})
     */
    public static Set<PolicyFile> untrustedFiles(ResolvedPolicy policy, boolean trusted) {
        return trusted ? new LinkedHashSet<>() : filesFromDisk(policy);
    }

    /** The DRL files of every layer that comes from disk, not from Knigge's classpath. */
    public static Set<PolicyFile> filesFromDisk(ResolvedPolicy policy) {
        Set<PolicyFile> files = new LinkedHashSet<>();
        for (PolicyLayer layer : policy.chain()) {
            if (layer.folder().directory() != null) {
                files.addAll(layer.drlFiles());
            }
        }
        return files;
    }

    /**
     * A policy's DRL parsed and checked.
     *
     * @param parsed every file that was parsed, with what Knigge read of its rules
     * @param unsafe what keeps the policy from being compiled, empty when nothing does
     */
    public record Checked(ParsedRules parsed, List<Problem> unsafe) {}

    /**
     * Checks the raw text of the untrusted files, parses the files whose text passed (the trusted
     * ones all), and checks the untrusted files' parse: Drools' parser never reads untrusted text
     * that failed the first look. Parse problems go to the list.
     */
    public static Checked parseAndCheck(List<PolicyFile> files, Set<PolicyFile> untrusted, ClassLoader loader,
                                        List<Problem> problems) {
        List<Problem> unsafe = new ArrayList<>();
        Set<PolicyFile> unreadable = new HashSet<>();
        for (PolicyFile file : untrusted) {
            if (!UntrustedDrl.checkText(file, unsafe)) {
                unreadable.add(file);
            }
        }
        ParsedRules parsed = RuleCompiler.parse(files, file -> !unreadable.contains(file), problems);
        // A file that did not parse is never compiled; its parse problems are the parser's to report.
        parsed.descriptions().forEach((file, descr) -> {
            if (untrusted.contains(file)) {
                UntrustedDrl.check(file, descr, loader, unsafe);
            }
        });
        return new Checked(parsed, unsafe);
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
