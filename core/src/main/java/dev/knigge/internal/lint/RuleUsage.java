package dev.knigge.internal.lint;

import dev.knigge.internal.engine.ParsedRules;
import dev.knigge.internal.engine.RuleCompiler;
import dev.knigge.internal.engine.RuleMeta;
import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.policy.PolicyException.Problem;
import dev.knigge.request.RequestType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * What a policy's rules use, as far as their text shows: each rule id and where it is first
 * declared, the placeholder names each id passes to {@code Findings.raise}, and the parameters
 * the rules read. Read from the parse tree and the tokens of each fragment, never by running
 * anything.
 */
final class RuleUsage {
    /** Every valid rule id with the place of its first rule. */
    final Map<String, Site> ids = new LinkedHashMap<>();
    /** Every id written in an {@code @id}, valid or not, by file (to tell what a setting may name). */
    final Map<PolicyFile, Set<String>> writtenIds = new LinkedHashMap<>();
    /** Where each file's first rule of every id written in it is, by file (to say where a rule takes a parent's id). */
    final Map<PolicyFile, Map<String, Site>> firstRules = new LinkedHashMap<>();
    /** Placeholder names passed by the rules of each id. */
    final Map<String, Set<String>> fills = new HashMap<>();
    /** Ids with a rule whose placeholder names cannot be read (not string literals). */
    final Set<String> unreadableFills = new HashSet<>();
    /** Parameters read with a literal key, and where. */
    final Map<String, Site> reads = new LinkedHashMap<>();
    /** Parameters a computed key can name ({@code weeklyCap($type)}: every request type's cap). */
    final Set<String> computedReads = new LinkedHashSet<>();
    /** Prefixes of parameters read with a computed key ({@code integer("cap." + $type)}). */
    final Set<String> readPrefixes = new LinkedHashSet<>();
    /** Whether some rule reads a parameter whose key cannot be told at all. */
    boolean readsAnyParameter;
    /** Calls to {@code Findings.raise} that always fail. */
    final List<Problem> problems = new ArrayList<>();

    private RuleUsage() {}

    /** The usage of the parsed files, whose fragments are given. */
    static RuleUsage of(ParsedRules parsed, Map<PolicyFile, List<Fragment>> fragments) {
        RuleUsage usage = new RuleUsage();
        parsed.descriptions().forEach((file, pkg) -> usage.file(file, pkg, parsed, fragments.get(file)));
        return usage;
    }

    private void file(PolicyFile file, PackageDescr pkg, ParsedRules parsed, List<Fragment> fragments) {
        LineIndex lines = new LineIndex(file.text());
        Set<String> written = writtenIds.computeIfAbsent(file, f -> new LinkedHashSet<>());
        for (RuleDescr rule : pkg.getRules()) {
            RuleMeta meta = parsed.meta(rule);
            String id = meta != null ? meta.id() : writtenId(rule);
            if (id != null) {
                written.add(id);
                firstRules.computeIfAbsent(file, f -> new LinkedHashMap<>())
                        .putIfAbsent(id, new Site(file.origin(), rule.getLine(), rule.getColumn() + 1));
            }
            String spaced = meta == null ? RuleCompiler.spacedId(file, rule) : null;
            if (spaced != null) {
                // @id(ACME-SMALL GROUP) is refused; its messages are those of the id meant, ACME-SMALL-GROUP.
                written.add(spaced);
            }
            if (meta != null) {
                ids.putIfAbsent(id, new Site(file.origin(), rule.getLine(), rule.getColumn() + 1));
                fills.computeIfAbsent(id, i -> new LinkedHashSet<>());
            }
        }
        for (Fragment fragment : fragments) {
            RuleMeta meta = fragment.rule() == null ? null : parsed.meta(fragment.rule());
            if (fragment.kind() == Fragment.Kind.CONSEQUENCE) {
                List<Token> tokens = JavaLexer.tokens(fragment.text());
                raises(tokens, meta, file, fragment, lines);
                parameters(tokens, file, fragment, lines);
            } else if (fragment.kind() == Fragment.Kind.EXPRESSION) {
                parameters(JavaLexer.tokens(fragment.text()), file, fragment, lines);
            }
        }
    }

