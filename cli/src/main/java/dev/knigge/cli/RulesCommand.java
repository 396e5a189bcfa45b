package dev.knigge.cli;

import dev.knigge.Advisor;
import dev.knigge.advice.RuleDescription;
import dev.knigge.advice.Severity;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code knigge rules}: every rule id of a policy with its severities and title. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule id of a policy: severities (after the policy's overrides), title.",
        footer = {"", "Examples:", "  knigge rules", "  knigge rules --policy strict --locale de",
                "  knigge rules --policy ./acme-policy"})
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PolicyOptions policy;

    @Option(names = "--locale", paramLabel = "L", converter = Locales.class,
            description = "Language of the titles: any locale the policy declares. Default: English.")
    Locale locale;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Advisor advisor = policy.load(locale, err);
        for (RuleDescription rule : advisor.rules(locale == null ? Locale.ENGLISH : locale)) {
            String severities = rule.severities().stream().map(Severity::name).collect(Collectors.joining("/"));
            out.printf("%-24s %-16s %s%s%n", rule.id(), severities, Printable.of(rule.title()), rule.enabled() ? "" : "  (disabled)");
        }
        return ExitCodes.OK;
    }
}
