package dev.knigge.internal.note;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegexGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"(a+)+", "(\\w+\\s?)*", "(a|aa)*b(x*){2,}", "((ab)*c)+", "(?:\\d+,)*"})
    void refusesNestedUnboundedQuantifiers(String regex) {
        assertThat(RegexGuard.risk(regex)).contains("nests unbounded quantifiers");
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
}
