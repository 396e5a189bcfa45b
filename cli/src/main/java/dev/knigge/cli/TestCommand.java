package dev.knigge.cli;

import dev.knigge.Advisor;
import dev.knigge.internal.scenario.Figures;
import dev.knigge.internal.scenario.QualityJson;
import dev.knigge.internal.scenario.ScenarioJson;
import dev.knigge.internal.scenario.ScenarioReport;
import dev.knigge.internal.scenario.ScenarioSet;
import dev.knigge.internal.scenario.Scenarios;
import dev.knigge.scenario.PolicyComparison;
import dev.knigge.scenario.QualityReport;
import dev.knigge.scenario.QualityTargets;
import dev.knigge.scenario.ScenarioProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code knigge test}: runs scenario files against a policy and reports failures and rule
 * coverage; with {@code --quality}, judges only the verdicts over a corpus of labelled cases;
 * with {@code --compare}, lists the cases whose verdict another policy would change.
 */
@Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run scenario files against a policy: each is a request with the verdict and the exact "
                + "rules the policy must give it, or only the verdict. Prints each failure with the difference, "
                + "then a summary. With --quality, checks a corpus of labelled cases instead: how many verdicts "
                + "fall within each case's judgement, how many good notes are nagged or blocked, and which rules "
                + "cause it; the gates make it a CI check.",
        footer = {"", "Examples:",
                "  knigge test scenarios/",
                "  knigge test --coverage rules/src/test/resources/scenarios/professional",
                "  knigge test --policy ./acme-policy --coverage acme-policy/scenarios",
                "  knigge test --policy ./acme-policy --coverage --inherited acme-policy/scenarios",
                "  knigge test --format json scenarios/ > results.json",
                "  knigge test --quality ../shared/corpus/real-notes",
                "  knigge test --quality --min-accuracy 90%% --max-false-blocks 0 corpus/",
                "  knigge test --quality --compare ./acme-next corpus/    a shadow run",
                "",
                "A scenario file (.json):",
                "  {\"title\": \"a stranger asks for a recommendation\",",
                "   \"request\": {\"type\": \"RECOMMENDATION\", ...},     JSON request format v1",
                "   \"locale\": \"de\",                                 optional",
                "   \"expect\": {\"verdict\": \"DO_NOT_SEND\",",
                "              \"rules\": {\"REC-STRANGER\": \"BLOCKER\"}, every rule that must fire",
                "                                   (without rules, only the verdict counts)",
                "              \"maybe\": [\"REC-NO-OUT\"]},            optional: may fire too",
                "   \"alsoOk\": [\"REVISE\"],                           optional: passes as well",
                "   \"source\": \"...\", \"judgement\": \"...\"}            optional: documentation",
                "Folders are searched recursively; a .json file without \"expect\" is not a",
                "scenario and is skipped, so request files can live beside scenarios.",
                "",
                "--quality counts expect.verdict as each case's label: accuracy (verdict is the",
                "label or in alsoOk), exact accuracy, the confusion matrix, nag rate (labelled",
                "SEND, told REVISE), false blocks (labelled SEND, told DO_NOT_SEND), missed",
                "blocks (labelled DO_NOT_SEND, verdict outside the judgement), spam sent",
                "(labelled DO_NOT_SEND, told SEND), and per rule the cases it fired in by label",
                "and the nags and false blocks it decided. The last six lines are the summary.",
                "",
                "Exit codes: 0 all passed (with --quality: every gate held); 1 a scenario",
                "            failed (with --quality: a gate failed, or a case could not be",
                "            reviewed; a case outside its judgement alone fails nothing);",
                "            2 an invalid scenario file (the valid ones still run), no",
                "            scenario found, or a usage error; 3 a policy does not load, or",
                "            a review failed inside it."})
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PolicyOptions policy;

    @Option(names = "--coverage", description = "Also show which rules of the policy no scenario made fire, "
            + "and how many scenarios each rule and each of its DRL rules (its tiers) fired in: the rules the "
            + "policy's own folder defines.")
    boolean coverage;

    @Option(names = "--inherited", description = "With --coverage (and in the JSON), count the rules inherited "
            + "from the policies it extends too.")
    boolean inherited;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default), or json: one JSON document with every result and the coverage "
                    + "(with --quality: every figure).")
    CheckCommand.Format format;

    @Option(names = "--compare", paramLabel = "POLICY", description = "Also review every case with this policy "
            + "(a built-in id or a folder, as for --policy) and list the cases whose verdict differs, with the "
            + "rules that make the difference.")
    String compare;

    @Mixin
    QualityOptions quality;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Scenario files, or folders to search for them.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        QualityTargets targets = quality.targets(spec);
        Advisor advisor = policy.load(null, err);
        Advisor compared = compare == null ? null : policy.loadPolicy(compare, err);
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
        ScenarioReport report = Scenarios.run(advisor, scenarios, inherited);
        ScenarioReport comparedReport = compared == null ? null : Scenarios.run(compared, scenarios);
        PolicyComparison comparison = comparedReport == null ? null : Figures.comparison(report, comparedReport);
        if (quality.on) {
            code = Math.max(code, quality(out, report, targets, comparison));
        } else {
            if (format == CheckCommand.Format.JSON) {
                out.println(comparison == null ? ScenarioJson.write(report) : ScenarioJson.write(report, comparison));
            } else {
                new TestReport(Styles.forStdout()).print(out, report, coverage, comparison);
            }
            if (report.failed() > 0) {
                code = Math.max(code, ExitCodes.FINDINGS);
            }
        }
        if (!report.problems().isEmpty()) {
            code = Math.max(code, ExitCodes.INVALID);
        }
        if (failedInside(report) || (comparedReport != null && failedInside(comparedReport))) {
            code = Math.max(code, ExitCodes.POLICY);
        }
        return code;
    }

    /** Prints the quality figures; exit 1 when a gate fails or a case could not be reviewed. */
    private int quality(PrintWriter out, ScenarioReport report, QualityTargets targets, PolicyComparison comparison) {
        QualityReport figures = Figures.quality(report);
        List<QualityTargets.Shortfall> failed = targets.shortfalls(figures);
        if (format == CheckCommand.Format.JSON) {
            out.println(comparison == null ? QualityJson.write(figures, targets)
                    : QualityJson.write(figures, targets, comparison));
        } else {
            Styles ansi = Styles.forStdout();
            QualityText text = new QualityText(ansi);
            text.printDetails(out, figures);
            if (coverage) {
                new TestReport(ansi).coverage(out, report);
                out.println();
            }
            if (comparison != null) {
                new CompareText(ansi).print(out, comparison);
            }
            text.printSummary(out, figures, targets, failed);
        }
        return failed.isEmpty() && figures.unreviewed().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private static boolean failedInside(ScenarioReport report) {
        return report.results().stream().anyMatch(result -> result.failure() != null);
    }
}
