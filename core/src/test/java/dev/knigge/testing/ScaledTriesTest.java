package dev.knigge.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaledTriesTest {
    @ParameterizedTest
    @CsvSource({"1500, 25, 375", "1000, 100, 1000", "400, 400, 1600", "300, 25, 75", "60, 25, 15", "40, 25, 10",
            "24, 25, 10", "5, 25, 5", "1, 400, 4", "7, 1, 7", "1000, 1, 10", "3, 50, 3"})
    void runsTheShareOfTheDeclaredTriesRoundedUpAndAtLeastTen(int declared, int percent, int tries) {
        assertThat(ScaledTries.scaled(declared, percent)).isEqualTo(tries);
    }

    @Test
    void refusesAShareThatRunsNothing() {
        assertThatThrownBy(() -> ScaledTries.scaled(100, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("knigge.tries.percent must be positive (was 0)");
    }
}
