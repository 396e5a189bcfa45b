package dev.knigge;

import dev.knigge.internal.policy.BuiltInPolicies;
import dev.knigge.internal.policy.PolicyFolder;
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
