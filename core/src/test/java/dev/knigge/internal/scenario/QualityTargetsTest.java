package dev.knigge.internal.scenario;

import static dev.knigge.internal.scenario.ScenarioFixtures.labelledQuality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.scenario.QualityReport;
import dev.knigge.scenario.QualityTargets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Targets against the sample policy's figures on the labelled cases: accuracy 6 of 11, good notes
 * SEND 2 of 5, nags 2 of 5, one false block, one spam sent.
 */
class QualityTargetsTest {
    @TempDir
    Path dir;

    QualityReport quality;

    @BeforeEach
    void review() {
        quality = labelledQuality(dir);
    }

    @Test
    void noneHoldWhateverTheFigures() {
        assertThat(QualityTargets.none().shortfalls(quality)).isEmpty();
        assertThat(QualityTargets.none().asMap()).isEmpty();
    }

    @Test
    void holdAtExactlyTheMeasuredFigures() {
        QualityTargets targets = QualityTargets.none().minAccuracy(6 / 11.0).maxFalseBlocks(1).maxNagRate(0.4)
                .minGoodSend(0.4).maxSpamSent(1);

        assertThat(targets.shortfalls(quality)).isEmpty();
    }

    @Test
    void eachMissedTargetSaysWhatWasMeasuredAndByHowMuchItMisses() {
        QualityTargets targets = QualityTargets.none().minAccuracy(0.9).maxFalseBlocks(0).maxNagRate(0.25)
                .minGoodSend(0.8).maxSpamSent(0);

        assertThat(targets.shortfalls(quality)).extracting(QualityTargets.Shortfall::toString).containsExactly(
                "minAccuracy: 54.5 % within the judgement (6 of 11), 35.5 points below 90.0 %",
                "maxFalseBlocks: 1 good note told DO_NOT_SEND, 1 more than 0",
                "maxNagRate: 40.0 % of good notes told REVISE (2 of 5), 15.0 points above 25.0 %",
                "minGoodSend: 40.0 % of good notes get SEND (2 of 5), 40.0 points below 80.0 %",
                "maxSpamSent: 1 case labelled DO_NOT_SEND gets SEND, 1 more than 0");
    }

    @Test
    void listOnlyTheTargetsThatAreSet() {
        QualityTargets targets = QualityTargets.none().maxNagRate(0.3).maxFalseBlocks(0);

        assertThat(targets.asMap()).containsExactly(Map.entry("maxFalseBlocks", 0), Map.entry("maxNagRate", 0.3));
        assertThat(targets.shortfalls(quality)).extracting(QualityTargets.Shortfall::target)
                .containsExactly("maxFalseBlocks", "maxNagRate");
    }

    @Test
    void rejectSharesOutsideZeroToOneAndNegativeCounts() {
        assertThatThrownBy(() -> QualityTargets.none().minAccuracy(90)).hasMessage("minAccuracy must be between 0 and 1 (was 90.0)");
        assertThatThrownBy(() -> QualityTargets.none().maxNagRate(-0.1)).hasMessage("maxNagRate must be between 0 and 1 (was -0.1)");
        assertThatThrownBy(() -> QualityTargets.none().minGoodSend(Double.NaN)).hasMessage("minGoodSend must be between 0 and 1 (was NaN)");
        assertThatThrownBy(() -> QualityTargets.none().maxFalseBlocks(-1)).hasMessage("maxFalseBlocks must not be negative (was -1)");
        assertThatThrownBy(() -> QualityTargets.none().maxSpamSent(-2)).hasMessage("maxSpamSent must not be negative (was -2)");
        assertThatThrownBy(() -> QualityTargets.none().shortfalls(null)).hasMessage("report == null");
    }
}
