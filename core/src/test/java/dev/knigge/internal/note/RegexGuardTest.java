package dev.knigge.internal.note;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegexGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"(a+)+", "(\\w+\\s?)*", "(a|aa)*b(x*){2,}", "((ab)*c)+", "(?:\\d+,)*"})
    void refusesNestedUnboundedQuantifiers(String regex) {
        assertThat(RegexGuard.risk(regex)).contains("can backtrack catastrophically");
    }

    @ParameterizedTest
    @ValueSource(strings = {".*demo", "call.+today", "[^.]*\\?", "we help.{3,}companies"})
    void refusesUnboundedRunsOfAnything(String regex) {
        assertThat(RegexGuard.risk(regex)).contains("unbounded run of any character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\b(19|20)\\d{2}\\b", "\\b\\d{1,3} ?-?(minutes?|mins?)\\b", "(\\w+ ){0,3}demo",
            ".{0,40}", "[^.!?\\n]{0,120}\\?", "\\d+ (%|percent) off", "a\\.*b", "[.*+]+", "(ab){1,3}"})
    void acceptsBoundedPatterns(String regex) {
        assertThat(RegexGuard.risk(regex)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\b(19|20)\\d{2}\\b", "[€$£] ?\\d{2,3}", "\\b(chf|eur) ?\\d{2,3}",
            "(?<![\\d.,])\\d{2,3}(\\.000|k)? ?([€$£]|euro)", "\\b([3-9]\\d|1\\d\\d) ?-?minutes?", "q[1-4]",
            "(a\\d|b[0-9])x"})
    void knowsWhenEveryMatchHasADigit(String regex) {
        assertThat(RegexGuard.needsDigit(regex)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "\\d?demo", "(\\d|x)y", "(?=\\d)x", "\\d*x", "x\\d{0,2}", "[a-z\\d]+",
            "\\D", "a|\\d"})
    void doesNotClaimADigitWhereAMatchNeedNotHaveOne(String regex) {
        assertThat(RegexGuard.needsDigit(regex)).isFalse();
    }
}
