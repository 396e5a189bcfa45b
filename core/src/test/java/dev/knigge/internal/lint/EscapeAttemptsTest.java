package dev.knigge.internal.lint;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.knigge.Advisor;
import dev.knigge.AdvisorListener;
import dev.knigge.Policy;
import dev.knigge.PolicyWatcher;
import dev.knigge.advice.Advice;
import dev.knigge.policy.PolicyException;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Escapes from the untrusted policy language, each class that was found and variations of it
 * (other classes, other places in a rule, other escapes): every attempt is refused by lint, by an
 * Advisor and by a PolicyWatcher with the problem that names it, and nothing of it happened — no
 * marker file, no connection, no hang (a generous guard), the facts of a review untouched.
 */
class EscapeAttemptsTest {
    /** Where attacks write their marker files: it must stay empty. */
    private static final String MARK = "MARK";
    private static final Duration HANG = Duration.ofSeconds(120);
    private static final String ACTIVITY = "Activity( similarSentLast7Days >= $limit )";
    private static final String RAISE = "Findings.raise(kcontext, \"limit\", $limit);";

    @TempDir
    Path dir;

    private Path marks() throws IOException {
        return Files.createDirectories(dir.resolve("marks"));
    }

    private String mark() throws IOException {
        return marks().resolve("made").toString().replace('\\', '/');
    }

    /** The test policy's rule with its Activity pattern (line 12) replaced. */
    private String condition(String pattern) throws IOException {
        return TestPolicy.RULE.replace(ACTIVITY, pattern.replace(MARK, mark()));
    }

    /** The test policy's rule with its consequence (line 14) replaced. */
    private String consequence(String code) throws IOException {
        return TestPolicy.RULE.replace(RAISE, code.replace(MARK, mark()));
    }

    /** The test policy's rule with a line added after {@code @severity} (it becomes line 9). */
    private String header(String line) throws IOException {
        return TestPolicy.RULE.replace("@severity(WARNING)\n", "@severity(WARNING)\n    " + line.replace(MARK, mark()) + "\n");
    }

    /**
     * Writes the policy, then lints it, loads it in an Advisor and starts a PolicyWatcher on it:
     * all three refuse it with a problem at {@code where} ({@code "rules.drl:12:"}) containing
     * {@code message}, within the hang guard, and no marker file appears.
     */
    private List<String> refused(String drl, String where, String message) throws IOException {
        return refusedPolicy(TestPolicy.in(dir.resolve("policy")).rules(drl), where, message);
    }

    private List<String> refusedPolicy(TestPolicy policy, String where, String message) throws IOException {
        Path folder = policy.write();
        marks();
        List<String> problems = assertTimeoutPreemptively(HANG, () -> Policy.directory(folder).lint())
                .stream().map(Object::toString).toList();
        assertThat(problems).anySatisfy(problem -> assertThat(problem).contains(where).contains(message));
        PolicyException load = assertTimeoutPreemptively(HANG, () -> assertThrows(PolicyException.class,
                () -> Advisor.builder().policy(Policy.directory(folder)).build()));
        assertThat(load.problems()).extracting(Object::toString)
                .anySatisfy(problem -> assertThat(problem).contains(where).contains(message));
        assertTimeoutPreemptively(HANG, () -> assertThrows(PolicyException.class,
                () -> PolicyWatcher.start(Advisor.builder().policy(Policy.directory(folder)))));
        try (var made = Files.list(marks())) {
            assertThat(made).as("files made by a refused policy").isEmpty();
        }
        return problems;
    }

    @Nested
    class StringLiteralsAreReadAlikeByEveryReader {
        @Test
        void aUnicodeEscapedQuoteInAConstraint() throws IOException {
            refused(condition("Activity( \"\\u0022\" != String.valueOf(java.lang.Runtime.getRuntime().exec("
                    + "new String[] {\"touch\", \"MARK\"})) )"), "rules.drl:12:16:", "a Unicode escape (\\u…)");
        }

        @Test
        void aUnicodeEscapedQuoteInAFromSource() throws IOException {
            refused(condition("$t : String() from \"\\u0022\" + new java.io.File(\"MARK\").createNewFile()"),
                    "rules.drl:12:25:", "a Unicode escape");
        }

        @Test
        void aUnicodeEscapedQuoteInAnMvelConsequence() throws IOException {
            refused("dialect \"mvel\"\n" + consequence("Findings.raise(kcontext, \"limit\", \"\\u0022\" + "
                    + "new java.io.File(\"MARK\").createNewFile());"), "rules.drl:15:", "a Unicode escape");
        }

