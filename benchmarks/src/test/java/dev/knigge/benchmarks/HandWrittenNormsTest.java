package dev.knigge.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.Advice;
import dev.knigge.advice.Finding;
import dev.knigge.advice.Verdict;
import dev.knigge.internal.engine.Engine;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-written baseline stays honest: over the corpus it gives what the DRL gives. */
class HandWrittenNormsTest {
    private static List<ReviewRequest> corpus;
    private static Engine engine;
    private static HandWrittenNorms norms;

    @BeforeAll
    static void setUp() {
        corpus = Corpus.standard();
        engine = Professional.engine();
        norms = Professional.handWritten(engine);
    }

    @Test
    void givesTheSameVerdictsRuleIdsAndSeveritiesAsTheDrlOverTheCorpus() {
        for (Locale locale : new Locale[] {null, Locale.ENGLISH, Locale.GERMAN}) {
            for (ReviewRequest request : corpus) {
                Advice drl = engine.review(request, locale);
                Advice java = norms.review(engine, request, locale);
                assertThat(java.verdict()).as("verdict of %s", request.id()).isEqualTo(drl.verdict());
                assertThat(summary(java)).as("findings of %s", request.id()).isEqualTo(summary(drl));
            }
        }
    }

    @Test
    void givesTheSameFindingTextsAndEvidenceAsTheDrl() {
        for (ReviewRequest request : corpus) {
            assertThat(norms.review(engine, request, null).findings()).as("findings of %s", request.id())
                    .isEqualTo(engine.review(request, null).findings());
        }
    }

    @Test
    void firesTheSameRulesAsTheDrlInTheTrace() {
        for (ReviewRequest request : corpus) {
            assertThat(rulesFired(norms.review(engine, request, null))).as("rules fired for %s", request.id())
                    .isEqualTo(rulesFired(engine.review(request, null)));
        }
    }

    @Test
    void theCorpusCoversEveryRequestTypeBothLanguagesAndEveryVerdict() {
        Set<RequestType> types = EnumSet.noneOf(RequestType.class);
        Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        Set<String> languages = new HashSet<>();
        Set<String> rules = new HashSet<>();
        for (ReviewRequest request : corpus) {
            types.add(request.type());
            Advice advice = engine.review(request, null);
            verdicts.add(advice.verdict());
            languages.add(String.valueOf(advice.locale().getLanguage()));
            advice.findings().forEach(finding -> rules.add(finding.rule()));
        }
        assertThat(types).containsExactlyInAnyOrder(RequestType.values());
        assertThat(verdicts).containsExactlyInAnyOrder(Verdict.values());
        assertThat(languages).contains("en", "de");
        assertThat(rules).as("rule ids the corpus makes fire").hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void theCorpusIsTheSameEveryTime() {
        assertThat(Corpus.standard()).isEqualTo(Corpus.standard());
    }

    private static List<String> summary(Advice advice) {
        List<String> out = new ArrayList<>();
        for (Finding finding : advice.findings()) {
            out.add(finding.rule() + ":" + finding.severity());
        }
        return out;
    }

    private static Set<String> rulesFired(Advice advice) {
        Set<String> names = new HashSet<>();
        advice.trace().forEach(firing -> names.add(firing.name()));
        return names;
    }
}
