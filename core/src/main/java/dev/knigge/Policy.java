package dev.knigge;

import dev.knigge.internal.load.LintResult;
import dev.knigge.internal.policy.BuiltInPolicies;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.policy.PolicyException.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where an {@link Advisor}'s norms come from: a built-in policy shipped on the classpath
 * ({@code professional}, {@code strict}), or a policy folder on disk that may extend one.
 * A reference only: nothing is read until an Advisor is built. Immutable.
 */
public final class Policy {
    private final String builtIn;
    private final Path directory;
    private final boolean trusted;

    private Policy(String builtIn, Path directory, boolean trusted) {
        this.builtIn = builtIn;
        this.directory = directory;
        this.trusted = trusted;
    }

    /** A built-in policy by id, such as {@code professional}. */
    public static Policy builtIn(String id) {
        Objects.requireNonNull(id, "id == null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is blank");
        }
        return new Policy(id, null, true);
    }

    /** A policy folder on disk (its {@code policy.properties}, DRL, messages and lexicons). */
    public static Policy directory(Path directory) {
        Objects.requireNonNull(directory, "directory == null");
        return new Policy(null, directory, false);
    }

    /**
     * The same policy, marked as vetted code: its DRL may be full DRL instead of the untrusted
     * policy language that policies from disk are held to. Built-in policies are always trusted.
     */
    public Policy trusted() {
        return new Policy(builtIn, directory, true);
    }

    /** Whether the policy's DRL may be full DRL, unchecked. */
    public boolean isTrusted() {
        return trusted;
    }

    /** The built-in policy's id, or {@code null} for a folder. */
    public String builtInId() {
        return builtIn;
    }

    /** The folder, or {@code null} for a built-in policy. */
    public Path directory() {
        return directory;
    }

    /**
     * Checks the policy the way {@code knigge lint} does and returns every problem, each as
     * {@code file:line:column: message} ({@link Problem#toString()}), sorted by file and position;
     * empty when the policy is clean. Uses Knigge's class loader; see {@link #lint(ClassLoader)}.
     *
     * <pre>{@code
     * Policy.directory(Path.of("acme-policy")).lint().forEach(System.out::println);
     * // acme.drl:14:5: unknown field 'mutalContacts' on Relationship (did you mean "mutualContacts"?)
     * }</pre>
     */
    public List<Problem> lint() {
        return lint(Policy.class.getClassLoader());
    }

    /**
     * Lints the policy with the class loader that holds built-in policies and the classes rules
     * import. Lint runs every check that building an {@link Advisor} runs, in one pass (so a
     * policy that lints clean loads, builder overrides aside), and more: a rule id without a title,
     * reason or suggestion in a declared locale; a message key that belongs to no rule; a
     * placeholder no rule fills; a {@code param.*} that no rule reads; a parameter a rule reads
     * that the policy does not define; a lexicon regular expression RE2/J cannot run. A policy from
     * disk that is not {@link #trusted()} is held to the untrusted policy language, and only what
     * passed is compiled, so linting runs nothing of such a policy (see {@code SECURITY.md}).
     * Thread-safe.
     */
    public List<Problem> lint(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader == null");
        return LintResult.of(folder(loader), trusted, loader).problems();
    }

    /** The ids of the built-in policies on the class path, sorted. */
    public static List<String> builtInIds() {
        return BuiltInPolicies.ids(Policy.class.getClassLoader());
    }

    /** How messages name the policy: {@code built-in policy professional}, {@code policy acme}. */
    String describe() {
        return builtIn != null ? "built-in policy " + builtIn : "policy " + directory;
    }

    PolicyFolder folder(ClassLoader loader) {
        return PolicyFolder.of(builtIn, directory, loader);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Policy that && Objects.equals(builtIn, that.builtIn)
                && Objects.equals(directory, that.directory) && trusted == that.trusted;
    }

    @Override
    public int hashCode() {
        return Objects.hash(builtIn, directory, trusted);
    }

    @Override
    public String toString() {
        return builtIn != null ? "Policy[builtIn=" + builtIn + "]"
                : "Policy[directory=" + directory + (trusted ? ", trusted" : "") + "]";
    }
}
