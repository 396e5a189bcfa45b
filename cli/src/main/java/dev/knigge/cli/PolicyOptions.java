package dev.knigge.cli;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --policy} and {@code --trust}, shared by every command that loads a policy. */
final class PolicyOptions {
    @Option(names = "--policy", paramLabel = "P", defaultValue = "professional",
            description = "A built-in policy id, or a policy folder when the value contains a / "
                    + "(write ./name for a folder here). Default: ${DEFAULT-VALUE}.")
    String policy;

    @Option(names = "--trust",
            description = "Run a policy folder's DRL without the allow-list check (only for policies you vetted).")
    boolean trust;

    /** The policy the options name. */
    Policy policy() {
        if (policy.contains("/") || policy.contains("\\") || policy.equals(".") || policy.equals("..")) {
            Policy folder = Policy.directory(Path.of(policy));
            return trust ? folder.trusted() : folder;
        }
        return Policy.builtIn(policy);
    }

    /** An Advisor for the policy, with an optional default locale. */
    Advisor advisor(Locale locale) {
        return Advisor.builder().policy(policy()).locale(locale).build();
    }
}
