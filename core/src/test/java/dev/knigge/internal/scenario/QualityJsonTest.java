package dev.knigge.internal.scenario;

import static dev.knigge.internal.scenario.ScenarioFixtures.SAMPLE;
import static dev.knigge.internal.scenario.ScenarioFixtures.list;
import static dev.knigge.internal.scenario.ScenarioFixtures.object;
import static dev.knigge.internal.scenario.ScenarioFixtures.labelledCases;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.Severity;
import dev.knigge.testing.JsonTree;
import dev.knigge.scenario.PolicyComparison;
import dev.knigge.scenario.QualityReport;
import dev.knigge.scenario.QualityTargets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON form of the quality figures, for tools: every field, with the values of the labelled cases. */
class QualityJsonTest {
    @TempDir
    Path dir;

    private Map<String, Object> json(QualityTargets targets, boolean compare) {
        labelledCases(dir);
        ScenarioSet cases = Scenarios.load(dir);
        ScenarioReport report = Scenarios.run(SAMPLE, cases);
        QualityReport quality = Figures.quality(report);
        String json = compare ? QualityJson.write(quality, targets, Figures.comparison(report,
                Scenarios.run(SAMPLE.toBuilder().severity("SAMPLE-PITCH", Severity.BLOCKER).build(), cases)))
                : QualityJson.write(quality, targets);
        return object(JsonTree.parse(json));
    }

    @Test
    void holdsEveryFigureTheConfusionMatrixAndEachRule() {
        Map<String, Object> json = json(QualityTargets.none(), false);

        assertThat(json.keySet()).containsExactly("policy", "policyVersion", "cases", "invalid", "unreviewed", "labelled",
                "within", "accuracy", "exact", "exactAccuracy", "confusion", "goodSend", "goodSendShare", "nags", "nagRate",
                "falseBlocks", "falseBlockRate", "missedBlocks", "missedBlockRate", "spamSent", "rules", "outside", "gates", "problems");
        assertThat(json).containsEntry("policy", "sample").containsEntry("policyVersion", "0.1.0")
                .containsEntry("cases", 11).containsEntry("invalid", 0)
                .containsEntry("labelled", Map.of("SEND", 5, "REVISE", 2, "DO_NOT_SEND", 4))
                .containsEntry("within", 6).containsEntry("exact", 4)
                .containsEntry("goodSend", 2).containsEntry("goodSendShare", 0.4)
                .containsEntry("nags", 2).containsEntry("nagRate", 0.4)
                .containsEntry("falseBlocks", 1).containsEntry("falseBlockRate", 0.2)
                .containsEntry("missedBlocks", 2).containsEntry("missedBlockRate", 0.5).containsEntry("spamSent", 1);
        assertThat((Double) json.get("accuracy")).isEqualTo(6 / 11.0);
        assertThat(object(json.get("confusion"))).containsExactly(
                Map.entry("SEND", Map.of("SEND", 2, "REVISE", 2, "DO_NOT_SEND", 1)),
                Map.entry("REVISE", Map.of("SEND", 1, "REVISE", 1, "DO_NOT_SEND", 0)),
                Map.entry("DO_NOT_SEND", Map.of("SEND", 1, "REVISE", 2, "DO_NOT_SEND", 1)));
        assertThat(list(json.get("unreviewed"))).singleElement().satisfies(unreviewed ->
                assertThat(object(unreviewed)).containsEntry("title", "in French")
                        .containsEntry("error", "the policy sample has no messages in fr (it has en, de)"));
        assertThat(json).containsEntry("problems", List.of());
        assertThat(list(json.get("rules"))).hasSize(5).contains(Map.of("rule", "SAMPLE-PITCH", "firedOnSend", 1,
                "firedOnOther", 2, "nags", 1, "falseBlocks", 0));
    }

    @Test
    void listsTheCasesOutsideTheirJudgement() {
        List<Object> outside = list(json(QualityTargets.none(), false).get("outside"));

        assertThat(outside).hasSize(5);
        assertThat(object(outside.get(1))).containsEntry("file", dir.resolve("d.json").toString())
                .containsEntry("title", "good, a stranger").containsEntry("label", "SEND").containsEntry("alsoOk", List.of())
                .containsEntry("given", "DO_NOT_SEND").containsEntry("deciding", Map.of("SAMPLE-STRANGER", "BLOCKER"));
        assertThat(object(outside.get(2))).containsEntry("alsoOk", List.of("DO_NOT_SEND")).containsEntry("deciding", Map.of());
    }

    @Test
    void saysWhichTargetsWereSetAndWhichFailed() {
        Map<String, Object> gates = object(json(QualityTargets.none().minAccuracy(0.5).maxFalseBlocks(0), false).get("gates"));

        assertThat(gates).containsEntry("targets", Map.of("minAccuracy", 0.5, "maxFalseBlocks", 0))
                .containsEntry("passed", false)
                .containsEntry("failed", List.of(Map.of("target", "maxFalseBlocks",
                        "message", "1 good note told DO_NOT_SEND, 1 more than 0")));
    }

    @Test
    void addsTheComparisonWhenAskedFor() {
        Map<String, Object> compare = object(json(QualityTargets.none(), true).get("compare"));

        assertThat(compare).containsEntry("policy", "sample").containsEntry("cases", 11).containsEntry("changed", 3)
                .containsEntry("intoJudgement", 1).containsEntry("outOfJudgement", 1);
        assertThat(object(list(compare.get("changes")).get(0))).containsEntry("file", dir.resolve("b.json").toString())
                .containsEntry("title", "good, but pitches").containsEntry("expected", "SEND").containsEntry("alsoOk", List.of())
                .containsEntry("verdict", "REVISE").containsEntry("comparedVerdict", "DO_NOT_SEND")
                .containsEntry("rules", List.of(Map.of("rule", "SAMPLE-PITCH", "severity", "WARNING",
                        "comparedSeverity", "BLOCKER")));
    }
}
