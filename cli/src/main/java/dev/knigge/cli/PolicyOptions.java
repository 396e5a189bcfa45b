package dev.knigge.cli;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.internal.policy.BuiltInPolicies;
import dev.knigge.policy.PolicyException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code --policy} and {@code --trust}, shared by every command that loads a policy. */
final class PolicyOptions {
    @Option(names = "--policy", paramLabel = "P", defaultValue = "professional",
            description = "A built-in policy id, or a policy folder when the value contains a / "
                    + "(write ./name for a folder here). Default: ${DEFAULT-VALUE}.")
    String policy;

    @Option(names = "--trust",
            description = "Allow a policy folder full DRL instead of the untrusted policy language (only for policies you vetted).")
    boolean trust;

    /** The command this is mixed into, whose root holds a preloaded policy. */
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    /** The policy a {@code --policy}-like value names: a built-in id, or a folder when it looks like a path. */
    Policy policy(String value) {
        if (isFolder(value)) {
            Policy folder = Policy.directory(Path.of(value));
            return trust ? folder.trusted() : folder;
        }
        return Policy.builtIn(value);
    }

    /**
     * The Advisor for the policy, checking that it speaks the requested locale (when one is given).
     * Reports what is wrong on stderr and ends the command: exit 3 for a policy that does not
     * load, exit 2 for a locale it does not declare.
     */
    Advisor load(Locale locale, PrintWriter err) {
        Advisor advisor = loadPolicy(policy, err);
        if (locale != null && !LocaleCheck.declared(advisor, locale, err)) {
            throw new Exit(ExitCodes.INVALID);
        }
        return advisor;
    }

    /**
     * The Advisor for a {@code --policy}-like value (with {@code --trust} as given), such as the
     * one {@code --compare} names. Reports a policy that does not load on stderr and ends the
     * command with exit 3.
     */
    Advisor loadPolicy(String value, PrintWriter err) {
        try {
            Object root = command == null ? null : command.root().userObject();
            Advisor.Builder builder = root instanceof Knigge knigge ? knigge.advisorBuilder() : Advisor.builder();
            return builder.policy(policy(value)).build();
        } catch (PolicyException e) {
            Problems.print(err, e);
            String hint = isFolder(value) ? null : FolderHint.of(value, BuiltInPolicies.ids(Knigge.class.getClassLoader()));
            if (hint != null) {
                err.println("knigge: " + Printable.of(hint));
            }
            throw new Exit(ExitCodes.POLICY);
        }
    }

    /** Whether a {@code --policy}-like value names a folder rather than a built-in id. */
    private static boolean isFolder(String value) {
        return value.contains("/") || value.contains("\\") || value.equals(".") || value.equals("..");
    }
}
