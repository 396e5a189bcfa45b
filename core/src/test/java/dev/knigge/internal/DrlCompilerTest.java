package dev.knigge.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DrlCompilerTest {
    private static final String KEEP = " Only the built-in policies load without compiling DRL, on the Drools version"
            + " Knigge was built with; to load this one, keep org.drools:drools-mvel, org.drools:drools-drl-parser,"
            + " org.drools:drools-drl-ast, org.drools:drools-drl-extensions, org.drools:drools-ecj,"
            + " org.antlr:antlr-runtime (dependencies of knigge-core) on the class path.";

    @ParameterizedTest
    @CsvSource({
            "org/drools/drl/parser/DroolsParserException, org.drools:drools-drl-parser",
            "org/drools/mvel/java/JavaDialect, org.drools:drools-mvel",
            "org/mvel2/MVEL, org.mvel:mvel2",
            "org/eclipse/jdt/internal/compiler/Compiler, org.eclipse.jdt:ecj",
            "org/antlr/runtime/Parser, org.antlr:antlr-runtime",
            "org/antlr/v4/runtime/Parser, org.antlr:antlr4-runtime"})
    void namesTheJarOfTheMissingClass(String missing, String jar) {
        NoClassDefFoundError error = new NoClassDefFoundError(missing);
        assertThatThrownBy(() -> DrlCompiler.explain(error, "policy acme"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("policy acme needs Drools' DRL compiler, but " + jar + " is not on the class path (class "
                        + missing.replace('/', '.') + " is missing)." + KEEP)
                .hasCause(error);
    }

    @Test
    void namesThePolicyAsTheCallerDescribesIt() {
        assertThatThrownBy(() -> DrlCompiler.explain(new NoClassDefFoundError("org/drools/drl/ast/descr/BaseDescr"),
                "built-in policy professional"))
                .hasMessageStartingWith("built-in policy professional needs Drools' DRL compiler, but"
                        + " org.drools:drools-drl-ast is not on the class path");
    }

    @ParameterizedTest
    @CsvSource({"com/example/Missing", "Could not initialize class org.drools.mvel.MVELDialectRuntimeData",
            "org/drools/core/WorkingMemory"})
    void leavesOtherMissingClassesToTheCaller(String missing) {
        assertThatCode(() -> DrlCompiler.explain(new NoClassDefFoundError(missing), "built-in policy professional"))
                .doesNotThrowAnyException();
        assertThatCode(() -> DrlCompiler.explain(new NoClassDefFoundError(), "built-in policy professional"))
                .doesNotThrowAnyException();
    }
}
