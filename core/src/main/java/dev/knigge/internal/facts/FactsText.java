package dev.knigge.internal.facts;

import dev.knigge.internal.facts.FactReference.Accessor;
import dev.knigge.internal.facts.FactReference.Fact;
import dev.knigge.internal.facts.FactReference.Field;
import dev.knigge.internal.facts.FactReference.LexiconKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The fact reference as text for a terminal ({@code knigge facts}) and as Markdown
 * ({@code docs/facts.md}, {@code knigge facts --format markdown}). {@link #main} writes
 * {@code docs/facts.md}.
 */
public final class FactsText {
    /** Where the Markdown lives in the repository, from its root. */
    public static final String DOCUMENT = "docs/facts.md";
    /** How to make {@link #DOCUMENT} again, for the test that keeps it current. */
    public static final String REGENERATE = "java -jar cli/target/knigge.jar facts --format markdown > docs/facts.md"
            + " (or run dev.knigge.internal.facts.FactsText's main from the repository's root)";

    private FactsText() {}

    /** Writes {@link #DOCUMENT} under the folder given (default: the current one, the repository's root). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Files.writeString(root.resolve(DOCUMENT), markdown(FactReference.load()), StandardCharsets.UTF_8);
    }

    /** Every fact with its fields, then the {@code Parameters} accessors, for a terminal. */
    public static String text(FactReference reference) {
        StringBuilder out = new StringBuilder();
        out.append("The facts a rule's patterns match, each field with its type, whether it may be null, what it means"
                + " and where it comes from.\nUnknown values are null: test them as connectedDays != null &&"
                + " connectedDays < $days, and a Boolean as field == true or field == false.\n");
        for (Fact fact : reference.facts()) {
            out.append('\n').append(fact.name()).append(": ").append(fact.meaning()).append('\n');
            for (Field field : fact.fields()) {
                out.append("  ").append(field.name()).append(": ").append(field.type());
                if (!field.values().isEmpty()) {
                    out.append(" (").append(String.join(", ", field.values())).append(')');
                }
                out.append(field.nullable() ? ", may be null: " + field.nullWhen() : ", never null").append('\n');
                out.append("      ").append(field.meaning()).append('\n');
                out.append("      source: ").append(field.source()).append('\n');
            }
            for (Accessor accessor : fact.accessors()) {
                out.append("  ").append(accessor.name()).append('(').append(accessor.argument()).append("): ")
                        .append(accessor.returns()).append('\n');
                out.append("      ").append(accessor.meaning()).append('\n');
                out.append("      e.g. ").append(accessor.example()).append('\n');
            }
        }
        return out.toString();
    }

    /** Every lexicon key with the Note fields it sets; with a policy, which of its languages define each. */
    public static String lexiconText(FactReference reference, PolicyLexicons policy) {
        StringBuilder out = new StringBuilder();
        out.append("The keys a lexicon file (lexicon/<language>.properties) may define, each with the Note fields"
                + " it sets");
        if (policy != null) {
            out.append(",\nand the languages of ").append(policy.policy()).append(' ').append(policy.version())
                    .append(" that define it (its lexicons: ").append(list(policy.languages())).append(')');
        }
        out.append(".\n\nDetectors: their phrases set a Note reading.\n");
        keys(out, reference, policy, true);
        out.append("\nWord lists: they serve the analyzer itself.\n");
        keys(out, reference, policy, false);
        out.append("\nWord classes: class.<name> lists words that phrases name as <name>"
                + " (\"<perceive> your <work>\"): a name of ASCII letters and digits that starts with a small letter;"
                + " <Name> is no class but a proper name.\n");
        if (policy != null) {
            out.append("  ").append(policy.policy()).append(" defines:");
            if (policy.classes().isEmpty()) {
                out.append(" none");
            }
            out.append('\n');
            for (String key : policy.classes()) {
                out.append("    ").append(key).append("  (").append(list(policy.languagesOf(key))).append(")\n");
            }
        }
        return out.toString();
    }

    private static void keys(StringBuilder out, FactReference reference, PolicyLexicons policy, boolean detectors) {
        for (LexiconKey key : reference.lexiconKeys()) {
            if (key.detector() != detectors) {
                continue;
            }
            out.append("  ").append(key.key()).append(" -> ").append(String.join(", ", key.sets())).append('\n');
            out.append("      ").append(key.meaning()).append('\n');
            if (policy != null) {
                out.append("      defined in: ").append(list(policy.languagesOf(key.key()))).append('\n');
            }
        }
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }

    /** The whole reference, facts and lexicon keys, as the Markdown of {@link #DOCUMENT}. */
    public static String markdown(FactReference reference) {
        StringBuilder out = new StringBuilder();
        out.append("<!-- Generated from core/src/main/resources/knigge/facts.properties and the fact classes;"
                + " do not edit.\n     Regenerate: ").append(REGENERATE).append(" -->\n\n");
        out.append("# The facts DRL rules see\n\n");
        out.append("Every fact type a rule's patterns match, with each field: its type, whether it may be `null`"
                + " (and when), what it means, and where it comes from — the request's JSON field (request format"
                + " v1), or how Knigge derives it. Names, types and nullability are read from the classes lint"
                + " checks rules against; `knigge facts` prints the same (`--format json` for tools).\n\n");
        out.append("Unknown values are `null`, and a rule that needs one stays silent: write"
                + " `connectedDays != null && connectedDays < $days`, and test a `Boolean` that may be `null` as"
                + " `field == true` or `field == false` (`!field` fails the review when it is `null`).\n");
        for (Fact fact : reference.facts()) {
            out.append("\n## ").append(fact.name()).append("\n\n").append(capitalized(fact.meaning()))
                    .append(".\n\n");
            if (!fact.fields().isEmpty()) {
                out.append("| field | type | may be null | meaning | source |\n|---|---|---|---|---|\n");
                for (Field field : fact.fields()) {
                    String type = field.type() + (field.values().isEmpty() ? ""
                            : ": " + String.join(", ", field.values().stream().map(v -> "`" + v + "`").toList()));
                    out.append("| `").append(field.name()).append("` | ").append(cell(type)).append(" | ")
                            .append(field.nullable() ? "yes: " + cell(field.nullWhen()) : "no").append(" | ")
                            .append(cell(field.meaning())).append(" | ").append(cell(source(field.source())))
                            .append(" |\n");
                }
            }
            if (!fact.accessors().isEmpty()) {
                out.append("| accessor | returns | what it does | example |\n|---|---|---|---|\n");
                for (Accessor accessor : fact.accessors()) {
                    out.append("| `").append(accessor.name()).append('(').append(accessor.argument()).append(")` | ")
                            .append(accessor.returns()).append(" | ").append(cell(accessor.meaning())).append(" | `")
                            .append(accessor.example().replace("|", "\\|")).append("` |\n");
                }
            }
        }
        out.append('\n').append(lexiconMarkdown(reference));
        return out.toString();
    }

    /** The lexicon keys as the Markdown section of {@link #DOCUMENT}. */
    public static String lexiconMarkdown(FactReference reference) {
        StringBuilder out = new StringBuilder();
        out.append("## Lexicon keys\n\n");
        out.append("The keys a lexicon file (`lexicon/<language>.properties`) may define, with the `Note` fields"
                + " each sets; any other key is a lint problem. `knigge facts --lexicon --policy P` adds which of a"
                + " policy's languages define each.\n\n");
        out.append("| key | kind | sets | entries |\n|---|---|---|---|\n");
        for (LexiconKey key : reference.lexiconKeys()) {
            out.append("| `").append(key.key()).append("` | ").append(key.detector() ? "detector" : "word list")
                    .append(" | ").append(String.join(", ", key.sets().stream()
                            .map(s -> s.equals(FactReference.EVERY_DETECTOR) ? s : "`" + s + "`").toList()))
                    .append(" | ").append(cell(key.meaning())).append(" |\n");
        }
        out.append("| `class.<name>` | word class | — | words that phrases name as `<name>`"
                + " (`<perceive> your <work>`): a name of ASCII letters and digits that starts with a small letter;"
                + " `<Name>` is no class but a proper name |\n");
        return out.toString();
    }

    /** A source with its JSON paths as code: {@code $.relationship.degree (default 0)}. */
    private static String source(String source) {
        return source.replaceAll("(\\$\\.[A-Za-z0-9.]+[A-Za-z0-9])", "`$1`");
    }

    private static String cell(String text) {
        // Outside code, < would open an HTML tag (lexicon/<language>.properties).
        return text.replace("|", "\\|").replace("<", "&lt;").replace("\n", " ");
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