        @Test
        void aUnicodeEscapedLineBreakEndsAConsequenceCommentForJava() throws IOException {
            refused(consequence(RAISE + " // \\u000a new java.io.File(\"MARK\").createNewFile();"),
                    "rules.drl:14:", "a Unicode escape (\\u…) is not allowed in a policy from disk, even in a comment");
        }

        @Test
        void aUnicodeEscapeInANameOutsideAnyString() throws IOException {
            refused(consequence("Findings.raise(kcontext, \"limit\", \\u0053ystem.getenv(\"HOME\"));"),
                    "rules.drl:14:", "a Unicode escape");
        }

        @Test
        void aRawLineBreakInsideAString() throws IOException {
            refused(condition("Activity( \"x\n\" != String.valueOf(new java.io.File(\"MARK\").createNewFile()) )"),
                    "rules.drl:12:", "a string literal may not span lines");
        }

        @Test
        void anyOtherBackslashEscapeInAString() throws IOException {
            refused(condition("Activity( \"\\42\" != \"\\\"\" )"), "rules.drl:12:16:", "may not hold a backslash escape");
            refused(condition("Activity( \"tab\\t\" != null )"), "rules.drl:12:19:", "may not hold a backslash escape");
        }

        @Test
        void aSingleQuotedStringWhichDroolsRewritesAsItReadsIt() throws IOException {
            // Drools' parser turns 'D"E' into "D"E", whose tree then reads as country == "D".
            refused(condition("Recipient( country == 'D\"E' )"), "rules.drl:12:16:",
                    "a single-quoted string is not allowed in a policy from disk; write \"text\" in double quotes");
        }

        @Test
        void codeAfterAValueWhichTheExpressionParserWouldDrop() throws IOException {
            refused(condition("Recipient( country == \"D\" java.lang.System.exit(1) )"), "rules.drl:12:31:",
                    "mismatched input 'java'");
        }

        @Test
        void controlAndDirectionCharacters() throws IOException {
            refused(condition("Recipient( country == \"D\u0007E\" )"), "rules.drl:12:29:", "control character U+0007");
            refused(consequence(RAISE + " // \u202e }; new java.io.File(\"MARK\").createNewFile(); {"),
                    "rules.drl:14:", "invisible character U+202E");
        }
    }

    @Nested
    class LintingRunsNothing {
        @Test
        void metadataThatTheCompilerWouldEvaluate() throws IOException {
            refused(header("@touched(new java.io.File(\"MARK\").createNewFile())"), "rules.drl:9:5:",
                    "the metadata @touched is not allowed");
        }

        @Test
        void codeInTheValueOfAnAllowedMetadataKey() throws IOException {
            refused(header("@evidence(new java.io.File(\"MARK\").createNewFile())"), "rules.drl:9:5:",
                    "@evidence takes one plain value");
            refused(TestPolicy.RULE.replace("@id(T-ONE)", "@id(T-ONE + java.lang.Runtime.getRuntime().exec(\"touch MARK\"))"
                    .replace(MARK, mark())), "rules.drl:7:5:", "@id takes one plain value");
        }

        @Test
        void ruleAttributesThatTheCompilerWouldEvaluate() throws IOException {
            refused(header("salience (new java.io.File(\"MARK\").createNewFile() ? 1 : 0)"), "rules.drl:9:",
                    "the rule attribute 'salience' is not allowed");
            refused(header("enabled (new java.io.File(\"MARK\").createNewFile())"), "rules.drl:9:",
                    "the rule attribute 'enabled' is not allowed");
            refused(header("timer (int: 1s)"), "rules.drl:9:", "the rule attribute 'timer' is not allowed");
        }

        @Test
        void aPackageDialect() throws IOException {
            refused("dialect \"mvel\"\n" + TestPolicy.RULE, "rules.drl:6:", "the package attribute 'dialect'");
        }

        @Test
        void lintAloneLeavesNoMark() throws IOException {
            Path folder = TestPolicy.in(dir.resolve("policy"))
                    .rules(header("@touched(new java.io.File(\"MARK\").createNewFile())")).write();
            assertThat(Policy.directory(folder).lint()).isNotEmpty();
            try (var made = Files.list(marks())) {
                assertThat(made).isEmpty();
            }
        }
    }

