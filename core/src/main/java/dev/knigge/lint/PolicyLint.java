package dev.knigge.lint;

import dev.knigge.Policy;
import dev.knigge.internal.load.PolicyLoader;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.policy.PolicyException.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Checks a policy the way {@code knigge lint} does and reports every problem, each as
 * {@code file:line:column: message} ({@link Problem#toString()}), sorted by file and position.
 *
 * <p>Lint runs every check that loading a policy runs (so a policy that lints clean loads,
 * builder overrides aside) and more: a rule id without a title, reason or suggestion in a
 * declared locale; a message key that belongs to no rule; a placeholder no rule fills; a
 * {@code param.*} that no rule reads; a parameter a rule reads that the policy does not define;
 * a lexicon regular expression RE2/J cannot run. For a policy from disk that is not trusted, it
 * also checks its DRL against the untrusted policy language, and compiles only what passed, so
 * linting runs nothing of such a policy (see {@code SECURITY.md}). Stateless and thread-safe.
 *
 * <pre>{@code
 * List<PolicyException.Problem> problems = PolicyLint.check(Path.of("acme-policy"), false);
 * problems.forEach(System.out::println);   // acme.drl:14:5: unknown field 'mutalContacts' on Relationship
 * }</pre>
 */
public final class PolicyLint {
    private PolicyLint() {}

    /**
     * Lints a policy folder on disk and the policies it extends.
     *
     * @param trusted whether the policy is vetted code whose DRL may be full DRL ({@code --trust})
     * @return every problem, empty when the policy is clean
     */
    public static List<Problem> check(Path folder, boolean trusted) {
        Objects.requireNonNull(folder, "folder == null");
        return lint(PolicyFolder.directory(folder), trusted, PolicyLint.class.getClassLoader());
    }

    /** Lints a policy, built-in or on disk, with Knigge's class loader; a built-in policy is trusted. */
    public static List<Problem> check(Policy policy) {
        return check(policy, PolicyLint.class.getClassLoader());
    }

    /**
     * Lints a policy with the class loader that holds built-in policies and the classes rules import.
     *
     * @return every problem, empty when the policy is clean
     */
    public static List<Problem> check(Policy policy, ClassLoader loader) {
        Objects.requireNonNull(policy, "policy == null");
        Objects.requireNonNull(loader, "loader == null");
        return lint(PolicyFolder.of(policy.builtInId(), policy.directory(), loader), policy.isTrusted(), loader);
    }

    private static List<Problem> lint(PolicyFolder folder, boolean trusted, ClassLoader loader) {
        return PolicyLoader.load(folder, trusted, loader, PolicyLoader.Checks.LINT, null).problems();
    }
}
