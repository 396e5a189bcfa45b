package dev.knigge.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.audit.CampaignReport.Conclusion;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConclusionsTest {

    @Test
    void aCampaignOfOneNoteIsMassSent() {
        Conclusion conclusion = Conclusions.of(12, 1, 12, 0, 12, 0, 0, 1);
        assertThat(conclusion.english()).isEqualTo("Mass-sent: 12 of 12 requests share one note.");
        assertThat(conclusion.german()).isEqualTo("Massenversand: 12 von 12 Anfragen haben denselben Text.");
        assertThat(conclusion.in(Locale.GERMAN)).isEqualTo(conclusion.german());
        assertThat(conclusion.in(Locale.forLanguageTag("de-AT"))).isEqualTo(conclusion.german());
        assertThat(conclusion.in(Locale.FRENCH)).isEqualTo(conclusion.english());
        assertThat(conclusion.in(null)).isEqualTo(conclusion.english());
    }

    @Test
    void severalMassSentNotesAreCounted() {
        Conclusion conclusion = Conclusions.of(40, 3, 30, 0, 0, 0, 0, 1);
        assertThat(conclusion.english()).isEqualTo("Mass-sent: 30 of 40 requests share 3 notes.");
        assertThat(conclusion.german()).isEqualTo("Massenversand: 30 von 40 Anfragen teilen sich 3 Texte.");
    }

    @Test
    void offTopicInvitationsComeNext() {
        Conclusion one = Conclusions.of(20, 0, 0, 1, 1, 0, 0, 1);
        assertThat(one.english()).isEqualTo("Off-topic: 1 of 20 requests invites people to a topic their profile doesn't show.");
        assertThat(one.german()).isEqualTo("Am Thema vorbei: 1 von 20 Anfragen lädt zu einem Thema ein, das das Profil nicht zeigt.");
        assertThat(Conclusions.of(20, 0, 0, 5, 5, 0, 0, 1).english()).startsWith("Off-topic: 5 of 20 requests invite ");
    }

    @Test
    void thenRequestsThatMustNotGoOutAndThoseToRevise() {
        Conclusion conclusion = Conclusions.of(20, 0, 0, 0, 3, 1, 0, 1);
        assertThat(conclusion.english()).isEqualTo("Not ready: 3 of 20 requests must not go out, 1 needs revising.");
        assertThat(conclusion.german())
                .isEqualTo("Nicht bereit: 3 von 20 Anfragen dürfen nicht raus, 1 muss überarbeitet werden.");
        assertThat(Conclusions.of(20, 0, 0, 0, 1, 0, 0, 1).german()).isEqualTo("Nicht bereit: 1 von 20 Anfragen darf nicht raus.");
    }

    @Test
    void failedReviewsLeaveItIncomplete() {
        assertThat(Conclusions.of(5, 0, 0, 0, 0, 2, 1, 1).english())
                .isEqualTo("Incomplete: 1 of 5 requests could not be reviewed: the policy failed.");
    }

    @Test
    void onlyRevisionsLeaveItAlmostReady() {
        Conclusion conclusion = Conclusions.of(5, 0, 0, 0, 0, 2, 0, 1);
        assertThat(conclusion.english()).isEqualTo("Almost ready: 2 of 5 requests need revising.");
        assertThat(conclusion.german()).isEqualTo("Fast bereit: 2 von 5 Anfragen müssen überarbeitet werden.");
    }

    @Test
    void aCleanCampaignIsReady() {
        assertThat(Conclusions.of(5, 0, 0, 0, 0, 0, 0, 1).english()).isEqualTo("Ready: all 5 requests can go out as they are.");
        assertThat(Conclusions.of(1, 0, 0, 0, 0, 0, 0, 1).german()).isEqualTo("Bereit: Die Anfrage kann so raus.");
        assertThat(Conclusions.of(0, 0, 0, 0, 0, 0, 0, 0).english())
                .isEqualTo("Nothing to audit: the campaign holds no valid request.");
    }

    @Test
    void severalRequestersAreNamed() {
        Conclusion conclusion = Conclusions.of(5, 0, 0, 0, 0, 0, 0, 3);
        assertThat(conclusion.english()).endsWith(" The requests name 3 requesters: see the figures per requester.");
        assertThat(conclusion.german()).endsWith(" Die Anfragen nennen 3 Absender: siehe die Zahlen je Absender.");
    }
}
