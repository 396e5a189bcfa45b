package dev.knigge.cli;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.PolicyException;
import java.io.PrintWriter;
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
            description = "Allow a policy folder full DRL instead of the untrusted policy language (only for policies you vetted).")
    boolean trust;

    /** The policy the options name. */
    Policy policy() {
        if (policy.contains("/") || policy.contains("\\") || policy.equals(".") || policy.equals("..")) {
            Policy folder = Policy.directory(Path.of(policy));
            return trust ? folder.trusted() : folder;
        }
        return Policy.builtIn(policy);
    }

    /**
     * The Advisor for the policy, checking that it speaks the requested locale (when one is given).
     * Reports what is wrong on stderr and ends the command: exit 3 for a policy that does not
     * load, exit 2 for a locale it does not declare.
     */
    Advisor load(Locale locale, PrintWriter err) {
        Advisor advisor;
        try {
            advisor = Advisor.builder().policy(policy()).build();
        } catch (PolicyException e) {
            Problems.print(err, e);
            throw new Exit(ExitCodes.POLICY);
        }
        if (locale != null && !LocaleCheck.declared(advisor, locale, err)) {
            throw new Exit(ExitCodes.INVALID);
        }
        return advisor;
    }
}
