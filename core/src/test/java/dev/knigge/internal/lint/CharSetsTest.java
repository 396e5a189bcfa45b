package dev.knigge.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CharSetsTest {
    /** Asks the pattern about every character on its own: slow, and obviously right. */
    private static BitSet oneByOne(String source) {
        BitSet set = new BitSet(CharSets.SUPPLEMENTARY + 1);
        Matcher matcher = Pattern.compile(source, CharSets.FLAGS).matcher("");
        char[] one = new char[1];
        CharBuffer buffer = CharBuffer.wrap(one);
        for (int c = 0; c < CharSets.SUPPLEMENTARY; c++) {
            one[0] = (char) c;
            buffer.rewind();
            if (matcher.reset(buffer).matches()) {
                set.set(c);
            }
        }
        if (matcher.reset(new String(Character.toChars(0x1F600))).matches()) {
            set.set(CharSets.SUPPLEMENTARY);
        }
        return set;
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "\\d", "\\w", "\\s", "\\S", "\\p{L}", "\\p{Lu}", "[a-zäöüß]", "[^a-z]", "[\\r\\n]",
        "[\\x{D800}-\\x{DBFF}]", "[^\\x{DC00}-\\x{DFFF}]", "\\p{IsAlphabetic}", "[\\p{So}\\p{Cs}]", "\\x{1F600}", "K"})
    void aClassMatchesWhatItsPatternMatchesCharacterByCharacter(String source) {
        assertThat(CharSets.ofPattern(source)).isEqualTo(oneByOne(source));
    }
}