    private static String writtenId(RuleDescr rule) {
        AnnotationDescr annotation = rule.getAnnotation("id");
        Object value = annotation == null ? null : annotation.getValue();
        return value == null ? null : value.toString().replaceAll("[\\s\"]", "");
    }

    /** Reads every {@code Findings.raise(kcontext, "name", value, …)} of a consequence. */
    private void raises(List<Token> tokens, RuleMeta meta, PolicyFile file, Fragment fragment, LineIndex lines) {
        for (int i = 2; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).is("raise") || !tokens.get(i - 1).is(".") || !tokens.get(i - 2).is("Findings")
                    || !tokens.get(i + 1).is("(")) {
                continue;
            }
            List<int[]> arguments = Tokens.arguments(tokens, i + 1, Tokens.closing(tokens, i + 1));
            if (arguments.size() % 2 == 0 && !arguments.isEmpty()) {
                int[] last = arguments.get(arguments.size() - 1);
                Token name = tokens.get(last[0]);
                problems.add(new Problem(file.origin(), fragment.line(name.offset(), lines),
                        fragment.column(name.offset(), lines), "Findings.raise takes placeholder names and values"
                                + " in pairs, and " + name.text() + " has no value"));
            }
            for (int a = 1; a < arguments.size(); a += 2) {
                int[] range = arguments.get(a);
                Token name = tokens.get(range[0]);
                if (meta == null) {
                    continue;
                }
                if (range[1] - range[0] == 1 && name.isString()) {
                    fills.get(meta.id()).add(name.stringValue());
                } else {
                    unreadableFills.add(meta.id());
                }
            }
        }
    }

    /** Reads {@code integer("…")}, {@code decimal("…")} and {@code weeklyCap(…)} calls. */
    private void parameters(List<Token> tokens, PolicyFile file, Fragment fragment, LineIndex lines) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.isIdentifier() || !tokens.get(i + 1).is("(") || (i > 0 && tokens.get(i - 1).is("new"))) {
                continue;
            }
            int close = Tokens.closing(tokens, i + 1);
            List<int[]> arguments = Tokens.arguments(tokens, i + 1, close);
            switch (token.text()) {
                case "integer", "decimal" -> {
                    if (arguments.size() != 1) {
                        continue;
                    }
                    Token first = tokens.get(arguments.get(0)[0]);
                    int length = arguments.get(0)[1] - arguments.get(0)[0];
                    if (first.isString() && length == 1) {
                        reads.putIfAbsent(first.stringValue(), new Site(file.origin(),
                                fragment.line(first.offset(), lines), fragment.column(first.offset(), lines)));
                    } else if (first.isString() && tokens.get(arguments.get(0)[0] + 1).is("+")) {
                        readPrefixes.add(first.stringValue());
                    } else {
                        readsAnyParameter = true;
                    }
                }
                case "weeklyCap" -> {
                    if (arguments.size() != 1) {
                        continue;
                    }
                    int[] range = arguments.get(0);
                    Token last = tokens.get(range[1] - 1);
                    boolean constant = range[1] - range[0] >= 3 && tokens.get(range[1] - 2).is(".")
                            && tokens.get(range[1] - 3).is("RequestType") && last.isIdentifier();
                    if (constant) {
                        reads.putIfAbsent("cap.weekly." + last.text(), new Site(file.origin(),
                                fragment.line(token.offset(), lines), fragment.column(token.offset(), lines)));
                    } else {
                        for (RequestType type : RequestType.values()) {
                            computedReads.add("cap.weekly." + type.name());
                        }
                    }
                }
                case "values" -> readsAnyParameter |= i > 0 && tokens.get(i - 1).is(".");
                default -> {
                    // Not a parameter read.
                }
            }
        }
    }
}
