package dev.knigge.internal.scenario;

import static dev.knigge.internal.scenario.ScenarioFixtures.SAMPLE;
import static dev.knigge.internal.scenario.ScenarioFixtures.labelledCases;
import static dev.knigge.internal.scenario.ScenarioFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.Advisor;
import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import dev.knigge.scenario.PolicyComparison;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shadow run: the sample policy against a copy that blocks pitches and ignores late contact. */
class PolicyComparisonTest {
    static final Advisor STRICTER = SAMPLE.toBuilder().severity("SAMPLE-PITCH", Severity.BLOCKER)
            .disable("SAMPLE-LATE-CONTACT").build();

    @TempDir
    Path dir;

    @Test
    void listsTheCasesWhoseVerdictDiffersWithTheRulesThatMakeTheDifference() {
        labelledCases(dir);
        ScenarioSet cases = Scenarios.load(dir);

        PolicyComparison comparison = Figures.comparison(Scenarios.run(SAMPLE, cases), Scenarios.run(STRICTER, cases));

        assertThat(comparison.policy()).isEqualTo("sample");
        assertThat(comparison.comparedPolicy()).isEqualTo("sample");
        assertThat(comparison.cases()).as("the French case is reviewed by neither").isEqualTo(11);
        assertThat(comparison.changes()).as("the three pitches; e loses its advice but keeps SEND")
                .extracting(change -> change.scenario().file().getFileName().toString())
                .containsExactly("b.json", "f.json", "k.json");
        for (PolicyComparison.Change change : comparison.changes()) {
            assertThat(change.verdict()).isEqualTo(Verdict.REVISE);
            assertThat(change.comparedVerdict()).isEqualTo(Verdict.DO_NOT_SEND);
            assertThat(change.rules()).containsExactly(new PolicyComparison.RuleChange("SAMPLE-PITCH", Severity.WARNING,
                    Severity.BLOCKER));
        }
        assertThat(comparison.changes()).extracting(PolicyComparison.Change::within).containsExactly(false, true, false);
        assertThat(comparison.changes()).extracting(PolicyComparison.Change::comparedWithin).containsExactly(false, false, true);
        assertThat(comparison.intoJudgement()).isEqualTo(1);
        assertThat(comparison.outOfJudgement()).isEqualTo(1);
    }

    @Test
    void namesARuleThatFiresUnderOnlyOnePolicy() {
        write(dir, "late.json", ScenarioFixtures.labelled("late", ScenarioFixtures.LATE, "SEND", null));
        Advisor lateMatters = SAMPLE.toBuilder().severity("SAMPLE-LATE-CONTACT", Severity.WARNING).build();
        Advisor lateIgnored = SAMPLE.toBuilder().disable("SAMPLE-LATE-CONTACT").build();
        ScenarioSet cases = Scenarios.load(dir);

        PolicyComparison comparison = Figures.comparison(Scenarios.run(lateIgnored, cases), Scenarios.run(lateMatters, cases));

        assertThat(comparison.changes()).singleElement().satisfies(change -> {
            assertThat(change.verdict()).isEqualTo(Verdict.SEND);
            assertThat(change.comparedVerdict()).isEqualTo(Verdict.REVISE);
            assertThat(change.rules()).containsExactly(new PolicyComparison.RuleChange("SAMPLE-LATE-CONTACT", null,
                    Severity.WARNING));
        });
    }

    @Test
    void refusesRunsOfDifferentCases() {
        write(dir, "a/one.json", ScenarioFixtures.labelled("one", ScenarioFixtures.QUIET, "SEND", null));
        write(dir, "b/two.json", ScenarioFixtures.labelled("two", ScenarioFixtures.QUIET, "SEND", null));

        assertThatThrownBy(() -> Figures.comparison(Scenarios.run(SAMPLE, Scenarios.load(dir.resolve("a"))),
                Scenarios.run(SAMPLE, Scenarios.load(dir.resolve("b")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the two runs hold different cases (1 and 1)");
        assertThatThrownBy(() -> new PolicyComparison.RuleChange("A-B", Severity.ADVICE, Severity.ADVICE))
                .hasMessage("A-B fired the same under both policies");
    }
}