    @Nested
    class AConsequenceIsOneCallAndNothingElse {
        @Test
        void statementsInsideASwitchExpressionArgument() throws IOException {
            refused(TestPolicy.RULE.replace("ReviewRequest( type", "$r : ReviewRequest( type").replace(RAISE,
                    "Findings.raise(kcontext, \"limit\", switch (1) { default -> { "
                            + "entryPoints[\"DEFAULT\"].delete(kcontext.getFactHandle($r)); yield 1; } });"),
                    "rules.drl:14:", "'{' is not allowed");
        }

        @Test
        void aLocalClassThatRecursesWithoutEnd() throws IOException {
            refused(consequence("Findings.raise(kcontext, \"limit\", new Object() { public String toString() {"
                    + " return toString(); } }.toString());"), "rules.drl:14:", "is not allowed");
        }

        @Test
        void aRuleNameThatWouldCloseACommentInTheGeneratedJava() throws IOException {
            refused(TestPolicy.RULE.replace("rule \"T-ONE a connection request over the limit\"",
                    "rule \"T-ONE */ new java.io.File(\\\"MARK\\\").createNewFile(); /*\"".replace(MARK, mark())),
                    "rules.drl:6:", "may not hold a backslash escape");
            refused(TestPolicy.RULE.replace("rule \"T-ONE a connection request over the limit\"",
                    "rule \"T-ONE */ java.lang.System.exit(3); /*\""), "rules.drl:6:1:", "a rule name holds letters, digits");
        }

        @Test
        void moreStatementsThanTheCall() throws IOException {
            refused(consequence(RAISE + " drools.halt();"), "rules.drl:14:", "a consequence is one call and nothing after it");
            refused(consequence("int twice = $limit * 2; " + RAISE), "rules.drl:14:15:", "'=' is not allowed");
        }

        @Test
        void changingFacts() throws IOException {
            refused(TestPolicy.RULE.replace("ReviewRequest( type", "$r : ReviewRequest( type").replace(RAISE, "delete($r);"),
                    "rules.drl:14:", "is not allowed");
            refused(consequence("insert(new Note(true, null, true, 0, null, null, null, null, null, null, null, null,"
                    + " null, null, null, null, null, null, null, null, null, null, null, java.util.Map.of()));"),
                    "rules.drl:14:", "is not allowed");
        }

        @Test
        void computedValues() throws IOException {
            refused(consequence("Findings.raise(kcontext, \"limit\", String.valueOf($limit));"), "rules.drl:14:",
                    "a value passed to Findings.raise is a bound variable, a literal or a Parameters accessor");
            refused(consequence("Findings.raise(kcontext, \"limit\", java.lang.System.getenv());"), "rules.drl:14:",
                    "a value passed to Findings.raise");
            refused(consequence("Findings.raise(kcontext.getKieRuntime(), \"limit\", $limit);"), "rules.drl:14:",
                    "Findings.raise takes kcontext as its first argument");
        }

        @Test
        void aHostileEditNeverReachesServiceAndTheFactsStayIntact() throws Exception {
            Path folder = TestPolicy.in(dir.resolve("watched")).write();
            BlockingQueue<PolicyException> failed = new LinkedBlockingQueue<>();
            AdvisorListener listener = new AdvisorListener() {
                @Override
                public void reloadFailed(PolicyException failure) {
                    failed.add(failure);
                }
            };
            ReviewRequest overTheLimit = ReviewRequest.builder(RequestType.CONNECTION)
                    .activity(dev.knigge.request.Activity.builder().similarSentLast7Days(5).build()).build();
            try (PolicyWatcher watcher = PolicyWatcher.start(Advisor.builder().policy(Policy.directory(folder))
                    .listener(listener))) {
                assertThat(watcher.review(overTheLimit).findings()).extracting("rule").containsExactly("T-ONE");
                Files.writeString(folder.resolve("rules.drl"), TestPolicy.HEADER
                        + TestPolicy.RULE.replace("ReviewRequest( type", "$r : ReviewRequest( type").replace(RAISE,
                        "Findings.raise(kcontext, \"limit\", switch (1) { default -> { "
                                + "entryPoints[\"DEFAULT\"].delete(kcontext.getFactHandle($r)); yield 1; } });"));
                PolicyException refusal = failed.poll(60, SECONDS);
                assertThat(refusal).as("the watcher refused the edit").isNotNull();
                Advice advice = watcher.review(overTheLimit);
                assertThat(advice.findings()).extracting("rule").containsExactly("T-ONE");
            }
        }
    }

