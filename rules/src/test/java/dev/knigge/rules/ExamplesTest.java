package dev.knigge.rules;

import static dev.knigge.advice.Severity.BLOCKER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.Advice;
import dev.knigge.advice.Verdict;
import org.junit.jupiter.api.Test;

/** The shared examples get the verdicts their README gives. */
class ExamplesTest {

    @Test
    void aStrangerAskingForARecommendationMustNotSend() {
        Advice advice = Reviews.review(Examples.recommendationFromAStranger());
        assertThat(advice.verdict()).isEqualTo(Verdict.DO_NOT_SEND);
        assertThat(advice.finding("REC-STRANGER").severity()).isEqualTo(BLOCKER);
        assertThat(advice.id()).isEqualTo("founding-post-recommendation");
    }

    @Test
    void anOffTopicGroupInvitationMustNotSend() {
        Advice advice = Reviews.review(Examples.groupInviteOffTopic());
        assertThat(advice.verdict()).isEqualTo(Verdict.DO_NOT_SEND);
        assertThat(advice.finding("GRP-TOPIC-MISMATCH").severity()).isEqualTo(BLOCKER);
    }

    @Test
    void aFormerColleaguesInvitationIsFineToSend() {
        Advice advice = Reviews.review(Examples.connectionFormerColleague());
        assertThat(advice.verdict()).isEqualTo(Verdict.SEND);
        // The note names the project they shipped together and the year: not even advice.
        assertThat(advice.findings()).isEmpty();
    }

    @Test
    void eachRequestOfTheMassPitchCampaignMustNotSend() {
        Advice advice = Reviews.review(Examples.campaignFirstRequest());
        assertThat(advice.verdict()).isEqualTo(Verdict.DO_NOT_SEND);
        assertThat(advice.finding("GEN-MASS-TEMPLATE").severity()).isEqualTo(BLOCKER);
        assertThat(advice.finding("GEN-COLD-PITCH").severity()).isEqualTo(BLOCKER);
    }
}
