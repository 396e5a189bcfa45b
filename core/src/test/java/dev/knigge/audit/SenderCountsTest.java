package dev.knigge.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.request.Activity;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SenderCountsTest {
    private static final ReviewRequest UNSTATED = ReviewRequest.builder(RequestType.CONNECTION).note("Hi").build();

    @Test
    void fillsInBothCountsWhereTheRequestStatesNone() {
        Activity filled = new SenderCounts(5, 3).fillIn(UNSTATED).activity();

        assertThat(filled.similarSentLast7Days()).isEqualTo(5);
        assertThat(filled.sameNoteRecipients()).isEqualTo(3);
    }

    @Test
    void valuesTheRequestStatesWin() {
        ReviewRequest stated = UNSTATED.toBuilder()
                .activity(Activity.builder().similarSentLast7Days(1).sameNoteRecipients(2).pendingInvitations(9).build())
                .build();

        assertThat(new SenderCounts(50, 30).fillIn(stated)).isSameAs(stated);
    }

    @Test
    void keepsTheRestOfTheActivity() {
        ReviewRequest partly = UNSTATED.toBuilder()
                .activity(Activity.builder().sameNoteRecipients(2).pendingInvitations(9).build()).build();
        Activity filled = new SenderCounts(4, 30).fillIn(partly).activity();

        assertThat(filled.similarSentLast7Days()).isEqualTo(4);
        assertThat(filled.sameNoteRecipients()).isEqualTo(2);
        assertThat(filled.pendingInvitations()).isEqualTo(9);
    }

    @Test
    void withoutANoteLeavesSameNoteRecipientsUnknown() {
        assertThat(new SenderCounts(0, null).fillIn(UNSTATED).activity().sameNoteRecipients()).isNull();
    }

    @Test
    void looksBackSevenDays() {
        assertThat(SenderCounts.WINDOW).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void checksItsCounts() {
        assertThatThrownBy(() -> new SenderCounts(-1, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("similarSentBefore must be 0 or more (was -1)");
        assertThatThrownBy(() -> new SenderCounts(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sameNoteRecipients must be 1 or more (was 0)");
    }
}
