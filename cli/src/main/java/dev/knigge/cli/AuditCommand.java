package dev.knigge.cli;

import dev.knigge.Advisor;
import dev.knigge.advice.Advice;
import dev.knigge.audit.AuditEntry;
import dev.knigge.audit.Campaign;
import dev.knigge.audit.CampaignReport;
import dev.knigge.json.CampaignJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code knigge audit}: reviews a whole campaign with the facts only the campaign shows, and reports on it. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audit a campaign (one sender's planned requests, one per line) before any of it goes out: "
                + "copies and near copies of one note count as mass-sent, each request is reviewed with the "
                + "campaign's counts, and a report sums it up."},
        footer = {"", "Examples:",
                "  knigge audit campaign.ndjson",
                "  knigge audit --format json --locale de campaign.ndjson > audit.ndjson",
                "  generate-campaign | knigge audit -",
                "  knigge audit --fail-on do-not-send campaign.ndjson",
                "",
                "JSON output: one advice per line in input order, then {\"campaign\": {...}} on the last line.",
                "--fail-on makes a CI gate: exit 1 when any request's verdict is at or above it."})
final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Knigge root;

    @Mixin
    PolicyOptions policy;

    @Option(names = "--locale", paramLabel = "L", converter = Locales.class,
            description = "Language of the advice and the report: any locale the policy declares. "
                    + "Default: each request's language when the policy has it, else English.")
    Locale locale;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default) or json: NDJSON, advice format v1 per request, then the campaign report.")
    CheckCommand.Format format;

    @Option(names = "--fail-on", paramLabel = "revise|do-not-send", converter = CheckCommand.FailOnConverter.class,
            description = "Exit 1 when a request's verdict is at or above this one (as for check). "
                    + "Without it, any verdict exits 0.")
    CheckCommand.FailOn failOn;

    @Parameters(paramLabel = "CAMPAIGN.ndjson", arity = "1",
            description = "The campaign: one request (JSON request format v1) per line, or - for stdin.")
    String file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Advisor advisor = policy.load(locale, err);
        boolean stdin = file.equals("-");
        Path path;
        try {
            path = stdin ? spool() : readable(Path.of(file));
        } catch (IOException e) {
            err.println("knigge: " + file + ": " + e.getMessage());
            return ExitCodes.INVALID;
        }
        try (AuditText text = new AuditText(Styles.forStdout(), file)) {
            return audit(advisor, path, text, out, err);
        } finally {
            if (stdin) {
                delete(path);
            }
        }
    }

    private int audit(Advisor advisor, Path path, AuditText text, PrintWriter out, PrintWriter err) {
        Progress progress = Progress.of(err, root.errIsTerminal, path);
        int[] code = {ExitCodes.OK};
        Map<Locale, Integer> locales = new HashMap<>();
        CampaignReport report;
        try {
            report = advisor.audit(Campaign.ndjson(path), locale, audited -> {
                progress.step();
                Advice advice = audited.advice();
                if (audited.invalid() != null) {
                    progress.clear();
                    err.println("knigge: " + file + ":" + audited.line() + ": " + Printable.of(audited.invalid().getMessage()));
                    code[0] = Math.max(code[0], ExitCodes.INVALID);
                } else if (audited.failure() != null) {
                    progress.clear();
                    err.println("knigge: " + file + ":" + audited.line() + ": review failed: "
                            + Printable.of(audited.failure().getMessage()));
                    code[0] = Math.max(code[0], ExitCodes.POLICY);
                } else {
                    locales.merge(advice.locale(), 1, Integer::sum);
                    entry(audited, text, out);
                    if (failOn != null && advice.verdict().compareTo(failOn.verdict) >= 0) {
                        code[0] = Math.max(code[0], ExitCodes.FINDINGS);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            progress.clear();
            err.println("knigge: " + file + ": cannot be read: " + e.getCause().getMessage());
            return ExitCodes.INVALID;
        }
        progress.clear();
        Locale reportLocale = locale != null ? locale : mostUsed(locales);
        if (format == CheckCommand.Format.JSON) {
            out.println(CampaignJson.write(report, reportLocale));
        } else {
            text.print(out, report, reportLocale, advisor.policyId() + " " + advisor.policyVersion());
        }
        out.flush();
        return code[0];
    }

    private void entry(AuditEntry audited, AuditText text, PrintWriter out) {
        if (format == CheckCommand.Format.JSON) {
            out.println(JsonOutput.advice(audited.advice(), audited.line(), false));
        } else {
            text.add(audited);
        }
    }

    /** The locale most of the advice speaks, so the report speaks it too; English for none. */
    private static Locale mostUsed(Map<Locale, Integer> locales) {
        return locales.entrySet().stream()
                .max(Map.Entry.<Locale, Integer>comparingByValue().thenComparing(e -> e.getKey().toLanguageTag(),
                        java.util.Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(Locale.ENGLISH);
    }

    /** The audit reads its input twice, so stdin goes to a temporary file first. */
    private Path spool() throws IOException {
        Path spooled = Files.createTempFile("knigge-audit-", ".ndjson");
        try {
            Files.copy(root.in, spooled, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            delete(spooled);
            throw new IOException("cannot be read: " + e.getMessage(), e);
        }
        return spooled;
    }

    private static Path readable(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException("no such file");
        }
        if (Files.isDirectory(path)) {
            throw new IOException("is a folder, not a campaign file");
        }
        if (!Files.isReadable(path)) {
            throw new IOException("permission denied");
        }
        return path;
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
    }
}
