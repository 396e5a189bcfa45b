package dev.knigge.lint;

import static dev.knigge.lint.TestPolicy.RULE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.PolicyException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DRL allow-list: a policy from disk that reaches outside the review is refused, by lint and
 * when an Advisor loads it, and accepted when marked trusted.
 */
class AllowListTest {
    private static final String RAISE = "Findings.raise(kcontext, \"limit\", $limit);";

    @TempDir
    Path dir;

    private String rules() {
        return dir.resolve("rules.drl").toString();
    }

    /** The policy with this DRL after the header: refused from disk, with exactly these problems. */
    private Path refused(String drl, String... expected) {
        Path folder = TestPolicy.in(dir).rules(drl).write();
        List<String> problems = PolicyLint.check(folder, false).stream().map(Object::toString).toList();
        List<String> expectedProblems = Arrays.stream(expected).map(problem -> rules() + problem).toList();
        assertThat(problems).containsExactlyElementsOf(expectedProblems);
        PolicyException refused = assertThrows(PolicyException.class,
                () -> Advisor.builder().policy(Policy.directory(folder)).build());
        assertThat(refused.problems()).extracting(Object::toString).containsExactlyElementsOf(expectedProblems);
        return folder;
    }

    /** Refused from disk, and accepted by lint and loading when trusted. */
    private void refusedUnlessTrusted(String drl, String... expected) {
        Path folder = refused(drl, expected);
        assertThat(PolicyLint.check(folder, true)).isEmpty();
        assertThat(PolicyLint.check(Policy.directory(folder).trusted())).isEmpty();
        Advisor trusted = Advisor.builder().policy(Policy.directory(folder).trusted()).build();
        assertThat(trusted.policyId()).isEqualTo("clean");
    }

    private static String consequence(String code) {
        return RULE.replace(RAISE, code);
    }

    @Nested
    class ReachingOutsideTheReview {
        @Test
        void refusesFileAccess() {
            refusedUnlessTrusted(consequence("Findings.raise(kcontext, \"limit\", new java.io.File(\"/etc/passwd\").exists());"),
                    ":14:43: java.io.File is not allowed in a policy from disk (file access)");
        }

        @Test
        void refusesNetworkAccess() {
            refusedUnlessTrusted(consequence("Findings.raise(kcontext, \"limit\", java.net.InetAddress.getLoopbackAddress());"),
                    ":14:39: java.net.InetAddress is not allowed in a policy from disk (network access)");
        }

        @Test
        void refusesRunningProcesses() {
            refusedUnlessTrusted(consequence("Findings.raise(kcontext, \"limit\", Runtime.getRuntime().availableProcessors());"),
                    ":14:39: java.lang.Runtime is not allowed in a policy from disk (running processes)");
        }

        @Test
        void refusesStartingAProcess() {
            refusedUnlessTrusted(consequence("Findings.raise(kcontext, \"limit\", new ProcessBuilder(\"true\").command());"),
                    ":14:43: java.lang.ProcessBuilder is not allowed in a policy from disk (running processes)");
        }

        @Test
        void refusesReflection() {
            refusedUnlessTrusted(consequence("Findings.raise(kcontext, \"limit\", \"x\".getClass().getName());"),
                    ":14:43: getClass() is not allowed in a policy from disk (reflection)");
        }

        @Test
        void refusesLoadingAClassByName() {
            refusedUnlessTrusted(consequence("Findings.raise(kcontext, \"limit\", Class.forName(\"java.lang.Runtime\").getName());"),
                    ":14:39: java.lang.Class is not allowed in a policy from disk (reflection)",
                    ":14:45: forName() is not allowed in a policy from disk (class loading)");
        }

        @Test
        void refusesSystem() {
            refusedUnlessTrusted(consequence("Findings.raise(kcontext, \"limit\", System.getenv(\"HOME\"));"),
                    ":14:39: java.lang.System is not allowed in a policy from disk (system access: environment,"
                            + " properties, exit)");
        }

        @Test
        void refusesThreads() {
            refusedUnlessTrusted(consequence("Findings.raise(kcontext, \"limit\", Thread.currentThread().getName());"),
                    ":14:39: java.lang.Thread is not allowed in a policy from disk (threads)");
        }