    @Nested
    class RegularExpressions {
        @Test
        void drlMatchesIsRefused() throws IOException {
            refused(condition("Requester( headline matches \"\\\\w*\\\\w*\\\\w*x\" )"), "rules.drl:12:",
                    "a string literal may not hold a backslash escape");
            refused(condition("Requester( headline matches \"ab\" )"), "rules.drl:12:",
                    "the operator 'matches' is not allowed in a policy from disk; classify text in Java");
            refused(condition("Requester( headline.matches(\"ab\") )"), "rules.drl:12:", "calling matches() is not allowed");
            refused(condition("Requester( headline soundslike \"ab\" )"), "rules.drl:12:", "the operator 'soundslike'");
        }

        @Test
        void lexiconPatternsThatBacktrackInJavaRunInLinearTime() throws IOException {
            Path folder = TestPolicy.in(dir.resolve("lexicon"))
                    .with("lexicon/en.properties", "pitch=re:\\\\w+\\\\w+x|re:(\\\\w*)*y|re:(a|aa)+$\n").write();
            assertThat(Policy.directory(folder).lint()).isEmpty();
            Advisor advisor = Advisor.builder().policy(Policy.directory(folder)).build();
            ReviewRequest longNote = ReviewRequest.builder(RequestType.MESSAGE).language("en")
                    .note("a".repeat(19_999) + "!").build();
            Advice advice = assertTimeoutPreemptively(HANG, () -> advisor.review(longNote));
            assertThat(advice.verdict()).isNotNull();
        }
    }

    @Nested
    class FilesAndSizes {
        @Test
        void aLinkToAFileOutsideThePolicyFolderIsNeitherReadNorEchoed() throws IOException {
            Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0:the-secret-line\n");
            Path folder = TestPolicy.in(dir.resolve("policy")).write();
            Files.createSymbolicLink(folder.resolve("passwd.drl"), secret);
            List<String> problems = refusedPolicy(TestPolicy.in(dir.resolve("policy")), "passwd.drl",
                    "is a link to a file outside the policy folder");
            assertThat(String.join("\n", problems)).doesNotContain("the-secret-line");
        }

        @Test
        void aLexiconFolderThatIsALink() throws IOException {
            Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
            Files.writeString(elsewhere.resolve("en.properties"), "pitch=demo\n");
            Path folder = TestPolicy.in(dir.resolve("policy")).write();
            Files.createSymbolicLink(folder.resolve("lexicon"), elsewhere);
            refusedPolicy(TestPolicy.in(dir.resolve("policy")), "lexicon", "is a link");
        }

        @Test
        void aPolicyFileOverTheSizeLimit() throws IOException {
            refused(TestPolicy.RULE + "// " + "x".repeat(1 << 20) + "\n", "rules.drl", "is larger than 1024 KiB");
        }

        @Test
        void tooManyPolicyFiles() throws IOException {
            TestPolicy policy = TestPolicy.in(dir.resolve("policy"));
            for (int i = 0; i < 200; i++) {
                policy.with("extra" + i + ".drl", TestPolicy.HEADER);
            }
            refusedPolicy(policy, "policy", "holds more than 200 policy files");
        }

        @Test
        void aHugeParameterIsRefusedWithoutBeingEchoed() throws IOException {
            String huge = "9".repeat(50_000);
            List<String> problems = refusedPolicy(TestPolicy.in(dir.resolve("policy"))
                    .with("policy.properties", TestPolicy.PROPERTIES.replace("param.limit=3", "param.limit=" + huge)),
                    "policy.properties:4:1:", "parameter 'limit' is 50000 characters long");
            assertThat(problems).allSatisfy(problem -> assertThat(problem).hasSizeLessThan(400));
        }

        @Test
        void aMessageWithAHundredThousandPlaceholders() throws IOException {
            refusedPolicy(TestPolicy.in(dir.resolve("policy")).with("messages_en.properties",
                    TestPolicy.MESSAGES_EN + "T-ONE.reason={limit}" + "{limit}".repeat(100_000) + "\n"),
                    "messages_en.properties:4:1:", "T-ONE.reason is 700007 characters long; a message may have 2000");
        }

        @Test
        void bracketsNestedToExhaustAParserStack() throws IOException {
            refused(condition("Activity( " + "(".repeat(5_000) + "similarSentLast7Days >= $limit" + ")".repeat(5_000)
                    + " )"), "rules.drl:", "nest");
        }

