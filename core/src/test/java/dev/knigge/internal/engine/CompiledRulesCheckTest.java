package dev.knigge.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.internal.lint.UntrustedDrl;
import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.internal.policy.PolicyResolver;
import dev.knigge.policy.PolicyException.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second check, on what Drools compiled, stands on its own: DRL that the check on the parse
 * would refuse, compiled as if that check had let it through, is refused by this one before any
 * of it is loaded (a marker its consequence would create never appears), while rules of the
 * untrusted language pass it.
 */
class CompiledRulesCheckTest {
    private static final ClassLoader LOADER = CompiledRulesCheckTest.class.getClassLoader();
    private static final String HEADER = "package second;\nimport dev.knigge.request.RequestType;\n"
            + "import dev.knigge.authoring.*; import dev.knigge.request.ReviewRequest;\n";

    @TempDir
    Path dir;

    private static String rule(String when, String then) {
        return "rule \"T-ONE test\"\n  @id(T-ONE)\n  @severity(WARNING)\nwhen\n  " + when + "\nthen\n  " + then + "\nend\n";
    }

    /** Compiles the DRL as untrusted, as if the first check had passed it, and returns the second check's problems. */
    private static List<String> secondCheck(String drl) {
        PolicyFile file = new PolicyFile("rules.drl", "rules.drl", HEADER + drl);
        List<Problem> problems = new ArrayList<>();
        ParsedRules parsed = RuleCompiler.parse(List.of(file), problems);
        parsed.descriptions().values().forEach(UntrustedDrl::prepareForCompiler);
        CompiledRules compiled = RuleCompiler.compile(parsed, Set.of(file), LOADER, problems);
        assertThat(compiled == null).isEqualTo(!problems.isEmpty());
        return problems.stream().map(Problem::message).toList();
    }

    @Test
    void aConsequenceThatCreatesAFileIsRefusedAndNeverRuns() {
        Path marker = dir.resolve("made");
        assertThat(secondCheck(rule("ReviewRequest()", "Findings.raise(kcontext, \"v\", new java.io.File(\""
                + marker.toString().replace('\\', '/') + "\").createNewFile());")))
                .contains("rule \"T-ONE test\": the compiled consequence uses java.io.File, which the untrusted policy"
                        + " language does not allow");
        assertThat(Files.exists(marker)).isFalse();
    }

    @Test
    void consequencesThatCallAnythingElseAreRefused() {
        assertThat(secondCheck(rule("ReviewRequest()", "System.exit(1); Findings.raise(kcontext);")))
                .anySatisfy(p -> assertThat(p).contains("calls java.lang.System.exit"));
        assertThat(secondCheck(rule("$r : ReviewRequest()", "Findings.raise(kcontext, \"v\", $r.toString());")))
                .anySatisfy(p -> assertThat(p).contains("calls dev.knigge.request.ReviewRequest.toString"));
        assertThat(secondCheck(rule("ReviewRequest()", "Findings.raise(kcontext, \"v\", String.class);")))
                .anySatisfy(p -> assertThat(p).contains("loads a class or method constant"));
    }

    @Test
    void conditionsBeyondTheLanguageAreRefused() {
        assertThat(secondCheck(rule("ReviewRequest( String.valueOf(subject) != null )", "Findings.raise(kcontext);")))
                .anySatisfy(p -> assertThat(p).contains("a compiled constraint names 'String'"));
        assertThat(secondCheck(rule("Object()", "Findings.raise(kcontext);")))
                .anySatisfy(p -> assertThat(p).contains("the compiled rule matches java.lang.Object"));
        assertThat(secondCheck(rule("eval( true )", "Findings.raise(kcontext);")))
                .anySatisfy(p -> assertThat(p).contains("the compiled rule has EvalCondition"));
        assertThat(secondCheck(rule("Note( $l : length )\n  accumulate( Note( $n : length ), $s : sum($n) )",
                "Findings.raise(kcontext);"))).anySatisfy(p -> assertThat(p).contains("reads facts from SingleAccumulate"));
    }

    @Test
    void attributesAndMetadataAreRefused() {
        assertThat(secondCheck(rule("ReviewRequest()", "Findings.raise(kcontext);").replace("when", "  salience 10\nwhen")))
                .anySatisfy(p -> assertThat(p).contains("the compiled rule has attributes"));
        PolicyFile file = new PolicyFile("rules.drl", "rules.drl", HEADER + rule("ReviewRequest()", "Findings.raise(kcontext);"));
        List<Problem> problems = new ArrayList<>();
        RuleCompiler.compile(RuleCompiler.parse(List.of(file), problems), Set.of(file), LOADER, problems);
        assertThat(problems).extracting(Problem::message)
                .anySatisfy(p -> assertThat(p).contains("the compiled rule has metadata"));
    }

    @Test
    void theRulesOfTheBuiltInPolicyPassAsUntrusted() {
        List<PolicyFile> files = new PolicyResolver(LOADER).resolve(PolicyFolder.builtIn("sample", LOADER)).drlFiles();
        List<Problem> problems = new ArrayList<>();
        ParsedRules parsed = RuleCompiler.parse(files, problems);
        parsed.descriptions().values().forEach(UntrustedDrl::prepareForCompiler);
        assertThat(RuleCompiler.compile(parsed, Set.copyOf(files), LOADER, problems)).isNotNull();
        assertThat(problems).isEmpty();
    }
}
