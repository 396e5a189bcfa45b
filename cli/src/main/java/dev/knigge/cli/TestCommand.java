package dev.knigge.cli;

import dev.knigge.Advisor;
import dev.knigge.scenario.ScenarioJson;
import dev.knigge.scenario.ScenarioProblem;
import dev.knigge.scenario.ScenarioReport;
import dev.knigge.scenario.ScenarioSet;
import dev.knigge.scenario.Scenarios;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code knigge test}: runs scenario files against a policy and reports failures and rule coverage. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run scenario files against a policy: each is a request with the verdict and the exact "
                + "rules the policy must give it. Prints each failure with the difference, then a summary.",
        footer = {"", "Examples:",
                "  knigge test scenarios/",
                "  knigge test --coverage rules/src/test/resources/scenarios/professional",
                "  knigge test --policy ./acme-policy --coverage acme-policy/scenarios",
                "  knigge test --format json scenarios/ > results.json",
                "",
                "A scenario file (.json):",
                "  {\"title\": \"a stranger asks for a recommendation\",",
                "   \"request\": {\"type\": \"RECOMMENDATION\", ...},     JSON request format v1",
                "   \"locale\": \"de\",                                 optional",
                "   \"expect\": {\"verdict\": \"DO_NOT_SEND\",",
                "              \"rules\": {\"REC-STRANGER\": \"BLOCKER\"}, every rule that must fire",
                "              \"maybe\": [\"REC-NO-OUT\"]}}             optional: may fire too",
                "Folders are searched recursively; a .json file without \"expect\" is not a",
                "scenario and is skipped, so request files can live beside scenarios.",
                "",
                "Exit codes: 0 all passed; 1 a scenario failed; 2 an invalid scenario file (the",
                "            valid ones still run), no scenario found, or a usage error;",
                "            3 the policy does not load, or a review failed inside it."})
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PolicyOptions policy;

    @Option(names = "--coverage", description = "Also show which rules of the policy no scenario made fire, "
            + "and how many scenarios each rule fired in.")
    boolean coverage;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default), or json: one JSON document with every result and the coverage.")
    CheckCommand.Format format;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Scenario files, or folders to search for them.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Advisor advisor = policy.load(null, err);
        ScenarioSet scenarios = Scenarios.load(paths);
        for (ScenarioProblem problem : scenarios.problems()) {
            err.println("knigge: " + Printable.of(String.valueOf(problem)));
        }
        int code = ExitCodes.OK;
        if (scenarios.isEmpty()) {
            err.println("knigge: no scenario files in " + String.join(", ", paths.stream().map(Path::toString).toList())
                    + " (a scenario is a .json file with an \"expect\" key)");
            code = ExitCodes.INVALID;
        }
        ScenarioReport report = Scenarios.run(advisor, scenarios);
        if (format == CheckCommand.Format.JSON) {
            out.println(ScenarioJson.write(report));
        } else {
            new TestReport(Ansi.forStdout()).print(out, report, coverage);
        }
        if (report.failed() > 0) {
            code = Math.max(code, ExitCodes.FINDINGS);
        }
        if (!report.problems().isEmpty()) {
            code = Math.max(code, ExitCodes.INVALID);
        }
        if (report.results().stream().anyMatch(result -> result.failure() != null)) {
            code = Math.max(code, ExitCodes.POLICY);
        }
        return code;
    }
}
