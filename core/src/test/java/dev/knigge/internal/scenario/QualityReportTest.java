package dev.knigge.internal.scenario;

import static dev.knigge.internal.scenario.ScenarioFixtures.SAMPLE;
import static dev.knigge.internal.scenario.ScenarioFixtures.labelledQuality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import dev.knigge.scenario.QualityReport;
import dev.knigge.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quality figures of the sample policy on eleven labelled cases, counted by hand from what each case gets. */
class QualityReportTest {
    @TempDir
    Path dir;

    QualityReport quality;

    @BeforeEach
    void review() {
        quality = labelledQuality(dir);
    }

    private static String name(QualityReport.Case c) {
        return c.scenario().file().getFileName().toString();
    }

    @Nested
    class HeadlineFigures {
        @Test
        void countOnlyTheReviewedCases() {
            assertThat(quality.policy()).isEqualTo("sample");
            assertThat(quality.cases()).hasSize(11);
            assertThat(quality.unreviewed()).singleElement().satisfies(unreviewed -> {
                assertThat(unreviewed.scenario().title()).isEqualTo("in French");
                assertThat(unreviewed.error()).isEqualTo("the policy sample has no messages in fr (it has en, de)");
            });
            assertThat(quality.labelled(Verdict.SEND)).isEqualTo(5);
            assertThat(quality.labelled(Verdict.REVISE)).isEqualTo(2);
            assertThat(quality.labelled(Verdict.DO_NOT_SEND)).isEqualTo(4);
        }

        @Test
        void giveTheAccuracyWithinTheJudgementAndTheExactAccuracy() {
            assertThat(quality.within()).as("a, c, e, f, h, i").isEqualTo(6);
            assertThat(quality.accuracy()).isCloseTo(6 / 11.0, within(1e-12));
            assertThat(quality.exact()).as("a, e, f, h").isEqualTo(4);
            assertThat(quality.exactAccuracy()).isCloseTo(4 / 11.0, within(1e-12));
        }

        @Test
        void fillTheConfusionMatrixLabelledByGiven() {
            int[][] expected = {{2, 2, 1}, {1, 1, 0}, {1, 2, 1}};
            Verdict[] verdicts = Verdict.values();
            for (int label = 0; label < 3; label++) {
                for (int given = 0; given < 3; given++) {
                    assertThat(quality.confusion(verdicts[label], verdicts[given]))
                            .as("labelled %s, given %s", verdicts[label], verdicts[given]).isEqualTo(expected[label][given]);
                }
            }
        }

        @Test
        void giveTheRatesOverTheGoodNotesAndOverTheSpam() {
            assertThat(quality.goodSend()).isEqualTo(2);
            assertThat(quality.goodSendShare()).isCloseTo(0.4, within(1e-12));
            assertThat(quality.nags()).as("b and c, although c's REVISE is within its judgement").isEqualTo(2);
            assertThat(quality.nagRate()).isCloseTo(0.4, within(1e-12));
            assertThat(quality.falseBlocks()).isEqualTo(1);
            assertThat(quality.falseBlockRate()).isCloseTo(0.2, within(1e-12));
            assertThat(quality.missedBlocks()).as("j and k; i's REVISE is within its judgement").isEqualTo(2);
            assertThat(quality.missedBlockRate()).isCloseTo(0.5, within(1e-12));
            assertThat(quality.spamSent()).isEqualTo(1);
        }

        @Test
        void readInOneLine() {
            assertThat(quality.summary()).isEqualTo("accuracy 54.5 % (6 of 11), exact 36.4 % (4), good notes SEND 40.0 % "
                    + "(2 of 5), nag rate 40.0 % (2), false blocks 1, missed blocks 50.0 % (2 of 4), spam sent 1");
        }

        @Test
        void ofNoCasesAreZero() {
            QualityReport empty = Figures.quality(Scenarios.run(SAMPLE, Scenarios.load(dir.resolve("nothing"))));

            assertThat(empty.cases()).isEmpty();
            assertThat(empty.problems()).hasSize(1);
            assertThat(List.of(empty.accuracy(), empty.exactAccuracy(), empty.goodSendShare(), empty.nagRate(),
                    empty.falseBlockRate(), empty.missedBlockRate())).containsOnly(0.0);
            assertThat(empty.rules()).isEmpty();
        }
    }