        @Test
        void refusesClassLoaders() {
            refusedUnlessTrusted(consequence("Findings.raise(kcontext, \"limit\", ClassLoader.getPlatformClassLoader().getName());"),
                    ":14:39: java.lang.ClassLoader is not allowed in a policy from disk (class loading)");
        }

        @Test
        void refusesFunctionBlocks() {
            refusedUnlessTrusted("function int twice(int x) {\n    return x * 2;\n}\n\n"
                            + consequence("Findings.raise(kcontext, \"limit\", twice($limit));"),
                    ":6:1: function blocks are not allowed in a policy from disk: function twice (derived facts are"
                            + " computed in Java; a function can loop where nothing stops it)");
        }

        @Test
        void refusesLoops() {
            refusedUnlessTrusted(consequence("for (int i = 0; i < $limit; i++) {\n        " + RAISE + "\n    }"),
                    ":14:5: loops are not allowed in a policy from disk: 'for' (a loop inside a rule cannot be stopped)");
        }

        @Test
        void refusesGlobals() {
            refusedUnlessTrusted("global java.util.List seen;\n\n" + RULE,
                    ":6:1: globals are not allowed in a policy from disk: global java.util.List seen (rules read"
                            + " everything from facts and Parameters)");
        }
    }

    @Nested
    class EveryPartOfTheDrlIsChecked {
        @Test
        void imports() {
            refused("import java.io.*;\n\n" + RULE,
                    ":6:8: import java.io.* is not allowed in a policy from disk (file access)");
        }

        @Test
        void ruleMetadataWhichTheCompilerEvaluates() {
            refused(RULE.replace("@id(T-ONE)", "@id(T-ONE)\n    @checked(System.getenv(\"HOME\"))"),
                    ":8:14: java.lang.System is not allowed in a policy from disk (system access: environment,"
                            + " properties, exit)");
        }

        @Test
        void ruleAttributes() {
            refused(RULE.replace("@severity(WARNING)\n", "@severity(WARNING)\n    salience (Runtime.getRuntime().availableProcessors())\n"),
                    ":9:15: java.lang.Runtime is not allowed in a policy from disk (running processes)");
        }

        @Test
        void constraintsAndEval() {
            refused(RULE.replace("Activity( similarSentLast7Days >= $limit )",
                            "Activity( similarSentLast7Days >= $limit, Thread.activeCount() > 0 )\n    eval( System.nanoTime() > 0 )"),
                    ":12:47: java.lang.Thread is not allowed in a policy from disk (threads)",
                    ":13:11: java.lang.System is not allowed in a policy from disk (system access: environment,"
                            + " properties, exit)");
        }

        @Test
        void fromAccumulateAndCollect() {
            refused(RULE.replace("Activity( similarSentLast7Days >= $limit )",
                            "$names : java.util.List() from collect( Note() )\n"
                                    + "    $n : Number() from accumulate( Activity( $s : similarSentLast7Days ),"
                                    + " init( int c = 0; ), action( c++; ), result( c ) )\n"
                                    + "    String() from java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"))"),
                    ":13:81: accumulate with init/action/result code is not allowed in a policy from disk; use count, sum,"
                            + " min, max, average, collectList or collectSet",
                    ":14:19: java.nio.file.Files is not allowed in a policy from disk (file access)",
                    ":14:50: java.nio.file.Path is not allowed in a policy from disk (file access)");
        }

        @Test
        void regularExpressionsThatRunOverRequestText() {
            refused(RULE.replace("Request( type == RequestType.CONNECTION )",
                            "Request( type == RequestType.CONNECTION )\n    Requester( headline matches \"(\\\\w+\\\\s?)*!\" )"),
                    ":11:33: regular expression (\\w+\\s?)*! can backtrack catastrophically: (\\w+\\s?)* repeats \\w+"
                            + " next to itself, so one text can be split between the repetitions in very many ways");
        }

        @Test
        void patternTypes() {
            refused(RULE.replace("Request( type == RequestType.CONNECTION )",
                            "Request( type == RequestType.CONNECTION )\n    Runtime()"),
                    ":11:5: java.lang.Runtime is not allowed in a policy from disk (running processes)");
        }

