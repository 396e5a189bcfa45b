package dev.knigge.cli;

import dev.knigge.internal.facts.FactReference;
import dev.knigge.internal.facts.FactsJson;
import dev.knigge.internal.facts.FactsText;
import dev.knigge.internal.facts.PolicyLexicons;
import dev.knigge.internal.policy.BuiltInPolicies;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.internal.policy.PolicyResolver;
import dev.knigge.internal.policy.ResolvedPolicy;
import dev.knigge.policy.PolicyException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code knigge facts}: the facts DRL sees, each field with its type, nullability, meaning and source; or the lexicon keys. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "List the facts a rule's patterns match (ReviewRequest, Requester, Recipient, Relationship, "
                + "Activity, Group, Note, Derived, Parameters): each field with its type (an enum with its constants), "
                + "whether it may be null and when, what it means, and where it comes from (the request's JSON path, "
                + "or how it is derived); and the Parameters accessors. With --lexicon: the keys a lexicon file may "
                + "define, with the Note fields each sets. The same reference is docs/facts.md.",
        footer = {"", "Examples:", "  knigge facts", "  knigge facts --format json > facts.json",
                "  knigge facts --format markdown > docs/facts.md",
                "  knigge facts --lexicon", "  knigge facts --lexicon --policy ./acme-policy",
                "", "Exit codes: 0 done; 2 usage error; 3 a --policy that cannot be read."})
final class FactsCommand implements Callable<Integer> {
    /** Output formats; Markdown is the form of docs/facts.md. */
    enum Format { TEXT, JSON, MARKDOWN }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json|markdown", defaultValue = "text",
            description = "text (default), json (one stable document, described in FactsJson), or markdown (docs/facts.md).")
    Format format;

    @Option(names = "--lexicon", description = "List the lexicon keys and the Note field each sets, instead of the facts.")
    boolean lexicon;

    @Option(names = "--policy", paramLabel = "P",
            description = "With --lexicon: also show which of this policy's languages define each key, and its word "
                    + "classes. A built-in id, or a folder when the value contains a /.")
    String policy;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (policy != null && !lexicon) {
            throw new ParameterException(spec.commandLine(), "--policy is for --lexicon: the facts are the same for every policy");
        }
        FactReference reference = FactReference.load();
        if (!lexicon) {
            out.print(switch (format) {
                case TEXT -> FactsText.text(reference);
                case JSON -> FactsJson.facts(reference);
                case MARKDOWN -> FactsText.markdown(reference);
            });
            return ExitCodes.OK;
        }
        if (format == Format.MARKDOWN) {
            if (policy != null) {
                throw new ParameterException(spec.commandLine(),
                        "--format markdown prints the lexicon keys of docs/facts.md, the same for every policy: leave out --policy");
            }
            out.print(FactsText.lexiconMarkdown(reference));
            return ExitCodes.OK;
        }
        PolicyLexicons lexicons = policy == null ? null : lexicons(err);
        out.print(switch (format) {
            case TEXT, MARKDOWN -> FactsText.lexiconText(reference, lexicons);
            case JSON -> FactsJson.lexicon(reference, lexicons);
        });
        return ExitCodes.OK;
    }

    /** The policy's lexicon keys; a policy that cannot be read is reported and ends the command with exit 3. */
    private PolicyLexicons lexicons(PrintWriter err) {
        ClassLoader loader = FactsCommand.class.getClassLoader();
        boolean folder = policy.contains("/") || policy.contains("\\") || policy.equals(".") || policy.equals("..");
        try {
            ResolvedPolicy resolved = new PolicyResolver(loader).resolve(folder
                    ? PolicyFolder.directory(Path.of(policy)) : PolicyFolder.builtIn(policy, loader));
            return PolicyLexicons.of(resolved);
        } catch (PolicyException e) {
            Problems.print(err, e);
            String hint = folder ? null : FolderHint.of(policy, BuiltInPolicies.ids(loader));
            if (hint != null) {
                err.println("knigge: " + Printable.of(hint));
            }
            throw new Exit(ExitCodes.POLICY);
        }
    }
}
