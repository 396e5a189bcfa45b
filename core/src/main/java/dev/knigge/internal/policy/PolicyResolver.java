package dev.knigge.internal.policy;

import dev.knigge.internal.Suggestions;
import dev.knigge.policy.PolicyException.Problem;
import dev.knigge.policy.PolicyException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads a policy folder and every policy it {@code extends}, and layers them. */
public final class PolicyResolver {
    private final ClassLoader loader;

    public PolicyResolver(ClassLoader loader) {
        this.loader = loader;
    }

    /**
     * Resolves a policy and its parents.
     *
     * @throws PolicyException with every problem found in any layer
     */
    public ResolvedPolicy resolve(PolicyFolder folder) {
        List<Problem> problems = new ArrayList<>();
        ResolvedPolicy policy = resolve(folder, problems);
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        return policy;
    }

    /**
     * Resolves a policy and as many of its parents as can be read, for lint: every problem goes
     * to the list. When the chain breaks (a parent that is missing, unreadable or a cycle), the
     * layers read so far are returned and the root layer's {@link PolicyLayer#parent()} is set.
     *
     * @return the layers read, or {@code null} when the folder itself cannot be read
     */
    public ResolvedPolicy resolve(PolicyFolder folder, List<Problem> problems) {
        List<PolicyLayer> chain = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        PolicyFolder current = folder;
        while (current != null) {
            if (!seen.add(current.key())) {
                problems.add(new Problem(chain.get(chain.size() - 1).properties.origin(),
                        chain.get(chain.size() - 1).extendsRef.line(), 1,
                        "extends forms a cycle: " + String.join(" -> ", labels(chain)) + " -> " + current.label()));
                break;
            }
            PolicyLayer layer;
            try {
                layer = PolicyLayer.read(current, problems);
            } catch (PolicyException e) {
                problems.addAll(e.problems());
                break;
            }
            chain.add(layer);
            current = parent(layer, problems);
        }
        if (chain.isEmpty()) {
            return null;
        }
        List<PolicyLayer> rootFirst = new ArrayList<>(chain);
        java.util.Collections.reverse(rootFirst);
        return new ResolvedPolicy(rootFirst);
    }

    private PolicyFolder parent(PolicyLayer layer, List<Problem> problems) {
        Setting ref = layer.extendsRef;
        if (ref == null) {
            return null;
        }
        String value = ref.value();
        if (value.startsWith(".") || value.contains("/") || value.contains("\\")) {
            Path base = layer.folder.directory();
            if (base == null) {
                problems.add(ref.problem("a built-in policy can only extend another built-in policy, not '" + value + "'"));
                return null;
            }
            Path parent = base.resolve(value).normalize();
            if (!java.nio.file.Files.isDirectory(parent)) {
                problems.add(ref.problem("extends names the folder '" + value + "', which does not exist (resolved to "
                        + parent + ")"));
                return null;
            }
            return PolicyFolder.directory(parent);
        }
        List<String> builtIns = BuiltInPolicies.ids(loader);
        if (!builtIns.contains(value)) {
            problems.add(ref.problem("extends names no built-in policy '" + value + "'"
                    + (builtIns.isEmpty() ? " (none on the classpath; is knigge-rules missing?)"
                    : Suggestions.didYouMean(value, builtIns) + " (built-in: " + String.join(", ", builtIns)
                            + "; write ./" + value + " for a folder)")));
            return null;
        }
        return PolicyFolder.builtIn(value, loader);
    }

    private static List<String> labels(List<PolicyLayer> chain) {
        List<String> labels = new ArrayList<>();
        for (PolicyLayer layer : chain) {
            labels.add(layer.folder.label());
        }
        return labels;
    }
}
