package dev.knigge.rules;

import static dev.knigge.advice.Severity.ADVICE;
import static dev.knigge.advice.Severity.WARNING;
import static dev.knigge.rules.Fixtures.acquaintance;
import static dev.knigge.rules.Fixtures.englishText;
import static dev.knigge.rules.Fixtures.priya;
import static dev.knigge.rules.Fixtures.requester;
import static dev.knigge.rules.Reviews.assertFires;
import static dev.knigge.rules.Reviews.assertSilent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.request.Account;
import dev.knigge.request.Group;
import dev.knigge.request.Platform;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** length.drl: the platforms' hard limits and the length busy readers answer. */
class LengthRulesTest {

    @Nested
    class GenLength {
        static final String ID = "GEN-LENGTH";

        ReviewRequest.Builder request(RequestType type, Platform platform, int length) {
            return ReviewRequest.builder(type).platform(platform).language("en").note(englishText(length))
                    .requester(requester().build()).recipient(priya().build()).relationship(acquaintance().build());
        }

        @Test
        void advisesAboutALinkedInInvitationOverTheFreeAccountsLimit() {
            assertThat(assertFires(request(RequestType.CONNECTION, Platform.LINKEDIN, 201).build(), ID, ADVICE)
                    .reason()).contains("201 characters").contains("longer than 200");
        }

        @Test
        void warnsAboutAFreeAccountsInvitationOverTheLimitEveryAccountHas() {
            assertThat(assertFires(request(RequestType.CONNECTION, Platform.LINKEDIN, 301).build(), ID, WARNING)
                    .reason()).contains("301 characters").contains("longer than 300");
        }

        @Test
        void staysSilentForAFreeAccountsInvitationAtTheLimit() {
            assertSilent(request(RequestType.CONNECTION, Platform.LINKEDIN, 200).build(), ID);
        }

        @Test
        void allowsPremiumAccountsThreeHundredCharacters() {
            ReviewRequest.Builder premium = request(RequestType.CONNECTION, Platform.LINKEDIN, 300)
                    .requester(requester().account(Account.PREMIUM).build());
            assertSilent(premium.build(), ID);
            assertFires(premium.note(englishText(301)).build(), ID, WARNING);
        }

        @Test
        void countsCharactersNotUtf16Units() {
            String emoji = "Hi Priya, " + "\uD83D\uDE00".repeat(190);
            assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(200);
            assertSilent(request(RequestType.CONNECTION, Platform.LINKEDIN, 0).note(emoji).build(), ID);
        }

        @Test
        void warnsAboutAnInMailBodyOverTwoThousandCharacters() {
            assertFires(request(RequestType.INMAIL, Platform.LINKEDIN, 2001).build(), ID, WARNING);
        }

        @Test
        void warnsAboutAnInMailSubjectOverTwoHundredCharacters() {
            ReviewRequest request = request(RequestType.INMAIL, Platform.LINKEDIN, 150).subject("x".repeat(201)).build();
            assertThat(assertFires(request, ID, WARNING).reason()).contains("201").contains("200");
        }

        @Test
        void advisesAMessageOverEightHundredCharacters() {
            assertFires(request(RequestType.MESSAGE, Platform.GENERIC, 801).build(), ID, ADVICE);
            assertFires(request(RequestType.INMAIL, Platform.LINKEDIN, 801).build(), ID, ADVICE);
        }

        @Test
        void staysSilentForAMessageOfEightHundredCharacters() {
            assertSilent(request(RequestType.MESSAGE, Platform.LINKEDIN, 800).build(), ID);
        }

        @Test
        void warnsAboutAXingGroupInvitationOverFiveHundredCharacters() {
            assertFires(request(RequestType.GROUP_INVITE, Platform.XING, 501).group(Group.builder().build()).build(),
                    ID, WARNING);
        }

        @Test
        void staysSilentForALinkedInGroupInvitationOfTheSameLength() {
            assertSilent(request(RequestType.GROUP_INVITE, Platform.LINKEDIN, 501).build(), ID);
        }

        @Test
        void staysSilentForALongInvitationOnAGenericPlatform() {
            assertSilent(request(RequestType.CONNECTION, Platform.GENERIC, 400).build(), ID);
        }

        @Test
        void judgesLengthWhateverTheLanguage() {
            String french = "Bonjour Priya, " + "nous nous sommes rencontrés à Berlin. ".repeat(8);
            assertFires(request(RequestType.CONNECTION, Platform.LINKEDIN, 0).language("fr").note(french).build(),
                    ID, WARNING);
        }

        @Test
        void staysSilentWithoutANoteEvenWithALongSubject() {
            assertSilent(request(RequestType.INMAIL, Platform.LINKEDIN, 0).note(null).subject("x".repeat(201)).build(),
                    ID);
        }
    }
}
