package dev.knigge.rules;

import static dev.knigge.advice.Severity.ADVICE;
import static dev.knigge.advice.Severity.BLOCKER;
import static dev.knigge.advice.Severity.WARNING;
import static dev.knigge.rules.Fixtures.declared;
import static dev.knigge.rules.Fixtures.krause;
import static dev.knigge.rules.Fixtures.nameOnly;
import static dev.knigge.rules.Fixtures.requester;
import static dev.knigge.rules.Reviews.assertFires;
import static dev.knigge.rules.Reviews.assertSilent;
import static dev.knigge.rules.Reviews.assertUnchecked;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.request.Activity;
import dev.knigge.request.Group;
import dev.knigge.request.Platform;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** group.drl: group and discussion invitations. */
class GroupRulesTest {

    /** An invitation to a usability group, well matched to Stefan Krause's profile, saying why. */
    static ReviewRequest.Builder usabilityGroup() {
        return ReviewRequest.builder(RequestType.GROUP_INVITE).platform(Platform.XING).language("de")
                .note("Hallo Herr Krause, ich lade Sie in „Usability DACH“ ein, weil Sie regelmäßig zu Nutzertests schreiben.")
                .requester(requester().build()).recipient(krause().build())
                .relationship(Relationship.builder().degree(1).knowEachOther(true).build())
                .group(Group.builder().name("Usability DACH").topics("usability").posts(300).build())
                .declared(declared().saysWhyFits(true).build());
    }

    /** The founding post's case: a network-marketing group for an IT consultant. */
    static ReviewRequest.Builder networkMarketing() {
        return usabilityGroup().note("Hallo, ich lade Sie herzlich in unsere Gruppe ein!").declared(declared().build())
                .group(Group.builder().name("Erfolgreich im Network-Marketing").topics("network-marketing", "mlm")
                        .posts(1200).build());
    }

    @Nested
    class GrpTopicMismatch {
        static final String ID = "GRP-TOPIC-MISMATCH";

        @Test
        void blocksANetworkMarketingGroupForAUsabilityConsultant() {
            assertFires(networkMarketing().build(), ID, BLOCKER);
        }

        @Test
        void blocksADiscussionInvitationOnAnUnrelatedTopic() {
            assertFires(networkMarketing().type(RequestType.DISCUSSION_INVITE).group(null).topics("crypto").build(),
                    ID, BLOCKER);
        }

        @Test
        void staysSilentWhenTheGroupMatchesTheirInterests() {
            assertSilent(usabilityGroup().build(), ID);
        }

        @Test
        void staysSilentWhenTheNoteNamesOneOfTheirInterests() {
            assertSilent(networkMarketing().note("Hallo Herr Krause, in der Gruppe geht es auch um Usability.").build(),
                    ID);
        }

        @Test
        void staysSilentWhenNothingIsKnownAboutTheTopic() {
            assertSilent(networkMarketing().group(Group.builder().posts(1200).build()).build(), ID);
        }

        @Test
        void staysSilentWhenTheirProfileIsUnknownAndSaysSo() {
            ReviewRequest unknown = networkMarketing().recipient(nameOnly().build()).build();
            assertSilent(unknown, ID);
            assertUnchecked(unknown, ID, "recipient-profile");
        }
    }

    @Nested
    class GrpNoReason {
        static final String ID = "GRP-NO-REASON";

        @Test
        void warnsAboutAFittingInvitationThatDoesNotSayWhy() {
            assertFires(usabilityGroup().declared(declared().saysWhyFits(false).build()).build(), ID, WARNING);
        }

        @Test
        void warnsAboutAFittingInvitationWithoutANote() {
            assertFires(usabilityGroup().note(null).declared(declared().build()).build(), ID, WARNING);
        }

        @Test
        void staysSilentWhenTheNoteSaysWhyItFits() {
            assertSilent(usabilityGroup().build(), ID);
        }

        @Test
        void staysSilentWhenTheNoteNamesTheirWork() {
            assertSilent(usabilityGroup().note("Hallo Herr Krause, Ihr Artikel zu barrierefreien Formularen wurde in "
                    + "der Gruppe gerade diskutiert.").declared(declared().build()).build(), ID);
        }

        @Test
        void staysSilentForAnUnrelatedGroupWhichTheTopicRuleBlocks() {
            assertSilent(networkMarketing().build(), ID);
        }
    }

    @Nested
    class GrpRepeat {
        static final String ID = "GRP-REPEAT";

        ReviewRequest.Builder invitedBefore(Integer daysAgo) {
            return usabilityGroup().group(Group.builder().topics("usability").posts(300).lastInviteDaysAgo(daysAgo).build());
        }

        @Test
        void blocksAReInviteAMonthLater() {
            assertThat(assertFires(invitedBefore(30).build(), ID, BLOCKER).reason()).contains("last 180 days");
        }

        @Test
        void blocksAReInviteOnEveryPlatform() {
            assertFires(invitedBefore(30).platform(Platform.GENERIC).build(), ID, BLOCKER);
        }

        @Test
        void staysSilentHalfAYearLater() {
            assertSilent(invitedBefore(180).build(), ID);
        }

        @Test
        void staysSilentForAFirstInvitation() {
            assertSilent(invitedBefore(null).build(), ID);
        }
    }

    @Nested
    class GrpEmptyGroup {
        static final String ID = "GRP-EMPTY-GROUP";

        ReviewRequest.Builder withPosts(Integer posts) {
            return usabilityGroup().group(Group.builder().topics("usability").posts(posts).build());
        }

        @Test
        void advisesAgainstInvitingIntoAGroupWithTwoPosts() {
            assertThat(assertFires(withPosts(2).build(), ID, ADVICE).reason()).contains("fewer than 5 posts");
        }

        @Test
        void warnsWhenTwentyInvitationsIntoItWentOutThisWeek() {
            assertFires(withPosts(2).activity(Activity.builder().similarSentLast7Days(20).build()).build(), ID, WARNING);
        }

        @Test
        void staysSilentForAGroupWithFivePosts() {
            assertSilent(withPosts(5).activity(Activity.builder().similarSentLast7Days(20).build()).build(), ID);
        }

        @Test
        void staysSilentWhenThePostsAreUnknown() {
            assertSilent(withPosts(null).build(), ID);
        }
    }

    @Nested
    class DiscMassTag {
        static final String ID = "DISC-MASS-TAG";

        ReviewRequest.Builder discussion(int invitesThisWeek) {
            return usabilityGroup().type(RequestType.DISCUSSION_INVITE).group(null).topics("usability")
                    .activity(Activity.builder().similarSentLast7Days(invitesThisWeek).build());
        }

        @Test
        void warnsAboutTheTenthDiscussionInvitationThisWeek() {
            assertThat(assertFires(discussion(10).build(), ID, WARNING).reason()).contains("tagged 10 people");
        }

        @Test
        void staysSilentForTheNinth() {
            assertSilent(discussion(9).build(), ID);
        }

        @Test
        void staysSilentForGroupInvitations() {
            assertSilent(discussion(10).type(RequestType.GROUP_INVITE).build(), ID);
        }
    }
}
