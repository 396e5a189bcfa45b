package dev.knigge.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Builders fail fast, and their messages name the field: error text is API. */
class RequestBuildersTest {

    @Nested
    class Required {
        @Test
        void aRequestNeedsAType() {
            assertThatThrownBy(() -> ReviewRequest.builder(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("type == null");
        }

        @Test
        void partsCannotBeNull() {
            ReviewRequest.Builder builder = ReviewRequest.builder(RequestType.MESSAGE);
            assertThatThrownBy(() -> builder.recipient(null)).hasMessage("recipient == null");
            assertThatThrownBy(() -> builder.relationship(null)).hasMessage("relationship == null");
            assertThatThrownBy(() -> builder.platform(null)).hasMessage("platform == null");
            assertThatThrownBy(() -> Requester.builder().account(null)).hasMessage("requester.account == null");
            assertThatThrownBy(() -> Relationship.builder().addressForm(null)).hasMessage("relationship.addressForm == null");
        }

        @Test
        void aGroupIsOptional() {
            assertThat(ReviewRequest.builder(RequestType.GROUP_INVITE).group(null).build().group()).isNull();
        }

        @Test
        void listElementsCannotBeNull() {
            assertThatThrownBy(() -> Recipient.builder().languages("de", "en", null))
                    .isInstanceOf(NullPointerException.class).hasMessage("recipient.languages[2] == null");
            assertThatThrownBy(() -> Group.builder().topics(Arrays.asList("agile", null)))
                    .hasMessage("group.topics[1] == null");
            assertThatThrownBy(() -> ReviewRequest.builder(RequestType.MESSAGE).topics((List<String>) null))
                    .hasMessage("topics == null");
        }
    }

    @Nested
    class Ranges {
        @Test
        void countsCannotBeNegative() {
            assertThatThrownBy(() -> Relationship.builder().interactions(-1))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessage("$.relationship.interactions: must not be negative (was -1)")
                    .satisfies(e -> assertThat(((InvalidRequestException) e).path()).isEqualTo("$.relationship.interactions"));
            assertThatThrownBy(() -> Activity.builder().similarSentLast7Days(-3))
                    .hasMessage("$.activity.similarSentLast7Days: must not be negative (was -3)");
            assertThatThrownBy(() -> Group.builder().posts(-1)).hasMessage("$.group.posts: must not be negative (was -1)");
        }

        @Test
        void theDegreeIsZeroToThree() {
            assertThatThrownBy(() -> Relationship.builder().degree(4))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessage("$.relationship.degree: must be 0, 1, 2 or 3 (was 4)");
            assertThat(Relationship.builder().degree(3).build().degree()).isEqualTo(3);
        }

        @Test
        void ratesAreShares() {
            assertThatThrownBy(() -> Activity.builder().acceptanceRate(1.5))
                    .hasMessage("$.activity.acceptanceRate: must be between 0 and 1 (was 1.5)");
            assertThatThrownBy(() -> Activity.builder().acceptanceRate(Double.NaN))
                    .hasMessage("$.activity.acceptanceRate: must be between 0 and 1 (was NaN)");
            assertThat(Activity.builder().acceptanceRate(0.0).build().acceptanceRate()).isZero();
        }

        @Test
        void sameNoteRecipientsCountsThisRecipient() {
            assertThatThrownBy(() -> Activity.builder().sameNoteRecipients(0))
                    .hasMessage("$.activity.sameNoteRecipients: must be at least 1, this recipient included (was 0)");
        }

        @Test
        void theBuildersAreTheOnlyWayToMakeAValue() {
            for (Class<?> value : List.of(ReviewRequest.class, Requester.class, Recipient.class, Relationship.class,
                    Activity.class, Group.class)) {
                assertThat(value.getConstructors()).as("public constructors of %s", value.getSimpleName()).isEmpty();
                assertThat(java.lang.reflect.Modifier.isFinal(value.getModifiers())).as("%s is final", value).isTrue();
            }
            assertThatThrownBy(() -> Relationship.builder().interactions(-2))
                    .hasMessage("$.relationship.interactions: must not be negative (was -2)");
        }
    }

    @Nested
    class Limits {
        @Test
        void aNoteHoldsTwentyThousandCharacters() {
            String longest = "a".repeat(20_000);
            assertThat(ReviewRequest.builder(RequestType.MESSAGE).note(longest).build().note()).hasSize(20_000);
            assertThatThrownBy(() -> ReviewRequest.builder(RequestType.MESSAGE).note(longest + "a"))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessage("$.note: longer than 20000 characters (20001)");
        }

        @Test
        void charactersAreCodePointsNotUtf16Units() {
            String emoji = "\uD83D\uDE00".repeat(20_000);
            assertThat(ReviewRequest.builder(RequestType.MESSAGE).note(emoji).build().note()).hasSize(40_000);
        }

        @Test
        void aSubjectHoldsFiveHundredAndOtherStringsOneThousand() {
            assertThatThrownBy(() -> ReviewRequest.builder(RequestType.INMAIL).subject("s".repeat(501)))
                    .hasMessage("$.subject: longer than 500 characters (501)");
            assertThatThrownBy(() -> Recipient.builder().industry("i".repeat(1_001)))
                    .hasMessage("$.recipient.industry: longer than 1000 characters (1001)");
            assertThatThrownBy(() -> Recipient.builder().interests("ok", "x".repeat(1_001)))
                    .hasMessage("$.recipient.interests[1]: longer than 1000 characters (1001)");
        }

        @Test
        void aListHoldsOneThousandItems() {
            List<String> many = Collections.nCopies(1_001, "topic");
            assertThatThrownBy(() -> ReviewRequest.builder(RequestType.MESSAGE).topics(many))
                    .hasMessage("$.topics: more than 1000 items (1001)");
            assertThat(ReviewRequest.builder(RequestType.MESSAGE).topics(many.subList(0, 1_000)).build().topics())
                    .hasSize(1_000);
        }
    }

    @Nested
    class Values {
        @Test
        void defaultsAreThoseOfTheJsonFormat() {
            ReviewRequest request = ReviewRequest.builder(RequestType.CONNECTION).build();
            assertThat(request.platform()).isEqualTo(Platform.GENERIC);
            assertThat(request.requester().hasPhoto()).isTrue();
            assertThat(request.requester().account()).isEqualTo(Account.FREE);
            assertThat(request.recipient().acceptsInMail()).isTrue();
            assertThat(request.recipient().acceptsGroupInvites()).isTrue();
            assertThat(request.relationship().degree()).isZero();
            assertThat(request.relationship().addressForm()).isEqualTo(AddressForm.UNKNOWN);
            assertThat(request.activity().similarSentLast7Days()).isNull();
            assertThat(request.activity().sameNoteRecipients()).isNull();
            assertThat(request.group()).isNull();
            assertThat(request.declared()).isEqualTo(SenderAnswers.NOTHING);
            assertThat(Group.builder().build().requesterIsMember()).isTrue();
            assertThat(Group.builder().build().recipientIsMember()).isFalse();
        }

        @Test
        void listsAreCopiedAndCannotBeChanged() {
            List<String> interests = new ArrayList<>(List.of("ux"));
            Recipient recipient = Recipient.builder().interests(interests).build();
            interests.add("web");
            assertThat(recipient.interests()).containsExactly("ux");
            assertThatThrownBy(() -> recipient.interests().add("x")).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void blankOptionalStringsReadAsAbsent() {
            Recipient recipient = Recipient.builder().firstName("  ").title("").industry(" it ").build();
            assertThat(recipient.firstName()).isNull();
            assertThat(recipient.title()).isNull();
            assertThat(recipient.industry()).isEqualTo("it");
        }

        @Test
        void anUnknownHeadlineIsNullAndABlankOneIsEmpty() {
            assertThat(Requester.builder().build().headline()).isNull();
            assertThat(Requester.builder().headline("  ").build().headline()).isEmpty();
            assertThat(Requester.builder().headline(" PM ").build().headline()).isEqualTo("PM");
        }

        @Test
        void workingTogetherMeansKnowingEachOther() {
            Relationship colleagues = Relationship.builder().workedTogether(true).build();
            assertThat(colleagues.knowEachOther()).isTrue();
            assertThat(colleagues).isEqualTo(Relationship.builder().workedTogether(true).knowEachOther(true).build());
            assertThat(Relationship.builder().knowEachOther(true).build().workedTogether()).isFalse();
        }

        @Test
        void languagesArePrimaryCodesAndTheCountryIsUpperCase() {
            Recipient recipient = Recipient.builder().languages("de-AT", "EN", " fr_CA ", "pt-BR_x").country(" at ")
                    .build();
            assertThat(recipient.languages()).containsExactly("de", "en", "fr", "pt");
            assertThat(recipient.country()).isEqualTo("AT");
            assertThat(recipient.toBuilder().build()).isEqualTo(recipient);
            assertThatThrownBy(() -> recipient.languages().add("x")).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void valuesPrintTheirPartsButNoNoteOrSenderName() {
            ReviewRequest request = ReviewRequest.builder(RequestType.MESSAGE).id("caller-7").note("Hi Anna, a secret")
                    .requester(Requester.builder().name("Ben Brandt").headline("PM").build()).build();
            assertThat(request.toString()).isEqualTo("ReviewRequest[type=MESSAGE, platform=GENERIC, language=null,"
                    + " note=(17 characters), subject=null, topics=[], skill=null]");
            assertThat(request.requester().toString())
                    .isEqualTo("Requester[headline=PM, company=null, hasPhoto=true, account=FREE, recruiter=false]");
            assertThat(Relationship.STRANGERS.toString()).startsWith("Relationship[degree=0, knowEachOther=false,");
        }

        @Test
        void toBuilderMakesAnEqualCopyToModify() {
            ReviewRequest request = ReviewRequest.builder(RequestType.GROUP_INVITE).id("r1").platform(Platform.XING)
                    .language("de").note("Hallo").subject("s").topics("agile").skill("java")
                    .requester(Requester.builder().name("B. M.").headline("PM").company(" ACME ").hasPhoto(false)
                            .account(Account.PREMIUM).recruiter(true).build())
                    .recipient(Recipient.builder().firstName("Stefan").lastName("Krause").title("Dr.").country("DE")
                            .languages("de").industry("it").interests("ux").groups("g").acceptsInMail(false)
                            .acceptsGroupInvites(false).build())
                    .relationship(Relationship.builder().degree(2).knowEachOther(true).workedTogether(true)
                            .interactions(3).mutualContacts(4).sharedGroups(1).connectedDays(10).lastContactMonths(2)
                            .addressForm(AddressForm.DU).optedOut(true).unansweredSameType(1)
                            .daysSinceLastSameType(5).withdrawnDaysAgo(9).build())
                    .activity(Activity.builder().similarSentLast7Days(3).sameNoteRecipients(2).pendingInvitations(7)
                            .acceptanceRate(0.5).restricted(true).inMailCredits(4).build())
                    .group(Group.builder().name("Agile").topics("agile").posts(3).requesterIsMember(false)
                            .recipientIsMember(true).lastInviteDaysAgo(30).build())
                    .declared(SenderAnswers.builder().statesPurpose(true).statesContext(false).containsPitch(true)
                            .bigAsk(false).specifics(true).givesOut(false).offersReciprocity(true).saysWhyFits(false)
                            .asksIntermediaryToCheck(true).build())
                    .build();
            assertThat(request.toBuilder().build()).isEqualTo(request);
            assertThat(request.recipient().toBuilder().build()).isEqualTo(request.recipient());
            assertThat(request.relationship().toBuilder().build()).isEqualTo(request.relationship());
            assertThat(request.activity().toBuilder().build()).isEqualTo(request.activity());
            assertThat(request.group().toBuilder().build()).isEqualTo(request.group());
            assertThat(request.declared().toBuilder().build()).isEqualTo(request.declared());
            assertThat(request.requester().toBuilder().build()).isEqualTo(request.requester());
            assertThat(request.toBuilder().type(RequestType.MESSAGE).build().type()).isEqualTo(RequestType.MESSAGE);
        }
    }
}
