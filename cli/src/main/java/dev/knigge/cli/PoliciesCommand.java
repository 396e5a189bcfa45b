package dev.knigge.cli;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.policy.PolicyException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code knigge policies}: the built-in policies with version and rule count. */
@Command(name = "policies", mixinStandardHelpOptions = true,
        description = "List the built-in policies: id, version, number of rules, description.",
        footer = {"", "Example:", "  knigge policies"})
final class PoliciesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = ExitCodes.OK;
        for (String id : Policy.builtInIds()) {
            try {
                Advisor advisor = Advisor.builder().policy(Policy.builtIn(id)).build();
                out.printf("%-14s %-8s %3d rules  %s%n", id, advisor.policyVersion(), advisor.rules(null).size(),
                        advisor.description() == null ? "" : advisor.description());
            } catch (PolicyException e) {
                Problems.print(err, e);
                code = ExitCodes.POLICY;
            }
        }
        return code;
    }
}
