package dev.knigge.cli;

import dev.knigge.Advisor;
import dev.knigge.advice.Verdict;
import dev.knigge.authoring.WhyNot;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code knigge check}: reviews requests and prints the advice. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Review requests (JSON request format v1) and print the advice.",
        footer = {"", "Examples:",
                "  knigge check draft.json",
                "  knigge check --locale en examples/requests/recommendation-from-a-stranger.json",
                "  knigge check --format json campaign.ndjson > advice.ndjson",
                "  cat draft.json | knigge check -",
                "  knigge check --ndjson --fail-on do-not-send - < requests.ndjson",
                "",
                "A .ndjson or .jsonl file holds one request per line; any other file holds one request."})
final class CheckCommand implements Callable<Integer> {
    /** The verdict from which {@code --fail-on} exits 1. */
    enum FailOn {
        REVISE(Verdict.REVISE), DO_NOT_SEND(Verdict.DO_NOT_SEND);

        final Verdict verdict;

        FailOn(Verdict verdict) {
            this.verdict = verdict;
        }
    }

    /** Output formats. */
    enum Format { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Knigge root;

    @Mixin
    PolicyOptions policy;

    @Option(names = "--locale", paramLabel = "L", converter = Locales.class,
            description = "Language of the advice: any locale the policy declares. "
                    + "Default: the request's language when the policy has it, else English.")
    Locale locale;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default) or json: advice format v1, one JSON document per line.")
    Format format;

    @Option(names = "--explain", description = "Add the rules that fired, in order, with the facts each matched.")
    boolean explain;

    @Option(names = "--fail-on", paramLabel = "revise|do-not-send", converter = FailOnConverter.class,
            description = "Exit 1 when a verdict is at or above this one. Without it, any verdict exits 0.")
    FailOn failOn;

    @Option(names = "--ndjson", description = "Read stdin (-) as NDJSON: one request per line.")
    boolean ndjson;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Request files (.json: one request; "
            + ".ndjson/.jsonl: one per line), or - for stdin.")
    List<String> files;

    @Override
    public Integer call() {
        return check(explain);
    }

    /** Whether text output adds every fact the rules saw ({@code knigge explain --facts}). */
    boolean withFacts;

    /** The rule id whose conditions text output adds, one by one ({@code knigge explain --why-not}), or {@code null}. */
    String whyNot;

    int check(boolean withTrace) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Advisor advisor = policy.load(locale, err);
        TextReport text = new TextReport(Styles.forStdout());
        int[] code = {ExitCodes.OK};
        boolean[] first = {true};
        Batch.run(Inputs.open(files, ndjson, root.in), advisor, locale, result -> {
            Input input = result.input();
            if (input.problem() != null) {
                err.println("knigge: " + input.source() + ": " + Printable.of(input.problem()));
                code[0] = Math.max(code[0], ExitCodes.INVALID);
            } else if (result.failure() != null) {
                err.println("knigge: " + input.source() + ": review failed: " + Printable.of(result.failure().getMessage()));
                code[0] = Math.max(code[0], ExitCodes.POLICY);
            } else {
                if (format == Format.JSON) {
                    out.println(JsonOutput.advice(result.advice(), input.line() > 0 ? input.line() : null, withTrace));
                } else {
                    if (!first[0]) {
                        out.println();
                    }
                    text.print(out, input.source(), result.advice(), withTrace);
                    if (withTrace) {
                        text.printPhrases(out, advisor.phrases(input.request()), result.advice().locale());
                    }
                    if (withFacts) {
                        text.printFacts(out, advisor.facts(input.request()), result.advice().locale());
                    }
                    if (whyNot != null) {
                        code[0] = Math.max(code[0], whyNot(advisor, input, result.advice().locale(), out, err));
                    }
                }
                first[0] = false;
                if (failOn != null && result.advice().verdict().compareTo(failOn.verdict) >= 0) {
                    code[0] = Math.max(code[0], ExitCodes.FINDINGS);
                }
            }
            out.flush();
        });
        return code[0];
    }

    private int whyNot(Advisor advisor, Input input, Locale locale, PrintWriter out, PrintWriter err) {
        WhyNot why;
        try {
            why = advisor.whyNot(input.request(), whyNot);
        } catch (IllegalArgumentException e) {
            err.println("knigge: " + Printable.of(e.getMessage()));
            return ExitCodes.INVALID;
        }
        new WhyNotText(Styles.forStdout()).print(out, why, locale);
        return ExitCodes.OK;
    }

    /** Reads {@code revise} and {@code do-not-send} (any case, - or _). */
    static final class FailOnConverter implements picocli.CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (FailOn candidate : FailOn.values()) {
                if (candidate.name().equals(name)) {
                    return candidate;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not one of revise, do-not-send");
        }
    }
}
