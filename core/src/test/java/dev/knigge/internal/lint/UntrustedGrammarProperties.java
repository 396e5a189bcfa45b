package dev.knigge.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.authoring.Derived;
import dev.knigge.authoring.Note;
import dev.knigge.policy.PolicyException;
import dev.knigge.request.Activity;
import dev.knigge.request.Group;
import dev.knigge.request.Recipient;
import dev.knigge.request.Relationship;
import dev.knigge.request.Requester;
import dev.knigge.request.ReviewRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The untrusted policy language as a grammar: rules generated from it — patterns on every fact,
 * constraints on every field of every type (read from the facts' accessors, so new fields are
 * covered), bindings, {@code not}, {@code exists}, Parameters accessors — lint clean and load
 * from disk; the same rules with one construct from outside the language put in anywhere are
 * refused by lint and by loading.
 */
class UntrustedGrammarProperties {
    private static final List<Class<?>> FACTS = List.of(ReviewRequest.class, Requester.class, Recipient.class,
            Relationship.class, Activity.class, Group.class, Note.class, Derived.class);
    /** Public no-argument methods that are no field: how a value is made, copied and printed. */
    private static final Set<String> NOT_FIELDS = Set.of("builder", "toBuilder", "toString", "hashCode", "equals");

    /** A generated rule, in parts, so a mutation can put something into any of them. */
    record Rule(List<String> preamble, List<String> metadata, List<String> patterns, String consequence) {
        String drl() {
            StringBuilder out = new StringBuilder("package generated;\n\nimport dev.knigge.authoring.*;\n");
            for (String type : List.of("RequestType", "Platform", "Account", "AddressForm", "ReviewRequest", "Requester",
                    "Recipient", "Relationship", "Activity", "Group")) {
                out.append("import dev.knigge.request.").append(type).append(";\n");
            }
            preamble.forEach(line -> out.append(line).append('\n'));
            out.append("\nrule \"T-GEN a generated rule\"\n    @id(T-GEN)\n    @severity(WARNING)\n");
            metadata.forEach(line -> out.append("    ").append(line).append('\n'));
            out.append("when\n");
            patterns.forEach(pattern -> out.append("    ").append(pattern).append('\n'));
            return out.append("then\n    ").append(consequence).append("\nend\n").toString();
        }

        Rule with(UnaryOperator<List<String>> preamble, UnaryOperator<List<String>> metadata,
                  UnaryOperator<List<String>> patterns, UnaryOperator<String> consequence) {
            return new Rule(preamble.apply(new ArrayList<>(this.preamble)), metadata.apply(new ArrayList<>(this.metadata)),
                    patterns.apply(new ArrayList<>(this.patterns)), consequence.apply(this.consequence));
        }
    }

    @Property(tries = 40)
    void aRuleFromTheGrammarLoadsFromDisk(@ForAll("rules") Rule rule) {
        Path folder = write(rule);
        try {
            assertThat(Policy.directory(folder).lint()).as(rule.drl()).isEmpty();
            assertThat(Advisor.builder().policy(Policy.directory(folder)).build().policyId()).isEqualTo("generated");
        } finally {
            delete(folder);
        }
    }

    @Property(tries = 300)
    void aRuleWithOneConstructFromOutsideTheGrammarIsRefused(@ForAll("mutants") Tuple.Tuple2<String, Rule> mutant) {
        Statistics.collect(mutant.get1());
        Path folder = write(mutant.get2());
        try {
            assertThat(Policy.directory(folder).lint()).as(mutant.get2().drl()).isNotEmpty();
            assertThatThrownBy(() -> Advisor.builder().policy(Policy.directory(folder)).build())
                    .isInstanceOf(PolicyException.class);
        } finally {
            delete(folder);
        }
    }

    @Provide
    Arbitrary<Rule> rules() {
        Arbitrary<List<String>> patterns = Arbitraries.of(FACTS).flatMap(UntrustedGrammarProperties::pattern)
                .list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<String> parameters = Arbitraries.of("$p : Parameters( $k : integer(\"k\") )",
                "$p : Parameters( $k : integer(\"k\"), decimal(\"k\") >= 0, has(\"k\") )",
                "$p : Parameters( integer(\"k\") * 2 > -1, $k : integer(\"k\") )");
        Arbitrary<String> consequences = Arbitraries.of(
                "Findings.raise(kcontext, \"k\", $k, \"cap\", $p.integer(\"k\"), \"n\", 3);",
                "Findings.raise(kcontext, \"n\", -1, \"s\", \"text\", \"k\", $k); // a comment",
                "Findings.raise(kcontext, \"k\", $k, \"d\", $p.decimal(\"k\"), \"none\", null);");
        return Combinators.combine(patterns, parameters, consequences).as((list, parameter, consequence) -> {
            List<String> all = new ArrayList<>();
            all.add(parameter);
            all.addAll(list);
            return new Rule(List.of(), List.of(), all, consequence);
        });
    }

