package dev.knigge.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The lint's own readers never fail or hang on what a policy author can write. */
class AnalysisProperties {

    @Property(tries = 500)
    void everyValueIsTypedOrRefusedWithAProblemInsideIt(@ForAll("values") String value) {
        ValueCheck.Scope scope = new ValueCheck.Scope(dev.knigge.authoring.Note.class, new java.util.HashMap<>(),
                new TypeResolver(new org.drools.drl.ast.descr.PackageDescr("p"), getClass().getClassLoader()));
        List<Integer> offsets = new java.util.ArrayList<>();
        ValueType type = ValueCheck.check(value, scope, (offset, message) -> offsets.add(offset));
        assertThat(type == null).as("refused exactly when a problem was reported").isEqualTo(!offsets.isEmpty());
        assertThat(offsets).hasSizeLessThanOrEqualTo(1)
                .allSatisfy(offset -> assertThat(offset).isBetween(0, Math.max(0, value.length() - 1)));
    }

    @Property(tries = 500)
    void theLexerCoversEveryCharacterOutsideCommentsAndWhiteSpace(@ForAll("code") String code) {
        List<Token> tokens = JavaLexer.tokens(code);
        for (int i = 1; i < tokens.size(); i++) {
            assertThat(tokens.get(i).offset()).isGreaterThan(tokens.get(i - 1).offset());
        }
        assertThat(tokens).allSatisfy(token -> assertThat(token.offset()).isBetween(0, code.length()));
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> pieces = Arbitraries.of("length", "present", "spans", "$x", "integer", "(", ")", "\"k\"",
                ".", "!", "-", "*", "1", "0.5", "isEmpty()", "size", "RequestType", "CONNECTION", "null", " ", "'", "\\",
                "=", "x", "07");
        return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> code() {
        return Arbitraries.strings().withChars("ab$.()\"'\\u0053/*\n #:;{}12e").ofMaxLength(30);
    }
}
