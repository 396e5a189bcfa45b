package dev.knigge.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The analysis flags every repetition that can split one text in many ways, and accepts bounded forms. */
class BacktrackingTest {

    @ParameterizedTest(name = "flags {0}")
    @ValueSource(strings = {"(a+)+", "(a|a)*", "(\\w+\\s?)*", "(a|aa)+", "(.*,)+x", "(a*)*", "(\\s?)+b",
            "(x+x+)+y", "(?:\\s*\\w+)+$", "([a-z]+)*$", "(a{1,3})+", "(A|a)+", "(a|b|ab)*c", "(?:(a+)b?)+",
            "x(?=(a+)+)", "((ab)*)+", "(\\d+|\\d{2})+!"})
    void flagsRepetitionsThatCanMatchOneTextInManyWays(String regex) {
        assertThat(Backtracking.reason(regex)).isNotNull();
    }

    @ParameterizedTest(name = "accepts {0}")
    @ValueSource(strings = {"\\b(19|20)\\d{2}\\b", "[^.?!]{0,80}", "(\\w+\\s)+", "(?:\\s+\\S+){0,5}",
            "(\\d+\\.)+\\d+", "(ab+)+", "(?:very|really|so)+", "(a++)+", "(?>a+)+", "a*a*", "\\Qa+\\E+",
            "(?i)(foo|bar)*", "(?:[a-z]|\\d)+", "\\bwould love to\\b", "[€$£] ?\\d{2,3}",
            "\\b\\d{1,3} ?-?(minutes?|mins?)\\b", "(?<![\\d.,])\\d{2,3}(\\.000|,000|k)? ?([€$£]|eur\\b|euro|chf)"})
    void acceptsBoundedAndUnambiguousPatterns(String regex) {
        assertThat(Backtracking.reason(regex)).isNull();
    }

    @org.junit.jupiter.api.Test
    void explainsWhatRepeatsAmbiguously() {
        assertThat(Backtracking.reason("(\\w+\\s?)*$")).isEqualTo("(\\w+\\s?)* repeats \\w+ next to itself,"
                + " so one text can be split between the repetitions in very many ways");
        assertThat(Backtracking.reason("(a|a)*")).isEqualTo("(a|a)* repeats alternatives that can match the same text (a|a)");
        assertThat(Backtracking.reason("(a?)*")).isEqualTo("(a?)* repeats a part that can match empty text");
    }
}