    @Nested
    class TheCasesOutsideTheirJudgement {
        @Test
        void areListedInOrderWithTheRulesThatDecidedThem() {
            List<QualityReport.Case> outside = quality.outside();

            assertThat(outside).extracting(QualityReportTest::name).containsExactly("b.json", "d.json", "g.json", "j.json", "k.json");
            assertThat(outside).extracting(QualityReport.Case::given).containsExactly(Verdict.REVISE, Verdict.DO_NOT_SEND,
                    Verdict.SEND, Verdict.SEND, Verdict.REVISE);
            assertThat(outside.get(0).deciding()).containsExactly(Map.entry("SAMPLE-PITCH", Severity.WARNING));
            assertThat(outside.get(1).deciding()).containsExactly(Map.entry("SAMPLE-STRANGER", Severity.BLOCKER));
            assertThat(outside.get(2).deciding()).as("SEND is decided by no rule").isEmpty();
            assertThat(outside.get(2).fired()).containsExactly(Map.entry("SAMPLE-NO-PURPOSE", Severity.ADVICE));
        }

        @Test
        void sayWhatTheyWereLabelledWhatTheyGotAndWhy() {
            assertThat(quality.outside()).extracting(QualityReport.Case::outcome).containsExactly(
                    "labelled SEND, given REVISE by SAMPLE-PITCH WARNING",
                    "labelled SEND, given DO_NOT_SEND by SAMPLE-STRANGER BLOCKER",
                    "labelled REVISE (or DO_NOT_SEND), given SEND (fired: SAMPLE-NO-PURPOSE ADVICE)",
                    "labelled DO_NOT_SEND, given SEND (nothing fired)",
                    "labelled DO_NOT_SEND, given REVISE by SAMPLE-PITCH WARNING");
        }

        @Test
        void areDecidedOnlyByTheRulesAtTheVerdictsSeverity() {
            TreeMap<String, Severity> fired = new TreeMap<>(Map.of("A-B", Severity.ADVICE, "C-D", Severity.WARNING,
                    "E-F", Severity.BLOCKER, "G-H", Severity.WARNING));
            Scenario scenario = quality.cases().get(0).scenario();

            assertThat(new QualityReport.Case(scenario, Verdict.DO_NOT_SEND, fired).deciding()).containsOnlyKeys("E-F");
            fired.remove("E-F");
            assertThat(new QualityReport.Case(scenario, Verdict.REVISE, fired).deciding()).containsOnlyKeys("C-D", "G-H");
        }
    }

    @Test
    void countsForEachRuleTheCasesByLabelAndTheNagsAndFalseBlocksItDecided() {
        assertThat(quality.rules()).containsExactly(
                new QualityReport.RuleFigures("SAMPLE-LATE-CONTACT", 1, 0, 0, 0),
                new QualityReport.RuleFigures("SAMPLE-NO-PURPOSE", 0, 1, 0, 0),
                new QualityReport.RuleFigures("SAMPLE-PITCH", 1, 2, 1, 0),
                new QualityReport.RuleFigures("SAMPLE-STRANGER", 1, 0, 0, 1),
                new QualityReport.RuleFigures("SAMPLE-VOLUME", 1, 2, 1, 0));
    }

    @Test
    void holdsImmutableListsAndNamesMissingFields() {
        assertThatThrownBy(() -> quality.cases().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> quality.outside().get(0).fired().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Figures.quality(null)).hasMessage("report == null");
        assertThatThrownBy(() -> new QualityReport(null, "1", List.of(), List.of(), List.of())).hasMessage("policy == null");
        assertThatThrownBy(() -> new QualityReport.Case(quality.cases().get(0).scenario(), null, new TreeMap<>()))
                .hasMessage("given == null");
        assertThatThrownBy(() -> new QualityReport.RuleFigures("A-B", 1, 0, 1, 1))
                .hasMessage("nags and false blocks are cases labelled SEND it fired in");
    }
}
