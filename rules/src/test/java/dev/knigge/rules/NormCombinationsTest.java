package dev.knigge.rules;

import static dev.knigge.advice.Severity.ADVICE;
import static dev.knigge.advice.Severity.BLOCKER;
import static dev.knigge.advice.Severity.WARNING;
import static dev.knigge.rules.Fixtures.declared;
import static dev.knigge.rules.Fixtures.formerColleague;
import static dev.knigge.rules.Fixtures.krause;
import static dev.knigge.rules.Fixtures.priya;
import static dev.knigge.rules.Fixtures.requester;
import static dev.knigge.rules.Fixtures.strangers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.Advice;
import dev.knigge.advice.Finding;
import dev.knigge.advice.Verdict;
import dev.knigge.request.Platform;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import org.junit.jupiter.api.Test;

/** Scenarios from docs/norms.md#how-the-norms-combine: verdicts and the exact rules that fire. */
class NormCombinationsTest {
    static final String DEFAULT = "I'd like to add you to my professional network on LinkedIn.";

    static ReviewRequest.Builder invitation() {
        return ReviewRequest.builder(RequestType.CONNECTION).platform(Platform.LINKEDIN).language("en")
                .requester(requester().build()).recipient(priya().build());
    }

    @Test
    void aFormerColleagueSendingTheDefaultInvitationOnlyGetsAdvice() {
        Advice advice = Reviews.review(invitation().note(DEFAULT).relationship(formerColleague().degree(2).build()).build());
        assertThat(advice.verdict()).isEqualTo(Verdict.SEND);
        assertThat(advice.finding("CON-DEFAULT-TEMPLATE").severity()).isEqualTo(ADVICE);
    }

    @Test
    void aStrangerSendingTheDefaultInvitationIsWarned() {
        Advice advice = Reviews.review(invitation().note(DEFAULT)
                .relationship(strangers().degree(2).mutualContacts(3).build()).build());
        assertThat(advice.verdict()).isEqualTo(Verdict.REVISE);
        assertThat(Reviews.fired(advice)).isEqualTo("CON-DEFAULT-TEMPLATE=WARNING");
    }

    @Test
    void aStrangerSendingTheDefaultInvitationWithNothingSharedMustNotSend() {
        Advice advice = Reviews.review(invitation().note(DEFAULT).relationship(strangers().degree(3).build()).build());
        assertThat(advice.verdict()).isEqualTo(Verdict.DO_NOT_SEND);
        assertThat(Reviews.fired(advice)).isEqualTo("GEN-NO-BASIS=BLOCKER, CON-DEFAULT-TEMPLATE=WARNING");
    }

    @Test
    void manyMutualContactsAndAGoodNoteIsFineWithWeakTieAdvice() {
        Advice advice = Reviews.review(invitation()
                .note("Hi Priya, Jonas Weber suggested I get in touch: I'd like to ask you about remote usability tests.")
                .relationship(strangers().degree(2).mutualContacts(30).build())
                .declared(declared().statesPurpose(true).statesContext(true).containsPitch(false).build()).build());
        assertThat(advice.verdict()).isEqualTo(Verdict.SEND);
        assertThat(Reviews.fired(advice)).isEqualTo("CON-WEAK-TIE=ADVICE");
    }

    @Test
    void aStrangerNotConnectedAskingForARecommendationIsAlsoIneligible() {
        Advice advice = Reviews.review(RecommendationRulesTest.goodRequest()
                .relationship(Relationship.builder().degree(2).build()).build());
        assertThat(advice.finding("REC-STRANGER").severity()).isEqualTo(BLOCKER);
        assertThat(advice.finding("PLAT-NOT-ELIGIBLE").severity()).isEqualTo(BLOCKER);
    }

    @Test
    void aStrangerConnectedYesterdayAskingForARecommendationIsAlsoTooSoon() {
        Advice advice = Reviews.review(RecommendationRulesTest.goodRequest()
                .relationship(Relationship.builder().degree(1).connectedDays(1).build()).build());
        assertThat(advice.finding("REC-STRANGER").severity()).isEqualTo(BLOCKER);
        assertThat(advice.finding("GEN-ASK-TOO-SOON").severity()).isEqualTo(WARNING);
        assertThat(advice.finding("PLAT-NOT-ELIGIBLE")).isNull();
    }

    @Test
    void aRecommendationRequestWithoutAnyNoteIsGeneric() {
        Advice advice = Reviews.review(RecommendationRulesTest.goodRequest().note(null).declared(declared().build())
                .build());
        assertThat(Reviews.fired(advice)).isEqualTo("REC-GENERIC=WARNING, REC-NO-OUT=ADVICE, REC-NO-RECIPROCITY=ADVICE");
    }

    @Test
    void theGermanDefaultInvitationIsATemplateButNoDu() {
        Advice advice = Reviews.review(invitation().language("de").recipient(krause().build())
                .note("Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.")
                .relationship(strangers().degree(2).mutualContacts(2).build()).build());
        assertThat(advice.finding("CON-DEFAULT-TEMPLATE").severity()).isEqualTo(WARNING);
        assertThat(advice.finding("DE-DU-STRANGER")).isNull();
    }

    @Test
    void aNoteInALanguageWithoutLexiconLeavesTheWordingNormsSilent() {
        Advice advice = Reviews.review(invitation().language("fr")
                .note("Bonjour Priya, on s'est rencontrés à Berlin, j'aimerais rester en contact.")
                .relationship(strangers().degree(2).mutualContacts(3).build()).build());
        assertThat(advice.unchecked()).containsExactly("note-language");
        assertThat(advice.findings()).extracting(Finding::rule).containsExactly("GEN-LANGUAGE");
    }

    @Test
    void twoTiersOfOneRuleShowOnlyTheWorse() {
        Advice advice = Reviews.review(invitation().note("Hi Priya, we met in Berlin at the UX meetup.")
                .relationship(formerColleague().degree(2).build())
                .activity(dev.knigge.request.Activity.builder().similarSentLast7Days(100).build()).build());
        assertThat(advice.findings()).filteredOn(f -> f.rule().equals("GEN-VOLUME")).singleElement()
                .extracting(Finding::severity).isEqualTo(BLOCKER);
    }
}
