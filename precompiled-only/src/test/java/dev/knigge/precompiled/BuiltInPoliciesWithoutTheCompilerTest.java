package dev.knigge.precompiled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.advice.Advice;
import dev.knigge.advice.Verdict;
import dev.knigge.json.RequestJson;
import dev.knigge.junit.PolicyScenarios;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * knigge-core and knigge-rules with the DRL compiler's jars excluded, exactly as README's
 * "Dependencies" lists them (this module's pom): the built-in policies review every one of their
 * scenarios as they do with every jar, and a policy from disk fails saying which jar it needs.
 */
class BuiltInPoliciesWithoutTheCompilerTest {
    private static final Path SCENARIOS = Path.of("../rules/src/test/resources/scenarios");

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
            "org.drools.mvel.builder.MVELDialect, drools-mvel",
            "org.mvel2.MVEL, mvel2",
            "org.drools.drl.parser.DrlParser, drools-drl-parser",
            "org.drools.drl.ast.descr.PackageDescr, drools-drl-ast",
            "org.drools.drl.extensions.DecisionTableFactory, drools-drl-extensions",
            "org.drools.io.ReaderResource, drools-io",
            "org.drools.ecj.EclipseJavaCompiler, drools-ecj",
            "org.eclipse.jdt.internal.compiler.Compiler, ecj",
            "org.antlr.runtime.Parser, antlr-runtime",
            "org.antlr.v4.runtime.Parser, antlr4-runtime"})
    void theCompilersJarsAreNotOnTheClassPath(String className, String jar) {
        assertThatThrownBy(() -> Class.forName(className, false, getClass().getClassLoader()))
                .as("a class of %s", jar)
                .isInstanceOf(ClassNotFoundException.class);
    }

    @TestFactory
    Stream<DynamicTest> professionalReviewsEveryScenarioAsItExpects() {
        return PolicyScenarios.from(Advisor.builder().policy(Policy.builtIn("professional")).build(),
                SCENARIOS.resolve("professional"));
    }

    @TestFactory
    Stream<DynamicTest> strictReviewsEveryScenarioAsItExpects() {
        return PolicyScenarios.from(Advisor.builder().policy(Policy.builtIn("strict")).build(),
                SCENARIOS.resolve("strict"));
    }

    @Test
    void theQuickStartsRequestFromJsonIsNotToBeSent() throws IOException {
        Advice advice = Advisor.builder().build().review(RequestJson.read(
                Files.readString(Path.of("../examples/requests/recommendation-from-a-stranger.json"))));
        assertThat(advice.verdict()).isEqualTo(Verdict.DO_NOT_SEND);
        assertThat(advice.finding("REC-STRANGER")).isNotNull();
    }

    @Test
    void aPolicyFromDiskFailsNamingTheJarItNeeds() {
        Path acme = Path.of("../examples/acme-policy");
        // Which of the compiler's classes is missed first depends on what lint touches first.
        assertThatThrownBy(() -> Advisor.builder().policy(Policy.directory(acme)).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageMatching(Pattern.quote("policy " + acme + " needs Drools' DRL compiler, but ")
                        + "org\\.drools:drools-drl-(parser|ast) is not on the class path \\(class org\\.drools\\.drl\\.\\S+ is"
                        + " missing\\)\\. " + Pattern.quote("Only the built-in policies load without compiling DRL, on the"
                        + " Drools version Knigge was built with; to load this one, keep org.drools:drools-mvel,"
                        + " org.drools:drools-drl-parser, org.drools:drools-drl-ast, org.drools:drools-drl-extensions,"
                        + " org.drools:drools-ecj, org.antlr:antlr-runtime (dependencies of knigge-core) on the class path."))
                .hasCauseInstanceOf(NoClassDefFoundError.class);
    }

    /** A built-in policy whose saved model is missing (as when it does not fit the Drools on the class path) compiles. */
    @Test
    void aBuiltInPolicyWithoutItsSavedModelFailsNamingTheJarItNeeds() {
        ClassLoader withoutSavedModels = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return name.endsWith("/precompiled.rules") ? null : super.getResourceAsStream(name);
            }
        };
        assertThatThrownBy(() -> Advisor.builder().classLoader(withoutSavedModels).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("built-in policy professional needs Drools' DRL compiler, but org.drools:drools-drl-")
                .hasCauseInstanceOf(NoClassDefFoundError.class);
    }
}
