package dev.knigge.internal.scenario;

import static dev.knigge.internal.scenario.ScenarioFixtures.SAMPLE;
import static dev.knigge.internal.scenario.ScenarioFixtures.list;
import static dev.knigge.internal.scenario.ScenarioFixtures.object;
import static dev.knigge.internal.scenario.ScenarioFixtures.scenario;
import static dev.knigge.internal.scenario.ScenarioFixtures.stranger;
import static dev.knigge.internal.scenario.ScenarioFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.testing.JsonTree;
import dev.knigge.scenario.PolicyComparison;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON form of a report, for tools. */
class ScenarioJsonTest {
    @TempDir
    Path dir;

    @Test
    void holdsTheCountsEveryResultTheProblemsAndTheCoverage() {
        Path pass = write(dir, "a.json", scenario("passes", ScenarioFixtures.STRANGER_REQUEST, "de",
                "{\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\"}}"));
        Path fail = write(dir, "b.json", stranger("{\"verdict\": \"REVISE\", \"rules\": {\"SAMPLE-STRANGER\": \"WARNING\", "
                + "\"SAMPLE-PITCH\": \"WARNING\"}, \"maybe\": [\"SAMPLE-NO-PURPOSE\", \"SAMPLE-STRANGR\"]}"));
        Path bad = write(dir, "c.json", "{\"title\": \"t\", \"request\": {\"type\": \"CONNECTION\"},\n \"expect\": {\"verdict\": \"SNED\"}}");

        Map<String, Object> json = object(JsonTree.parse(ScenarioJson.write(Scenarios.run(SAMPLE, Scenarios.load(dir)))));

        assertThat(json).containsEntry("policy", "sample").containsEntry("policyVersion", "0.1.0")
                .containsEntry("passed", 1).containsEntry("failed", 1).containsEntry("invalid", 1);
        List<Object> scenarios = list(json.get("scenarios"));
        assertThat(scenarios).hasSize(2);
        Map<String, Object> passed = object(scenarios.get(0));
        assertThat(passed).containsEntry("file", pass.toString()).containsEntry("title", "passes")
                .containsEntry("locale", "de").containsEntry("passed", true).containsEntry("difference", List.of())
                .containsEntry("error", null);
        assertThat(object(passed.get("actual"))).containsEntry("verdict", "DO_NOT_SEND")
                .containsEntry("rules", Map.of("SAMPLE-STRANGER", "BLOCKER"));

        Map<String, Object> failed = object(scenarios.get(1));
        assertThat(failed).containsEntry("file", fail.toString()).containsEntry("passed", false).doesNotContainKey("locale");
        assertThat(object(failed.get("expected"))).containsEntry("verdict", "REVISE")
                .containsEntry("maybe", List.of("SAMPLE-NO-PURPOSE", "SAMPLE-STRANGR"));
        assertThat(failed).containsEntry("missing", Map.of("SAMPLE-PITCH", "WARNING"))
                .containsEntry("unexpected", Map.of())
                .containsEntry("wrongSeverities", Map.of("SAMPLE-STRANGER", Map.of("expected", "WARNING", "actual", "BLOCKER")))
                .containsEntry("unknownRules", List.of("SAMPLE-STRANGR"));
        assertThat(list(failed.get("difference"))).first().isEqualTo("verdict: expected REVISE, got DO_NOT_SEND");

        assertThat(list(json.get("problems"))).containsExactly(Map.of("file", bad.toString(), "line", 2,
                "path", "$.expect.verdict", "message", "unknown verdict \"SNED\" (did you mean \"SEND\"?)"));
        Map<String, Object> coverage = object(json.get("coverage"));
        assertThat(coverage).containsEntry("rules", 5).containsEntry("fired", 1)
                .containsEntry("uncovered", List.of("SAMPLE-LATE-CONTACT", "SAMPLE-NO-PURPOSE", "SAMPLE-PITCH", "SAMPLE-VOLUME"));
        assertThat(object(coverage.get("hits"))).containsEntry("SAMPLE-STRANGER", 2).containsEntry("SAMPLE-PITCH", 0);
    }

    @Test
    void writesAReviewThatFailedWithNullActual() {
        Path file = write(dir, "fr.json", scenario("fr", ScenarioFixtures.STRANGER_REQUEST, "fr", "{\"verdict\": \"DO_NOT_SEND\", "
                + "\"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\"}}"));

        Map<String, Object> json = object(JsonTree.parse(ScenarioJson.write(Scenarios.run(SAMPLE, Scenarios.load(file)))));

        Map<String, Object> result = object((list(json.get("scenarios"))).get(0));
        assertThat(result).containsEntry("actual", null).containsEntry("error", "the policy sample has no messages in fr (it has en, de)");
    }

    @Test
    void writesAVerdictOnlyScenarioWithItsDocumentationAndAlsoOkButWithoutRules() {
        write(dir, "labelled.json", "{\"source\": \"https://example.org\", \"judgement\": \"generic but harmless\", "
                + "\"title\": \"busy\", \"request\": " + ScenarioFixtures.BUSY + ", \"expect\": {\"verdict\": \"SEND\"}, "
                + "\"alsoOk\": [\"REVISE\"]}");

        Map<String, Object> json = object(JsonTree.parse(ScenarioJson.write(Scenarios.run(SAMPLE, Scenarios.load(dir)))));

        Map<String, Object> result = object(list(json.get("scenarios")).get(0));
        assertThat(result).containsEntry("source", "https://example.org").containsEntry("judgement", "generic but harmless")
                .containsEntry("passed", true);
        assertThat(object(result.get("expected"))).containsExactly(Map.entry("verdict", "SEND"),
                Map.entry("alsoOk", List.of("REVISE")));
        assertThat(json).doesNotContainKey("compare");
    }

    @Test
    void addsAComparisonWhenAskedFor() {
        write(dir, "a.json", ScenarioFixtures.labelled("busy", ScenarioFixtures.BUSY, "REVISE", null));
        ScenarioSet cases = Scenarios.load(dir);
        ScenarioReport report = Scenarios.run(SAMPLE, cases);
        PolicyComparison comparison = Figures.comparison(report, Scenarios.run(SAMPLE.toBuilder()
                .disable("SAMPLE-VOLUME").build(), cases));

        Map<String, Object> json = object(JsonTree.parse(ScenarioJson.write(report, comparison)));

        assertThat(object(json.get("compare"))).containsEntry("changed", 1).containsEntry("outOfJudgement", 1);
        Map<String, Object> change = object(list(object(json.get("compare")).get("changes")).get(0));
        assertThat(change).containsEntry("verdict", "REVISE").containsEntry("comparedVerdict", "SEND");
        assertThat(object(list(change.get("rules")).get(0))).hasSize(3).containsEntry("rule", "SAMPLE-VOLUME")
                .containsEntry("severity", "WARNING").containsEntry("comparedSeverity", null);
    }
}
