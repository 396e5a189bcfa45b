package dev.knigge.internal.engine;

import dev.knigge.advice.Severity;
import dev.knigge.internal.Suggestions;
import dev.knigge.internal.note.NoteFacts;
import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.policy.PolicyException.Problem;
import dev.knigge.policy.PolicyException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles a policy's DRL files into one rule base, or reports every problem as
 * {@code file:line:column: message}. Checks the metadata every rule needs ({@code @id},
 * {@code @severity}) before compiling, so a policy never half-loads.
 */
public final class RuleCompiler {
    /** What a rule id looks like: {@code GEN-VOLUME}, {@code ACME-ONE-2}. */
    public static final Pattern RULE_ID = Pattern.compile("[A-Z]+(-[A-Z0-9]+)+");
    /** What an {@code @unchecked} rule reports: {@code recipient-profile}, {@code note-language}. */
    static final Pattern UNCHECKED = Pattern.compile("[a-z]+(-[a-z0-9]+)*");
    /** Metadata keys the classic engine renames, so rules must not use them. */
    static final Set<String> RENAMED_KEYS = Set.of("description", "label");
    private static final Pattern STRICT_MODE = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");

    private RuleCompiler() {}

    /** Parses one DRL file; parse errors become problems. Returns {@code null} when it does not parse. */
    public static PackageDescr parse(PolicyFile file, List<Problem> problems) {
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(resource(file), new java.io.StringReader(file.text()));
        } catch (DroolsParserException e) {
            problems.add(new Problem(file.origin(), 0, 0, "does not parse: " + e.getMessage()));
            return null;
        } catch (StackOverflowError e) {
            // The parser recurses once per level of nesting: deeply nested text is refused, not fatal.
            problems.add(new Problem(file.origin(), 0, 0, "does not parse: it nests too deeply"));
            return null;
        }
        if (parser.hasErrors() || descr == null) {
            List<Problem> shape = DrlShape.problems(file);
            if (!shape.isEmpty()) {
                // The parser's errors are where it noticed the mistake, lines later; this is where it was made.
                problems.addAll(shape);
                return null;
            }
            SourceLocator locator = new SourceLocator(file.text());
            for (DroolsError error : parser.getErrors()) {
                int[] lines = error.getLines();
                int reported = lines != null && lines.length > 0 ? lines[0] : 0;
                if (error.getMessage().contains("Parser returned a null Package")) {
                    continue;
                }
                SourceLocator.Position at = locator.locate(reported, error.getMessage());
                problems.add(new Problem(file.origin(), at.line(), at.column(), parserMessage(error.getMessage())));
            }
            if (descr == null && problems.isEmpty()) {
                problems.add(new Problem(file.origin(), 0, 0, "does not parse"));
            }
            return null;
        }
        descr.setResource(resource(file));
        return descr;
    }

    /**
     * Parses every file and checks every rule's metadata ({@code @id}, {@code @severity},
     * {@code @evidence}, names); problems go to the list. Nothing is compiled or run.
     */
    public static ParsedRules parse(List<PolicyFile> files, List<Problem> problems) {
        return parse(files, file -> true, problems);
    }

    /**
     * Parses the files that may be parsed and checks every rule's metadata; the others count as
     * files that did not parse. Nothing is compiled or run.
     *
     * @param parseable which files the parser may read (untrusted text that failed its check may not)
     */
    public static ParsedRules parse(List<PolicyFile> files, Predicate<PolicyFile> parseable, List<Problem> problems) {
        Map<PolicyFile, PackageDescr> parsed = new LinkedHashMap<>();
        for (PolicyFile file : files) {
            PackageDescr descr = parseable.test(file) ? parse(file, problems) : null;
            if (descr != null) {
                parsed.put(file, descr);
            }
        }
        Map<String, RuleMeta> rules = new LinkedHashMap<>();
        Map<RuleDescr, RuleMeta> byDescr = new IdentityHashMap<>();
        parsed.forEach((file, descr) -> {
            for (RuleDescr rule : descr.getRules()) {
                RuleMeta meta = meta(file, descr, rule, problems);
                if (meta == null) {
                    continue;
                }
                byDescr.put(rule, meta);
                RuleMeta twin = rules.put(RuleMeta.key(meta.packageName(), meta.name()), meta);
                if (twin != null) {
                    problems.add(new Problem(file.origin(), rule.getLine(), rule.getColumn() + 1,
                            "a rule named \"" + meta.name() + "\" already exists in package " + meta.packageName()
                                    + " (" + twin.origin() + ":" + twin.line() + ")"));
                }
            }
        });
        return new ParsedRules(files, parsed, rules, byDescr);
    }

    /**
     * Compiles the files into one rule base.
     *
     * @throws PolicyException listing every problem in every file
     */
    public static CompiledRules compile(List<PolicyFile> files, ClassLoader loader) {
        List<Problem> problems = new ArrayList<>();
        ParsedRules parsed = parse(files, problems);
        CompiledRules compiled = compile(parsed, Set.of(), loader, problems);
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> a.file().equals(b.file()) ? Integer.compare(a.line(), b.line())
                    : a.file().compareTo(b.file()));
            throw new PolicyException(problems);
        }
        return compiled;
    }

    /**
     * Compiles the files that parsed, even when some did not or a rule's metadata is wrong, so
     * every compile error is reported too; problems go to the list. The rules of untrusted files
     * are checked once more as compiled ({@link CompiledRulesCheck}) before the rule base is made.
     *
     * @param untrusted the files held to the untrusted policy language
     * @return the rule base, or {@code null} when there were problems before or during compiling
     */
    public static CompiledRules compile(ParsedRules parsed, Set<PolicyFile> untrusted, ClassLoader loader,
                                        List<Problem> problems) {
        boolean clean = problems.isEmpty();
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader);
        EagerJavaDialect.install(conf.as(org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl.KEY));
        // Facts are immutable and never modified in a session, so property reactivity buys
        // nothing; off, Drools also stops warning about constraints it cannot track by property.
        conf.setOption(org.kie.internal.builder.conf.PropertySpecificOption.ALLOWED);
        // The constraint expressions are parsed at the level the untrusted check parses them at.
        conf.setOption(DrlParser.DEFAULT_LANGUAGE_LEVEL);
        KnowledgeBuilderImpl builder = (KnowledgeBuilderImpl) KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        Map<Resource, PolicyFile> byResource = new IdentityHashMap<>();
        parsed.descriptions().forEach((file, descr) -> {
            byResource.put(descr.getResource(), file);
            builder.addPackage(descr);
        });
        List<Problem> found = new ArrayList<>();
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
            found.add(problem(result, byResource, parsed.files(), loader));
        }
        if (found.isEmpty() && !untrusted.isEmpty()) {
            verify(builder, byResource, untrusted, parsed, found);
        }
        problems.addAll(found);
        if (!clean || !found.isEmpty()) {
            return null;
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(
                org.drools.core.impl.RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
        base.addPackages(builder.getKnowledgePackages());
        Map<String, RuleMeta> compiled = new HashMap<>();
        for (var pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleMeta meta = parsed.rules().get(RuleMeta.key(rule.getPackageName(), rule.getName()));
                if (meta != null) {
                    compiled.put(RuleMeta.key(rule.getPackageName(), rule.getName()), meta);
                }
            }
        }
        return new CompiledRules(base, compiled);
    }

    /** The second check of every compiled untrusted rule, before any of its classes is loaded into a rule base. */
    private static void verify(KnowledgeBuilderImpl builder, Map<Resource, PolicyFile> byResource,
                               Set<PolicyFile> untrusted, ParsedRules parsed, List<Problem> found) {
        for (var knowledgePackage : builder.getKnowledgePackages()) {
            InternalKnowledgePackage pkg = (InternalKnowledgePackage) knowledgePackage;
            for (Rule rule : pkg.getRules()) {
                RuleImpl compiled = (RuleImpl) rule;
                PolicyFile file = fileOf(compiled.getResource(), byResource, parsed.files());
                if (file == null || !untrusted.contains(file)) {
                    continue;
                }
                RuleMeta meta = parsed.rules().get(RuleMeta.key(rule.getPackageName(), rule.getName()));
                for (String problem : CompiledRulesCheck.problems(compiled, pkg)) {
                    found.add(new Problem(file.origin(), meta == null ? 0 : meta.line(), meta == null ? 0 : 1,
                            "rule \"" + rule.getName() + "\": " + problem + ", which the untrusted policy language"
                                    + " does not allow"));
                }
            }
        }
    }

    private static RuleMeta meta(PolicyFile file, PackageDescr pkg, RuleDescr rule, List<Problem> problems) {
        int line = rule.getLine();
        int column = rule.getColumn() + 1;
        String where = "rule \"" + rule.getName() + "\"";
        boolean ok = true;
        for (String key : rule.getAnnotationNames()) {
            if (RENAMED_KEYS.contains(key)) {
                AnnotationDescr annotation = rule.getAnnotation(key);
                problems.add(new Problem(file.origin(), annotation.getLine() > 0 ? annotation.getLine() : line,
                        annotation.getLine() > 0 ? annotation.getColumn() + 1 : column,
                        where + ": metadata key @" + key + " is renamed by the engine; use another name"));
                ok = false;
            }
        }
        String id = value(rule, "id");
        String severityText = value(rule, "severity");
        if (id == null) {
            problems.add(new Problem(file.origin(), line, column, where + " has no @id(…); every rule needs one"));
            ok = false;
        } else if (spacedId(file, rule) != null) {
            AnnotationDescr annotation = rule.getAnnotation("id");
            problems.add(new Problem(file.origin(), annotation.getLine() > 0 ? annotation.getLine() : line,
                    annotation.getLine() > 0 ? annotation.getColumn() + 1 : column, where + ": @id(…) holds a space;"
                    + " a rule id is upper-case words joined by -, like " + spacedId(file, rule)));
            ok = false;
        } else if (!RULE_ID.matcher(id).matches()) {
            problems.add(new Problem(file.origin(), line, column, where + ": @id(" + id
                    + ") is not a rule id like GEN-VOLUME (upper-case words joined by -)"));
            ok = false;
        }
        String unchecked = value(rule, "unchecked");
        Severity severity = null;
        if (unchecked != null) {
            if (!UNCHECKED.matcher(unchecked).matches()) {
                problems.add(new Problem(file.origin(), line, column, where + ": @unchecked(" + unchecked
                        + ") is not a name like recipient-profile (small words joined by -)"));
                ok = false;
            }
            if (severityText != null || value(rule, "evidence") != null) {
                problems.add(new Problem(file.origin(), line, column, where + " has @unchecked(…): it reports what "
                        + "could not be judged and raises no finding, so it takes no @severity or @evidence"));
                ok = false;
            }
        } else if (severityText == null) {
            problems.add(new Problem(file.origin(), line, column,
                    where + " has no @severity(…); use one of " + Arrays.toString(Severity.values())
                            + " (or @unchecked(…) for a rule that reports what could not be judged)"));
            ok = false;
        } else {
            for (Severity candidate : Severity.values()) {
                if (candidate.name().equals(severityText)) {
                    severity = candidate;
                }
            }
            if (severity == null) {
                problems.add(new Problem(file.origin(), line, column, where + ": @severity(" + severityText
                        + ") is not one of " + Arrays.toString(Severity.values())));
                ok = false;
            }
        }
        String evidence = value(rule, "evidence");
        if (evidence != null && !NoteFacts.EVIDENCE.contains(evidence)) {
            problems.add(new Problem(file.origin(), line, column, where + ": @evidence(" + evidence
                    + ") names no note fact" + Suggestions.didYouMean(evidence, NoteFacts.EVIDENCE)
                    + "; one of " + new TreeSet<>(NoteFacts.EVIDENCE)));
            ok = false;
        }
        return ok ? new RuleMeta(id, severity, unchecked == null ? evidence : null, unchecked, pkg.getNamespace(),
                rule.getName(), file.origin(), line) : null;
    }

    /** {@code @id(ACME-SMALL GROUP)}: the engine reads the value with its space dropped, so it is read from the file. */
    private static final Pattern WRITTEN_ID = Pattern.compile("@\\s*id\\s*\\(([^)]*)\\)");

    /**
     * The id a rule's {@code @id} means when it is written with a space ({@code @id(ACME-SMALL GROUP)}
     * means {@code ACME-SMALL-GROUP}), or {@code null} when it has none. Such an id is refused; lint
     * reads the rule's messages under the id meant.
     */
    public static String spacedId(PolicyFile file, RuleDescr rule) {
        String written = writtenId(file, rule.getAnnotation("id"));
        return written == null || !written.matches(".*\\S\\s+\\S.*") ? null
                : written.strip().replaceAll("\\s+", "-");
    }

    private static String writtenId(PolicyFile file, AnnotationDescr annotation) {
        if (annotation == null || annotation.getLine() <= 0) {
            return null;
        }
        String text = file.text();
        int start = 0;
        for (int line = 1; line < annotation.getLine(); line++) {
            start = text.indexOf('\n', start) + 1;
            if (start == 0) {
                return null;
            }
        }
        int end = text.indexOf('\n', start);
        Matcher matcher = WRITTEN_ID.matcher(text).region(start, end < 0 ? text.length() : end);
        return matcher.find() ? matcher.group(1).replace("\"", "") : null;
    }

    private static String value(RuleDescr rule, String key) {
        AnnotationDescr annotation = rule.getAnnotation(key);
        if (annotation == null) {
            return null;
        }
        Object value = annotation.getSingleValueStripped();
        if (value == null) {
            value = annotation.getValue();
        }
        if (value == null) {
            return "";
        }
        String text = value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.replaceAll("\\s+", "");
    }

    /** The file a compiled resource came from: the same resource, or one with its path. */
    private static PolicyFile fileOf(Resource resource, Map<Resource, PolicyFile> byResource, List<PolicyFile> files) {
        PolicyFile file = byResource.get(resource);
        if (file == null && resource != null) {
            for (PolicyFile candidate : files) {
                if (candidate.origin().equals(resource.getSourcePath())) {
                    file = candidate;
                }
            }
        }
        return file;
    }

    private static Problem problem(KnowledgeBuilderResult result, Map<Resource, PolicyFile> byResource,
                                   List<PolicyFile> files, ClassLoader loader) {
        PolicyFile file = fileOf(result.getResource(), byResource, files);
        int[] lines = result.getLines();
        int reported = lines != null && lines.length > 0 ? lines[0] : 0;
        String message = result.getMessage();
        if (file == null) {
            return new Problem(files.isEmpty() ? "policy" : files.get(0).origin(), reported, 0, firstLine(message));
        }
        SourceLocator.Position at = new SourceLocator(file.text()).locate(reported, message);
        return new Problem(file.origin(), at.line(), at.column(), friendly(message, loader));
    }

    /** Drools' message, shortened to what a rule author needs. */
    static String friendly(String message, ClassLoader loader) {
        Matcher strict = STRICT_MODE.matcher(message);
        if (strict.find()) {
            String type = strict.group(1);
            String field = strict.group(2);
            String simple = type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
            List<String> known = properties(type, loader);
            return "unknown field '" + field + "' on " + simple + Suggestions.didYouMean(field, known);
        }
        String first = firstLine(message);
        first = first.replaceFirst("^Rule Compilation error\\s*", "");
        first = first.replaceFirst("^Unable to Analyse Expression\\s*", "cannot analyse ");
        return first;
    }

    private static List<String> properties(String type, ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try {
            Class<?> cls = Class.forName(type, false, loader);
            names.addAll(FactTypes.accessors(cls).keySet());
            for (Method method : cls.getMethods()) {
                if (Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
                    continue;
                }
                String name = method.getName();
                if (name.startsWith("get") && name.length() > 3 && method.getParameterCount() == 0) {
                    names.add(Character.toLowerCase(name.charAt(3)) + name.substring(4));
                } else if (name.startsWith("is") && name.length() > 2 && method.getParameterCount() == 0) {
                    names.add(Character.toLowerCase(name.charAt(2)) + name.substring(3));
                }
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // No suggestions, then.
        }
        return names;
    }

    private static String parserMessage(String message) {
        String text = firstLine(message).replaceFirst("^\\[ERR \\d+\\]\\s*", "");
        return text.replaceFirst("^[Ll]ine \\d+:\\d+\\s*", "");
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }

    private static Resource resource(PolicyFile file) {
        Resource resource = ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8));
        resource.setSourcePath(file.origin());
        return resource;
    }
}