        @Test
        void aLongChainOfNegationsInsteadOfBrackets() throws IOException {
            refused(condition("Group( " + "!".repeat(100_000) + "recipientIsMember )"), "rules.drl:",
                    "does not parse: it nests too deeply");
        }
    }

    @Nested
    class ReachingOutInOtherWays {
        @Test
        void classObjectsThroughPrimitiveWrappers() throws IOException {
            refused(condition("Activity( Integer.TYPE.getProtectionDomain() != null )"), "rules.drl:12:15:",
                    "java.lang.Integer is not allowed");
            refused(condition("ReviewRequest( type.getDeclaringClass() != null )"), "rules.drl:12:25:",
                    "calling getDeclaringClass() is not allowed");
            refused(condition("ReviewRequest( RequestType.class != null )"), "rules.drl:12:", "RequestType has no constant class");
        }

        @Test
        void mvelsImplicitArray() throws IOException {
            refused(condition("Activity( Array.newInstance(Object, 1) != null )"), "rules.drl:12:15:",
                    "unknown field 'Array' on Activity");
        }

        @Test
        void aComputationThatNeverEnds() throws IOException {
            refused(condition("Activity( new java.util.Random().ints().sum() > 0 )"), "rules.drl:12:", "is not allowed");
            refused(condition("eval( new java.util.Random().ints().sum() > 0 )"), "rules.drl:12:5:", "eval(…) is not allowed");
        }

        @Test
        void systemPropertiesAndTheEnvironmentInTheAdvice() throws IOException {
            refused(condition("Activity( $env : java.lang.System.getenv() )"), "rules.drl:12:22:", "java.lang.System is not allowed");
            refused(condition("Activity( $p : System.getProperties() )"), "rules.drl:12:20:", "java.lang.System is not allowed");
        }

        @Test
        void aSocket() throws Exception {
            try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                refused(condition("Activity( new java.net.Socket(\"127.0.0.1\", " + server.getLocalPort() + ").isConnected() )"),
                        "rules.drl:12:", "is not allowed");
                server.setSoTimeout(500);
                assertThatThrownBy(server::accept).as("no connection was made").isInstanceOf(SocketTimeoutException.class);
            }
        }

        @Test
        void globalsFunctionsDeclarationsQueriesAndImports() throws IOException {
            refused("global java.util.List seen;\n" + TestPolicy.RULE, "rules.drl:6:", "globals are not allowed");
            refused("function int f() { return 1; }\n" + TestPolicy.RULE, "rules.drl:6:", "functions are not allowed");
            refused("declare Counter\n    n : int\nend\n" + TestPolicy.RULE, "rules.drl:6:", "type declarations are not allowed");
            refused("query q() ReviewRequest() end\n" + TestPolicy.RULE, "rules.drl:6:", "queries are not allowed");
            refused("import java.io.File;\n" + TestPolicy.RULE, "rules.drl:6:8:", "import java.io.File is not allowed");
            refused("import dev.knigge.*;\n" + TestPolicy.RULE, "rules.drl:6:8:", "import dev.knigge.* is not allowed");
        }

        @Test
        void otherSourcesAndConditionalElements() throws IOException {
            refused(condition("accumulate( Activity( $n : similarSentLast7Days ), $s : sum($n) )"), "rules.drl:12:",
                    "accumulate is not allowed in a policy from disk as a source");
            refused(condition("java.util.List() from collect( Activity() )"), "rules.drl:12:", "collect is not allowed");
            refused(condition("forall( Activity() )"), "rules.drl:12:5:", "forall(…) is not allowed");
            refused(condition("Activity() from entry-point \"other\""), "rules.drl:12:", "an entry point is not allowed");
            refused(condition("java.io.File()"), "rules.drl:12:5:", "a pattern on java.io.File is not allowed");
            refused(condition("$x : String() from java.util.List.of(\"a\")"), "rules.drl:12:", "is not allowed");
        }

        @Test
        void thisAndTheRuleContextInConditions() throws IOException {
            refused(condition("Activity( this != null )"), "rules.drl:12:15:", "'this' (the fact itself) is not allowed");
            refused(condition("Activity( drools != null )"), "rules.drl:12:15:", "the rule context (drools) is not allowed");
            refused(condition("Activity( $limit == entryPoints[\"DEFAULT\"] )"), "rules.drl:12:", "is not allowed");
        }
    }
}
