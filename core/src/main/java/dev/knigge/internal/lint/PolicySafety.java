package dev.knigge.internal.lint;

import dev.knigge.PolicyException.Problem;
import dev.knigge.internal.engine.RuleCompiler;
import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.internal.policy.PolicyLayer;
import dev.knigge.internal.policy.ResolvedPolicy;
import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.PackageDescr;

/**
 * The check every untrusted policy passes before it is compiled: the DRL allow-list and the
 * lexicons' regular expressions, over every layer that comes from disk. Built-in layers are
 * Knigge's own code and always trusted; a trusted policy skips the check.
 */
public final class PolicySafety {
    private PolicySafety() {}

    /**
     * What keeps a policy from being compiled, empty when nothing does.
     *
     * @param trusted whether the policy was marked as vetted code ({@code Policy.trusted()})
     */
    public static List<Problem> check(ResolvedPolicy policy, boolean trusted, ClassLoader loader) {
        List<Problem> problems = new ArrayList<>();
        if (trusted) {
            return problems;
        }
        for (PolicyLayer layer : policy.chain()) {
            if (!fromDisk(layer)) {
                continue;
            }
            for (PolicyFile file : layer.drlFiles()) {
                // Parse problems are the compiler's to report; a file that does not parse is never compiled.
                PackageDescr descr = RuleCompiler.parse(file, new ArrayList<>());
                if (descr != null) {
                    drl(file, descr, loader, problems);
                }
            }
        }
        return problems;
    }

    /** Whether a layer was read from disk, so the allow-list applies unless the policy is trusted. */
    static boolean fromDisk(PolicyLayer layer) {
        return layer.folder().directory() != null;
    }

    /** The allow-list over one parsed DRL file. */
    static void drl(PolicyFile file, PackageDescr descr, ClassLoader loader, List<Problem> problems) {
        UnsafeDrl.check(file, descr, DrlFragments.of(file.text(), descr), loader, problems);
    }
}
