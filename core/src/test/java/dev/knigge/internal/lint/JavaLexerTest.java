package dev.knigge.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexer sees code as the compiler does: strings and comments are not code, Unicode escapes are. */
class JavaLexerTest {

    private static List<String> texts(String source) {
        return JavaLexer.tokens(source).stream().map(Token::text).toList();
    }

    @Test
    void splitsIdentifiersQualifiedNamesAndPunctuation() {
        assertThat(texts("Findings.raise(kcontext, \"sent\", $p.weeklyCap($type));")).containsExactly(
                "Findings", ".", "raise", "(", "kcontext", ",", "\"sent\"", ",", "$p", ".", "weeklyCap", "(", "$type",
                ")", ")", ";");
    }

    @Test
    void keepsStringLiteralsWholeWithTheirEscapes() {
        List<Token> tokens = JavaLexer.tokens("f(\"say \\\"System.exit\\\"\", 'x', \"\"\"\n  text block \"\"\")");
        assertThat(tokens).filteredOn(Token::isString).extracting(Token::stringValue)
                .containsExactly("say \"System.exit\"", "x", "\n  text block ");
    }

    @Test
    void skipsLineAndBlockComments() {
        assertThat(texts("a // System.exit(1)\n/* Runtime\n.getRuntime() */ b")).containsExactly("a", "b");
    }

    @Test
    void decodesUnicodeEscapesAndKeepsTheOriginalOffsets() {
        List<Token> tokens = JavaLexer.tokens("x; \\u0053ystem.exit(0)");
        assertThat(tokens.get(2).text()).isEqualTo("System");
        assertThat(tokens.get(2).offset()).isEqualTo(3);
        assertThat(tokens.get(3).offset()).isEqualTo(14);
    }

    @Test
    void anEscapedBackslashDoesNotStartAUnicodeEscape() {
        assertThat(JavaLexer.tokens("\"\\\\u0053\"").get(0).text()).isEqualTo("\"\\\\u0053\"");
    }

    @Test
    void readsNumbersAsOneToken() {
        assertThat(texts("0x1F + 1.5e-3 + 10_000L")).containsExactly("0x1F", "+", "1.5e-3", "+", "10_000L");
    }

    @Test
    void keepsMethodReferencesApartFromDots() {
        assertThat(texts("System::exit")).containsExactly("System", "::", "exit");
    }
}
