package dev.knigge.rules;

import static dev.knigge.advice.Severity.BLOCKER;
import static dev.knigge.rules.Fixtures.formerColleague;
import static dev.knigge.rules.Fixtures.krause;
import static dev.knigge.rules.Fixtures.requester;
import static dev.knigge.rules.Fixtures.strangers;
import static dev.knigge.rules.Reviews.assertFires;
import static dev.knigge.rules.Reviews.assertSilent;

import dev.knigge.request.Account;
import dev.knigge.request.Activity;
import dev.knigge.request.Group;
import dev.knigge.request.Platform;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** platform.drl: what LinkedIn and XING do not allow. */
class PlatformRulesTest {

    @Nested
    class PlatNotEligible {
        static final String ID = "PLAT-NOT-ELIGIBLE";

        /** A request between former colleagues who are 1st-degree contacts: eligible everywhere. */
        ReviewRequest.Builder request(RequestType type, Platform platform) {
            return ReviewRequest.builder(type).platform(platform).language("de")
                    .note("Hallo Herr Krause, wir haben 2019 bei der Bahn zusammengearbeitet.")
                    .topics("usability").requester(requester().build()).recipient(krause().build())
                    .relationship(formerColleague().build());
        }

        ReviewRequest.Builder groupInvite(Platform platform, Group.Builder group) {
            return request(RequestType.GROUP_INVITE, platform).group(group.topics("usability").posts(300).build());
        }

        @Test
        void blocksARecommendationRequestToSomeoneNotConnected() {
            assertFires(request(RequestType.RECOMMENDATION, Platform.LINKEDIN)
                    .relationship(formerColleague().degree(2).build()).build(), ID, BLOCKER);
        }

        @Test
        void blocksAnEndorsementRequestToSomeoneNotConnectedOnXing() {
            assertFires(request(RequestType.ENDORSEMENT, Platform.XING).skill("usability")
                    .relationship(formerColleague().degree(0).build()).build(), ID, BLOCKER);
        }

        @Test
        void blocksALinkedInMessageToA2ndDegreeContact() {
            assertFires(request(RequestType.MESSAGE, Platform.LINKEDIN)
                    .relationship(strangers().degree(2).build()).build(), ID, BLOCKER);
        }

        @Test
        void blocksAXingMessageToANonContactFromABasicMember() {
            assertFires(request(RequestType.MESSAGE, Platform.XING).relationship(strangers().degree(2).build())
                    .build(), ID, BLOCKER);
        }

        @Test
        void staysSilentForAXingMessageToANonContactFromAPremiumMember() {
            assertSilent(request(RequestType.MESSAGE, Platform.XING).relationship(strangers().degree(2).build())
                    .requester(requester().account(Account.PREMIUM).build()).build(), ID);
        }

        @Test
        void blocksAnInMailWithoutCreditsLeft() {
            assertFires(request(RequestType.INMAIL, Platform.LINKEDIN)
                    .activity(Activity.builder().inMailCredits(0).build()).build(), ID, BLOCKER);
        }

        @Test
        void staysSilentForAnInMailWhenTheCreditsAreUnknownOrLeft() {
            assertSilent(request(RequestType.INMAIL, Platform.LINKEDIN).build(), ID);
            assertSilent(request(RequestType.INMAIL, Platform.LINKEDIN)
                    .activity(Activity.builder().inMailCredits(3).build()).build(), ID);
        }

        @Test
        void blocksAnInMailToSomeoneWhoDoesNotAcceptInMail() {
            assertFires(request(RequestType.INMAIL, Platform.LINKEDIN)
                    .recipient(krause().acceptsInMail(false).build()).build(), ID, BLOCKER);
        }

        @Test
        void blocksAGroupInvitationToSomeoneWhoTurnedThemOff() {
            assertFires(groupInvite(Platform.XING, Group.builder())
                    .recipient(krause().acceptsGroupInvites(false).build()).build(), ID, BLOCKER);
        }

        @Test
        void blocksAGroupInvitationFromSomeoneWhoIsNotAMember() {
            assertFires(groupInvite(Platform.XING, Group.builder().requesterIsMember(false)).build(), ID, BLOCKER);
        }

        @Test
        void blocksAGroupInvitationToSomeoneWhoAlreadyIsAMember() {
            assertFires(groupInvite(Platform.LINKEDIN, Group.builder().recipientIsMember(true)).build(), ID, BLOCKER);
        }

        @Test
        void blocksALinkedInGroupInvitationToSomeoneNot1stDegree() {
            assertFires(groupInvite(Platform.LINKEDIN, Group.builder())
                    .relationship(formerColleague().degree(2).build()).build(), ID, BLOCKER);
        }

        @Test
        void staysSilentForAXingGroupInvitationToA2ndDegreeContact() {
            assertSilent(groupInvite(Platform.XING, Group.builder())
                    .relationship(formerColleague().degree(2).build()).build(), ID);
        }

        @Test
        void staysSilentForEligibleRequestsBetween1stDegreeContacts() {
            for (RequestType type : RequestType.values()) {
                assertSilent(request(type, Platform.LINKEDIN).group(type == RequestType.GROUP_INVITE
                        ? Group.builder().topics("usability").build() : null).build(), ID);
            }
        }

        @Test
        void staysSilentOnAGenericPlatformWhateverTheRelationship() {
            assertSilent(request(RequestType.RECOMMENDATION, Platform.GENERIC)
                    .relationship(strangers().build()).build(), ID);
            assertSilent(request(RequestType.MESSAGE, Platform.GENERIC).relationship(strangers().build()).build(), ID);
            assertSilent(request(RequestType.INMAIL, Platform.GENERIC)
                    .activity(Activity.builder().inMailCredits(0).build()).build(), ID);
            assertSilent(groupInvite(Platform.GENERIC, Group.builder().requesterIsMember(false)).build(), ID);
        }
    }
}
