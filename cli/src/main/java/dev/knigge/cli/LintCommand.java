package dev.knigge.cli;

import dev.knigge.internal.load.LintResult;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.policy.PolicyException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code knigge lint}: every problem of policy folders, as {@code file:line:column: message}. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check policy folders: DRL that doesn't compile, rule metadata, messages for every rule and "
                + "locale, placeholders, parameters and settings that name nothing, extends, lexicons and their "
                + "regular expressions, links and sizes, and for policies from disk DRL outside the untrusted policy "
                + "language (see SECURITY.md); nothing of an untrusted policy runs. Prints every problem as "
                + "file:line:column: message.",
        footer = {"", "Examples:", "  knigge lint ./acme-policy", "  knigge lint --trust policies/*",
                "", "Exit codes: 0 no problems; 1 problems found; 2 usage error (a folder that doesn't exist)."})
final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--trust", description = "Treat the policies as vetted code: allow full DRL instead of the untrusted language.")
    boolean trust;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Policy folders (each with a policy.properties).")
    List<Path> folders;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = ExitCodes.OK;
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                err.println("knigge: " + folder + ": " + (Files.exists(folder) ? "not a folder" : "no such folder"));
                code = Math.max(code, ExitCodes.INVALID);
                continue;
            }
            LintResult result = LintResult.of(PolicyFolder.directory(folder), trust, LintCommand.class.getClassLoader());
            for (PolicyException.Problem problem : result.problems()) {
                out.println(Printable.of(problem.toString()));
            }
            out.println((folders.size() > 1 ? Printable.of(folder.toString()) + ": " : "") + result.summary());
            if (!result.problems().isEmpty()) {
                code = Math.max(code, ExitCodes.FINDINGS);
            }
        }
        return code;
    }
}
