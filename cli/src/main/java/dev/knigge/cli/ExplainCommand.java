package dev.knigge.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code knigge explain}: {@code check --explain} as text, for one request. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Review one request and show why: the advice, then every rule that fired with the facts it matched;"
                + " with --why-not, why a rule did or did not.",
        footer = {"", "Examples:", "  knigge explain draft.json", "  knigge explain --facts draft.json",
                "  knigge explain --why-not REC-STRANGER draft.json",
                "  knigge explain --policy strict --locale de examples/requests/group-invite-off-topic.json"})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Knigge root;

    @Mixin
    PolicyOptions policy;

    @Option(names = "--locale", paramLabel = "L", converter = Locales.class,
            description = "Language of the advice: any locale the policy declares.")
    Locale locale;

    @Option(names = "--facts", description = "Add every fact the rules saw: the request and its parts, the note's"
            + " analysis (Note), the derived readings (Derived) and the Parameters.")
    boolean facts;

    @Option(names = "--why-not", paramLabel = "RULE-ID", description = "Add, for every DRL rule of that id, each"
            + " pattern and constraint evaluated on this request: whether it held, what it read, and the first that failed.")
    String whyNot;

    @Parameters(paramLabel = "FILE", arity = "1", description = "A request file, or - for stdin.")
    String file;

    @Override
    public Integer call() {
        CheckCommand check = new CheckCommand();
        check.spec = spec;
        check.root = root;
        check.policy = policy;
        check.locale = locale;
        check.format = CheckCommand.Format.TEXT;
        check.files = List.of(file);
        check.withFacts = facts;
        check.whyNot = whyNot;
        return check.check(true);
    }
}