    /** A pattern on a fact with up to three constraints on its fields, maybe under {@code not} or {@code exists}. */
    private static Arbitrary<String> pattern(Class<?> fact) {
        List<Method> fields = new ArrayList<>();
        for (Method accessor : fields(fact)) {
            if (constraints(accessor).length > 0) {
                fields.add(accessor);
            }
        }
        Arbitrary<String> constraint = Arbitraries.of(fields)
                .flatMap(field -> Arbitraries.of(constraints(field)));
        Arbitrary<String> body = constraint.list().ofMaxSize(3).map(list -> String.join(", ", list));
        return Combinators.combine(body, Arbitraries.of("", "not ", "exists ")).as((constraints, wrap) ->
                wrap + fact.getSimpleName() + "( " + constraints + " )");
    }

    /** A fact's fields: the public no-argument accessors it declares, by name. */
    private static List<Method> fields(Class<?> fact) {
        List<Method> fields = new ArrayList<>();
        for (Method method : fact.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && !method.isSynthetic() && method.getParameterCount() == 0 && method.getReturnType() != void.class
                    && !NOT_FIELDS.contains(method.getName())) {
                fields.add(method);
            }
        }
        fields.sort(Comparator.comparing(Method::getName));
        return fields;
    }

    /** Constraints a field of this type can have in the language. */
    private static String[] constraints(Method field) {
        String f = field.getName();
        Class<?> type = field.getReturnType();
        if (type == boolean.class) {
            return new String[] {f, "!" + f, f + " == true", f + " != false || " + f, "!(" + f + " || !" + f + ")"};
        }
        if (type == Boolean.class) {
            return new String[] {f + " == true", f + " != false", f + " == null", f + " != null && " + f + " == false"};
        }
        if (type == int.class) {
            return new String[] {f + " > 2", f + " <= 7", f + " != 0", f + " * 2 + 1 >= -3", f + " >= 0 && " + f + " < 100",
                "!(" + f + " > 2 && " + f + " < 5)"};
        }
        if (type == Integer.class || type == Double.class) {
            return new String[] {f + " != null && " + f + " < 3", f + " == null || " + f + " > 0.5", f + " == null"};
        }
        if (type == String.class) {
            return new String[] {f + " == \"x y\"", f + " != null", f + " == null || " + f + " != \"it's\""};
        }
        if (type.isEnum()) {
            Object[] values = type.getEnumConstants();
            String name = type.getSimpleName();
            String first = name + "." + ((Enum<?>) values[0]).name();
            String last = name + "." + ((Enum<?>) values[values.length - 1]).name();
            return new String[] {f + " == " + first, f + " in (" + first + ", " + last + ")", f + " not in (" + last + ")"};
        }
        if (Collection.class.isAssignableFrom(type) && field.getGenericReturnType() instanceof ParameterizedType generic
                && generic.getActualTypeArguments()[0] == String.class) {
            return new String[] {f + " contains \"x\"", "!" + f + ".isEmpty()", f + ".size() >= 1", f + " not contains \"y\"",
                "\"z\" memberOf " + f};
        }
        if (type.getPackageName().startsWith("dev.knigge")) {
            // A part of the request (or its declared answers): compared with null; facts are matched on their own.
            return new String[] {f + " != null", f + " == null || " + f + " != null"};
        }
        return new String[0];
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, Rule>> mutants() {
        return Combinators.combine(rules(), Arbitraries.integers().between(0, 999), Arbitraries.of(MUTATIONS))
                .as((rule, where, mutation) -> Tuple.of(mutation.name(), mutation.apply(rule, where)));
    }

    /** One construct from outside the language, put into a rule at a place the integer picks. */
    record Mutation(String name, java.util.function.BiFunction<Rule, Integer, Rule> change) {
        Rule apply(Rule rule, int where) {
            return change.apply(rule, where);
        }
    }

    private static Mutation pattern(String name, String extra) {
        return new Mutation(name, (rule, where) -> rule.with(UnaryOperator.identity(), UnaryOperator.identity(),
                patterns -> {
                    patterns.add(where % (patterns.size() + 1), extra);
                    return patterns;
                }, UnaryOperator.identity()));
    }

    private static Mutation constraint(String name, String fact, String constraint) {
        return pattern(name, fact + "( " + constraint + " )");
    }

    private static Mutation preamble(String name, String line) {
        return new Mutation(name, (rule, where) -> rule.with(list -> {
            list.add(line);
            return list;
        }, UnaryOperator.identity(), UnaryOperator.identity(), UnaryOperator.identity()));
    }

    private static Mutation metadata(String name, String line) {
        return new Mutation(name, (rule, where) -> rule.with(UnaryOperator.identity(), list -> {
            list.add(line);
            return list;
        }, UnaryOperator.identity(), UnaryOperator.identity()));
    }

    private static Mutation consequence(String name, UnaryOperator<String> change) {
        return new Mutation(name, (rule, where) -> rule.with(UnaryOperator.identity(), UnaryOperator.identity(),
                UnaryOperator.identity(), change));
    }

    /** Puts text at a place inside one of the patterns. */
    private static Mutation inside(String name, String text) {
        return new Mutation(name, (rule, where) -> rule.with(UnaryOperator.identity(), UnaryOperator.identity(),
                patterns -> {
                    int index = where % patterns.size();
                    String pattern = patterns.get(index);
                    int open = pattern.indexOf('(') + 1;
                    patterns.set(index, pattern.substring(0, open) + text + pattern.substring(open));
                    return patterns;
                }, UnaryOperator.identity()));
    }

    private static final List<Mutation> MUTATIONS = List.of(
            metadata("other metadata", "@x(1)"),
            metadata("code in metadata", "@evidence(java.lang.System.exit(1))"),
            metadata("salience", "salience 10"),
            metadata("no-loop", "no-loop true"),
            metadata("dialect", "dialect \"mvel\""),
            metadata("timer", "timer (int: 1s)"),
            metadata("enabled", "enabled (true)"),
            preamble("global", "global java.util.List seen;"),
            preamble("function", "function int f() { return 1; }"),
            preamble("import", "import java.util.List;"),
            preamble("wildcard import", "import java.io.*;"),
            preamble("declare", "declare Counter\n    n : int\nend"),
            preamble("query", "query q() Note() end"),
            preamble("package dialect", "dialect \"java\""),
            pattern("eval", "eval( true )"),
            pattern("accumulate", "accumulate( Note( $l : length ), $s : sum($l) )"),
            pattern("collect", "java.util.List() from collect( Note() )"),
            pattern("forall", "forall( Note() )"),
            pattern("pattern on another class", "Object()"),
            pattern("from a computed list", "$x : String() from java.util.List.of(\"a\")"),
            pattern("entry point", "Note() from entry-point \"x\""),
            constraint("matches", "Requester", "headline matches \"a\""),
            constraint("soundslike", "Requester", "headline soundslike \"a\""),
            constraint("a method call", "Requester", "headline.length() > 1"),
            constraint("a static call", "Note", "Math.max(length, 1) > 0"),
            constraint("new", "Note", "new Object() != null"),
            constraint("this", "Note", "this != null"),
            constraint("class", "ReviewRequest", "type.getClass() != null"),
            constraint("a positional constraint", "Note", "true;"),
            constraint("a variable without $", "Note", "len : length"),
            constraint("an unknown field", "Note", "lenght > 1"),
            constraint("System", "Note", "java.lang.System.nanoTime() > 0"),
            constraint("arithmetic on text", "Requester", "headline + 1 != null"),
            constraint("a number with a suffix", "Note", "length > 1L"),
            constraint("a string with an escape", "Requester", "headline == \"a\\tb\""),
            inside("a unicode escape", "\\u0020"),
            inside("a control character", "\u001b"),
            inside("a direction override", "\u202e"),
            inside("a backslash", "\\"),
            consequence("another statement", code -> "drools.halt(); " + code),
            consequence("a computed value", code -> code.replace("Findings.raise(kcontext", "Findings.raise(kcontext, \"v\","
                    + " String.valueOf(1)")),
            consequence("another call", code -> "System.out.println(1); " + code),
            consequence("a lambda", code -> code.replace("Findings.raise(kcontext", "Findings.raise(kcontext, \"v\","
                    + " java.util.stream.Stream.iterate(1, i -> i + 1).count()")),
            consequence("insert", code -> "insert(new Object()); " + code),
            consequence("a comment with a unicode line break", code -> "// \\u000a System.exit(1);\n    " + code),
            consequence("no semicolon", code -> code.substring(0, code.lastIndexOf(';'))));

    private static Path write(Rule rule) {
        try {
            Path folder = Files.createTempDirectory("knigge-grammar");
            Files.writeString(folder.resolve("policy.properties"), "id=generated\nversion=1\nlocales=en\nparam.k=2\n");
            Files.writeString(folder.resolve("messages_en.properties"),
                    "T-GEN.title=Generated\nT-GEN.reason=A generated rule fired.\nT-GEN.suggestion=None.\n");
            Files.writeString(folder.resolve("rules.drl"), rule.drl());
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @net.jqwik.api.Example
    void theGrammarConstrainsEveryFieldOfEveryFactButTheNotesSpans() {
        Set<String> uncovered = new TreeSet<>();
        for (Class<?> fact : FACTS) {
            for (Method accessor : fields(fact)) {
                if (constraints(accessor).length == 0) {
                    uncovered.add(fact.getSimpleName() + "." + accessor.getName());
                }
            }
        }
        assertThat(uncovered).containsExactly("Note.spans");
    }
}
