package dev.knigge.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.Verdict;
import org.junit.jupiter.api.Test;

class QualityScoreTest {

    @Test
    void sendCountsOneReviseHalfDoNotSendNothing() {
        assertThat(QualityScore.of(Verdict.SEND, false)).isEqualTo(1.0);
        assertThat(QualityScore.of(Verdict.REVISE, false)).isEqualTo(0.5);
        assertThat(QualityScore.of(Verdict.DO_NOT_SEND, false)).isEqualTo(0.0);
    }

    @Test
    void aMassSentNoteCountsNothingWhateverItsVerdict() {
        assertThat(QualityScore.of(Verdict.SEND, true)).isEqualTo(0.0);
        assertThat(QualityScore.of(Verdict.REVISE, true)).isEqualTo(0.0);
    }

    @Test
    void theScoreIsTheMeanRoundedToThreeDecimals() {
        assertThat(QualityScore.score(1.5, 3)).isEqualTo(0.5);
        assertThat(QualityScore.score(1, 3)).isEqualTo(0.333);
        assertThat(QualityScore.score(2, 3)).isEqualTo(0.667);
        assertThat(QualityScore.score(0, 0)).as("nothing reviewed, nothing held against it").isEqualTo(1.0);
    }
}
