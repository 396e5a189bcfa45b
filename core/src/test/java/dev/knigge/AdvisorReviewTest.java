package dev.knigge;

import static dev.knigge.Fixtures.policy;
import static dev.knigge.Fixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.advice.Advice;
import dev.knigge.advice.Finding;
import dev.knigge.advice.ReviewException;
import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import dev.knigge.policy.PolicyException;
import dev.knigge.request.Recipient;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class AdvisorReviewTest {
    private static final Advisor FAULTY = Advisor.builder().policy(Policy.builtIn("faulty")).build();

    private static ReviewRequest request(RequestType type) {
        return ReviewRequest.builder(type).build();
    }

    @Nested
    class Verdicts {
        @Test
        void noFindingIsSend() {
            ReviewRequest acquainted = ReviewRequest.builder(RequestType.MESSAGE)
                    .relationship(Relationship.builder().knowEachOther(true).build()).build();
            Advice advice = FAULTY.review(acquainted);
            assertThat(advice.findings()).isEmpty();
            assertThat(advice.verdict()).isEqualTo(Verdict.SEND);
        }

        @Test
        void adviceAloneIsSend() {
            Advice advice = FAULTY.review(request(RequestType.MESSAGE));
            assertThat(rules(advice)).containsExactly("FAULT-STRANGER");
            assertThat(advice.verdict()).isEqualTo(Verdict.SEND);
        }

        @Test
        void aWarningIsRevise() {
            ReviewRequest request = ReviewRequest.builder(RequestType.MESSAGE)
                    .relationship(Relationship.builder().knowEachOther(true).connectedDays(3).build()).build();
            Advice advice = FAULTY.review(request);
            assertThat(advice.finding("FAULT-CONNECTED").severity()).isEqualTo(Severity.WARNING);
            assertThat(advice.verdict()).isEqualTo(Verdict.REVISE);
        }

        @Test
        void whenTwoTiersOfOneIdFireTheWorseIsKept() {
            ReviewRequest request = ReviewRequest.builder(RequestType.MESSAGE)
                    .relationship(Relationship.builder().connectedDays(0).build()).build();
            Advice advice = FAULTY.review(request);
            assertThat(rules(advice)).containsExactly("FAULT-CONNECTED", "FAULT-STRANGER");
            assertThat(advice.finding("FAULT-CONNECTED").severity()).isEqualTo(Severity.BLOCKER);
            assertThat(advice.verdict()).isEqualTo(Verdict.DO_NOT_SEND);
            assertThat(advice.trace()).extracting(Advice.Firing::rule)
                    .containsExactlyInAnyOrder("FAULT-CONNECTED", "FAULT-CONNECTED", "FAULT-STRANGER");
        }

        @Test
        void aSeverityOverrideReplacesEveryTier() {
            Advisor advisor = FAULTY.toBuilder().severity("FAULT-CONNECTED", Severity.ADVICE).build();
            ReviewRequest request = ReviewRequest.builder(RequestType.MESSAGE)
                    .relationship(Relationship.builder().connectedDays(0).build()).build();
            Advice advice = advisor.review(request);
            assertThat(advice.finding("FAULT-CONNECTED").severity()).isEqualTo(Severity.ADVICE);
            assertThat(advice.verdict()).isEqualTo(Verdict.SEND);
        }

        @Test
        void anUnknownValueKeepsARuleSilent() {
            ReviewRequest unknown = ReviewRequest.builder(RequestType.MESSAGE)
                    .relationship(Relationship.builder().knowEachOther(true).connectedDays(null).build()).build();
            assertThat(FAULTY.review(unknown).findings()).isEmpty();
        }

        @Test
        void workingTogetherReadsAsKnowingEachOther() {
            ReviewRequest colleagues = ReviewRequest.builder(RequestType.MESSAGE)
                    .relationship(Relationship.builder().workedTogether(true).build()).build();
            assertThat(rules(FAULTY.review(colleagues))).doesNotContain("FAULT-STRANGER");
        }

        @Test
        void findingsAreSortedBySeverityThenId() {
            Advisor advisor = FAULTY.toBuilder().severity("FAULT-STRANGER", Severity.BLOCKER).build();
            ReviewRequest request = ReviewRequest.builder(RequestType.MESSAGE)
                    .relationship(Relationship.builder().connectedDays(3).build()).build();
            Advice advice = advisor.review(request);
            assertThat(advice.findings()).extracting(Finding::rule, Finding::severity).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("FAULT-STRANGER", Severity.BLOCKER),
                    org.assertj.core.groups.Tuple.tuple("FAULT-CONNECTED", Severity.WARNING));
        }
    }

    @Nested
    class Messages {
        @Test
        void placeholdersAreFilledAndApostrophesSurvive() {
            ReviewRequest request = ReviewRequest.builder(RequestType.MESSAGE)
                    .relationship(Relationship.builder().mutualContacts(30).build()).build();
            Finding stranger = FAULTY.review(request).finding("FAULT-STRANGER");
            assertThat(stranger.reason()).isEqualTo("You don't know them; 30 mutual contacts (threshold 5, {unknown} stays).");
            assertThat(stranger.suggestion()).isEqualTo("It's \"fine\" if you're sure, isn't it?");
        }

        @Test
        void aMessageMissingAtRuntimeFallsBackToTheIdAndSaysSo() {
            // Lint stops such a policy from disk; a built-in one is not linted at load.
            Advisor advisor = Advisor.builder().policy(Policy.builtIn("terse")).build();
            Finding finding = advisor.review(request(RequestType.MESSAGE), Locale.GERMAN).finding("T-ONE");
            assertThat(finding.title()).isEqualTo("One");
            assertThat(finding.reason()).isEqualTo("Because.");
            assertThat(finding.suggestion()).isEqualTo("(T-ONE has no suggestion in de)");
        }

        @Test
        void aPolicyFromDiskWithAMissingMessageDoesNotLoad(@TempDir Path dir) throws Exception {
            Files.writeString(dir.resolve("policy.properties"), "id=terse\nversion=1\nlocales=en,de\n");
            Files.writeString(dir.resolve("rules.drl"), "package terse;\nimport dev.knigge.authoring.*; import dev.knigge.request.ReviewRequest;\n"
                    + "rule \"T-ONE always\"\n  @id(T-ONE)\n  @severity(ADVICE)\nwhen\n  ReviewRequest()\nthen\n  Findings.raise(kcontext);\nend\n");
            Files.writeString(dir.resolve("messages_en.properties"), "T-ONE.title=One\nT-ONE.reason=Because.\n");
            assertThatThrownBy(() -> Advisor.builder().policy(Policy.directory(dir)).build())
                    .isInstanceOf(PolicyException.class)
                    .hasMessageContaining("T-ONE has no suggestion for locale en");
        }
    }

    @Nested
    class Unchecked {
        static final String DRL = "package unchecked;\nimport dev.knigge.authoring.*;\n"
                + "rule \"U-ONE strangers\"\n  @id(U-ONE)\n  @severity(WARNING)\nwhen\n  Derived( stranger, overlap == false )\n"
                + "then\n  Findings.raise(kcontext);\nend\n"
                + "rule \"U-ONE cannot be judged without a profile\"\n  @id(U-ONE)\n  @unchecked(recipient-profile)\nwhen\n"
                + "  Derived( stranger, overlap == null )\nthen\n  Findings.raise(kcontext);\nend\n";

        Advisor advisor(Path dir, String... disabled) throws Exception {
            Files.writeString(dir.resolve("policy.properties"), "id=unchecked\nversion=1\nlocales=en\n");
            Files.writeString(dir.resolve("rules.drl"), DRL);
            Files.writeString(dir.resolve("messages_en.properties"),
                    "U-ONE.title=One\nU-ONE.reason=Because.\nU-ONE.suggestion=Do.\n");
            return Advisor.builder().policy(Policy.directory(dir)).disable(disabled).build();
        }

        @Test
        void aRuleThatCannotJudgeReportsWhatWasMissingAndRaisesNoFinding(@TempDir Path dir) throws Exception {
            Advice advice = advisor(dir).review(request(RequestType.MESSAGE));
            assertThat(advice.unchecked()).containsExactly("recipient-profile");
            assertThat(advice.findings()).isEmpty();
            assertThat(advice.verdict()).isEqualTo(Verdict.SEND);
        }

        @Test
        void itIsSilentWhenTheFactIsKnownAndWhenItsRuleIsSwitchedOff(@TempDir Path dir) throws Exception {
            ReviewRequest known = request(RequestType.MESSAGE).toBuilder()
                    .recipient(Recipient.builder().interests("kafka").build()).build();
            assertThat(advisor(dir).review(known).unchecked()).isEmpty();
            assertThat(advisor(dir).review(known).finding("U-ONE")).isNotNull();
            assertThat(advisor(dir, "U-ONE").review(request(RequestType.MESSAGE)).unchecked()).isEmpty();
        }

        @Test
        void theRuleListShowsOnlyTheSeveritiesOfRulesThatRaiseFindings(@TempDir Path dir) throws Exception {
            assertThat(advisor(dir).rules(Locale.ENGLISH)).singleElement()
                    .satisfies(rule -> assertThat(rule.severities()).containsExactly(Severity.WARNING));
        }
    }

    @Nested
    class Failures {
        @Test
        @Timeout(30)
        void aLoopingRuleFailsThatReviewFastAndTheNextReviewWorks() {
            Advisor advisor = FAULTY.toBuilder().enable("FAULT-LOOP").build();
            assertThatThrownBy(() -> advisor.review(request(RequestType.GROUP_INVITE)))
                    .isInstanceOf(ReviewException.class)
                    .hasMessageContaining("FAULT-LOOP")
                    .hasMessageContaining("fired more than 10000 times in one review: it loops")
                    .satisfies(e -> assertThat(((ReviewException) e).rule()).isEqualTo("FAULT-LOOP"));
            assertThat(rules(advisor.review(request(RequestType.MESSAGE)))).containsExactly("FAULT-STRANGER");
        }

        @Test
        void aRuleThatThrowsFailsThatReviewWithItsId() {
            Advisor advisor = FAULTY.toBuilder().enable("FAULT-THROW").build();
            assertThatThrownBy(() -> advisor.review(request(RequestType.ENDORSEMENT)))
                    .isInstanceOf(ReviewException.class)
                    .hasMessageContaining("rule FAULT-THROW (\"FAULT-THROW throws from its consequence\"")
                    .hasMessageContaining("Findings.raise takes names and values in pairs")
                    .satisfies(e -> assertThat(((ReviewException) e).rule()).isEqualTo("FAULT-THROW"));
            assertThat(advisor.review(request(RequestType.MESSAGE)).verdict()).isEqualTo(Verdict.SEND);
        }

        @Test
        void aConditionThatThrowsFailsThatReviewWithItsId() {
            Advisor advisor = FAULTY.toBuilder().enable("FAULT-BAD-PARAM").build();
            assertThatThrownBy(() -> advisor.review(request(RequestType.INTRODUCTION)))
                    .isInstanceOf(ReviewException.class)
                    .hasMessageContaining("the policy defines no parameter 'no.such.parameter.INTRODUCTION'")
                    .satisfies(e -> assertThat(((ReviewException) e).rule()).isEqualTo("FAULT-BAD-PARAM"));
            assertThat(advisor.review(request(RequestType.MESSAGE)).verdict()).isEqualTo(Verdict.SEND);
        }

        @Test
        void reviewAllReportsTheFirstFailureAfterTryingEveryRequest() {
            Advisor advisor = FAULTY.toBuilder().enable("FAULT-THROW").build();
            List<ReviewRequest> batch = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                batch.add(request(i == 7 ? RequestType.ENDORSEMENT : RequestType.MESSAGE));
            }
            AtomicLong reviewed = new AtomicLong();
            Advisor counting = advisor.toBuilder().listener(new AdvisorListener() {
                @Override
                public void reviewed(ReviewRequest request, Advice advice, long nanos) {
                    reviewed.incrementAndGet();
                }
            }).build();
            assertThatThrownBy(() -> counting.reviewAll(batch)).isInstanceOf(ReviewException.class);
            assertThat(reviewed.get()).isEqualTo(19);
        }
    }

    @Nested
    class Listeners {
        @Test
        void hearOfEveryReviewWithItsDurationAndOfEveryFailure() {
            List<String> events = new ArrayList<>();
            Advisor advisor = FAULTY.toBuilder().enable("FAULT-THROW").listener(new AdvisorListener() {
                @Override
                public void reviewed(ReviewRequest request, Advice advice, long nanos) {
                    events.add("reviewed " + advice.verdict() + " " + (nanos > 0));
                }

                @Override
                public void failed(ReviewRequest request, ReviewException failure, long nanos) {
                    events.add("failed " + failure.rule() + " " + (nanos > 0));
                }
            }).build();
            advisor.review(request(RequestType.MESSAGE));
            assertThatThrownBy(() -> advisor.review(request(RequestType.ENDORSEMENT))).isInstanceOf(ReviewException.class);
            assertThat(events).containsExactly("reviewed SEND true", "failed FAULT-THROW true");
        }

        @Test
        void aFailingListenerDoesNotFailTheReview() {
            Advisor advisor = FAULTY.toBuilder().listener(new AdvisorListener() {
                @Override
                public void reviewed(ReviewRequest request, Advice advice, long nanos) {
                    throw new IllegalStateException("listener bug");
                }
            }).build();
            assertThat(advisor.review(request(RequestType.MESSAGE)).verdict()).isEqualTo(Verdict.SEND);
        }
    }

    @Nested
    class Explain {
        @Test
        void listsTheFiredRulesInOrderWithTheFactsTheyMatched() {
            ReviewRequest request = ReviewRequest.builder(RequestType.MESSAGE)
                    .relationship(Relationship.builder().mutualContacts(2).build()).build();
            List<Advice.Firing> trace = FAULTY.review(request).trace();
            assertThat(trace).hasSize(1);
            assertThat(trace.get(0).rule()).isEqualTo("FAULT-STRANGER");
            assertThat(trace.get(0).name()).isEqualTo("FAULT-STRANGER a stranger, with an apostrophe in the message");
            assertThat(trace.get(0).facts()).hasSize(2);
            assertThat(trace.get(0).facts().get(0)).startsWith("Relationship[degree=0, knowEachOther=false")
                    .contains("mutualContacts=2");
            assertThat(trace.get(0).facts().get(1)).startsWith("Parameters{threshold=5.0}");
        }
    }

    @Test
    void reviewsStayFastEnoughNotToHang() {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 2_000; i++) {
                FAULTY.review(request(RequestType.MESSAGE));
            }
        });
    }
}