        @Test
        void typeDeclarations() {
            refused("declare Counter\n    count : int\nend\n\n" + RULE,
                    ":6:9: type declarations are not allowed in a policy from disk: declare Counter (rules use"
                            + " Knigge's facts)");
        }

        @Test
        void thePackageName() {
            Path folder = TestPolicy.in(dir).with("rules.drl", TestPolicy.HEADER.replace("lint.test", "dev.knigge.authoring")
                    + RULE).write();
            assertThat(PolicyLint.check(folder, false)).extracting(Object::toString).containsExactly(rules()
                    + ":1:9: package dev.knigge.authoring is not allowed in a policy from disk (the rules' code would join"
                    + " that package); use a package of your own");
        }
    }

    @Nested
    class Consequences {
        @Test
        void changingFactsIsRefused() {
            refused(RULE.replace("Request( type", "$r : Request( type").replace(RAISE, RAISE + "\n    retract($r);"),
                    ":15:5: 'retract' is not allowed in a policy from disk: facts are Knigge's snapshot of the request,"
                            + " and rules only read them");
        }

        @Test
        void theRuleContextIsOnlyForFindingsRaise() {
            refused(consequence(RAISE + "\n    drools.halt();"),
                    ":15:5: 'drools' is not allowed in a policy from disk; a consequence passes kcontext to"
                            + " Findings.raise and uses it for nothing else");
        }

        @Test
        void anyOtherStatementIsRefused() {
            refused(consequence("int twice = $limit * 2;\n    Findings.raise(kcontext, \"limit\", twice);"),
                    ":14:5: a consequence may only call Findings.raise(kcontext, …), insert(new …) or"
                            + " insertLogical(new …)");
        }

        @Test
        void insertTakesAKniggeFact() {
            refused(consequence(RAISE + "\n    insertLogical(new java.util.ArrayList());"),
                    ":15:19: insertLogical(…) takes a new fact of one of Knigge's authoring types, as in"
                            + " insertLogical(new Note(…))");
        }

        @Test
        void lambdasAndMethodReferencesWhichLibraryMethodsCanRunWithoutEnd() {
            refused(consequence("Findings.raise(kcontext, \"limit\", java.util.List.of(1).stream()"
                            + ".iterate(1, x -> x + 1).map(String::valueOf).findFirst());"),
                    ":14:82: lambdas are not allowed in a policy from disk: '->' (a library method can run it without"
                            + " end, as Stream.iterate does)",
                    ":14:102: method references are not allowed in a policy from disk: '::' (a library method can run"
                            + " it without end, as Stream.iterate does)");
        }

        @Test
        void anonymousClassesWhoseMethodsCanRecurse() {
            refused(consequence("Findings.raise(kcontext, \"limit\", new Object() { public String toString() {"
                            + " return toString(); } });"),
                    ":14:39: anonymous classes are not allowed in a policy from disk (their methods can call themselves"
                            + " without end)");
        }

        @Test
        void unicodeEscapesAreReadAsTheCompilerReadsThem() {
            refused(consequence("Findings.raise(kcontext, \"limit\", \\u0053ystem.getenv(\"HOME\"));"),
                    ":14:39: java.lang.System is not allowed in a policy from disk (system access: environment,"
                            + " properties, exit)");
        }

        @Test
        void stringsAndCommentsAreNotCode() {
            Path folder = TestPolicy.in(dir).rules(consequence(
                    "Findings.raise(kcontext, \"limit\", \"System.exit(0)\"); // Runtime.getRuntime().exec(\"rm\")\n"
                            + "    /* java.io.File */")).write();
            assertThat(PolicyLint.check(folder, false)).isEmpty();
        }
    }

    @Test
    void aPolicyWithinTheAllowListLoadsFromDisk() {
        Path folder = TestPolicy.in(dir).rules(RULE.replace("Request( type == RequestType.CONNECTION )",
                "Request( type == RequestType.CONNECTION, java.util.List.of(\"x\").size() == 1 )\n"
                        + "    Note( language == null || language.matches(\"(?i)en|de\") )")).write();
        assertThat(PolicyLint.check(folder, false)).isEmpty();
        assertThat(Advisor.builder().policy(Policy.directory(folder)).build().policyId()).isEqualTo("clean");
    }
}
