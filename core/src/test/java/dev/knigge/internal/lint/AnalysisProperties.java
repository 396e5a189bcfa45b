package dev.knigge.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The lint's own parsers never fail or hang on what a policy author can write. */
class AnalysisProperties {

    @Property(tries = 500)
    void everyPatternThatCompilesCanBeAnalysed(@ForAll("patterns") String pattern) {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            Assume.that(false);
        }
        assertThatCode(() -> Backtracking.reason(pattern)).doesNotThrowAnyException();
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
    Arbitrary<String> patterns() {
        return Arbitraries.strings().withChars("ab.|()*+?{}[]^$\\,0123wsdQEkpL<>=!:-").ofMaxLength(14);
    }

    @Provide
    Arbitrary<String> code() {
        return Arbitraries.strings().withChars("ab$.()\"'\\u0053/*\n #:;{}12e").ofMaxLength(30);
    }
}
