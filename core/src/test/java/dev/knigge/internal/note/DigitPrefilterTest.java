package dev.knigge.internal.note;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The digit prefilter skips a pattern for digit-free notes only when every match holds a digit. */
class DigitPrefilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"\\b(19|20)\\d{2}\\b", "[€$£] ?\\d{2,3}", "\\b(chf|eur) ?\\d{2,3}",
            "(?:^|[^\\d.,])\\d{2,3}(\\.000|k)? ?([€$£]|euro)", "\\b([3-9]\\d|1\\d\\d) ?-?minutes?", "q[1-4]",
            "(a\\d|b[0-9])x"})
    void knowsWhenEveryMatchHasADigit(String regex) {
        assertThat(DigitPrefilter.needsDigit(regex)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "\\d?demo", "(\\d|x)y", "\\d*x", "x\\d{0,2}", "[a-z\\d]+", "\\D", "a|\\d"})
    void doesNotClaimADigitWhereAMatchNeedNotHaveOne(String regex) {
        assertThat(DigitPrefilter.needsDigit(regex)).isFalse();
    }
}
