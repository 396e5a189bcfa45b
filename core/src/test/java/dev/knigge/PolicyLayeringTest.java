package dev.knigge;

import static dev.knigge.Fixtures.connection;
import static dev.knigge.Fixtures.policy;
import static dev.knigge.Fixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.advice.Advice;
import dev.knigge.advice.Finding;
import dev.knigge.advice.RuleDescription;
import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import dev.knigge.policy.PolicyException;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PolicyLayeringTest {

    private static Finding limit(Advice advice) {
        Finding finding = advice.finding("BASE-LIMIT");
        assertThat(finding).as("BASE-LIMIT fired").isNotNull();
        return finding;
    }

    @Nested
    class Parameters {
        @Test
        void theRootPolicysValueHoldsWithoutOverrides() {
            Advisor advisor = Advisor.builder().policy(policy("base")).build();
            assertThat(limit(advisor.review(connection(null))).reason()).isEqualTo("The limit is 10 and the other is 1.");
        }

        @Test
        void aChildOverridesItsParent() {
            Advisor advisor = Advisor.builder().policy(policy("child")).build();
            assertThat(limit(advisor.review(connection(null))).reason()).isEqualTo("The limit is 20 and the other is 1.");
        }

        @Test
        void aGrandchildOverridesOnlyWhatItSets() {
            Advisor advisor = Advisor.builder().policy(policy("grandchild")).build();
            assertThat(limit(advisor.review(connection(null))).reason()).isEqualTo("The limit is 20 and the other is 3.");
        }

        @Test
        void theBuilderOverridesEveryLayer() {
            Advisor advisor = Advisor.builder().policy(policy("grandchild")).parameter("limit", 30)
                    .parameter("other", 4).build();
            assertThat(limit(advisor.review(connection(null))).reason()).isEqualTo("The limit is 30 and the other is 4.");
        }

        @Test
        void theBuilderCannotInventAParameter() {
            assertThatThrownBy(() -> Advisor.builder().policy(policy("base")).parameter("limt", 3).build())
                    .isInstanceOf(PolicyException.class)
                    .hasMessageContaining("Advisor.Builder: parameter(\"limt\", …) names no parameter of the policy (did you mean \"limit\"?)");
        }
    }

    @Nested
    class Severities {
        @Test
        void theRootPolicyCanOverrideItsOwnRule() {
            Advisor advisor = Advisor.builder().policy(policy("base")).build();
            assertThat(advisor.review(connection(null)).finding("BASE-SOFT").severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void aChildOverridesTheSeverityOfAParentRule() {
            Advisor base = Advisor.builder().policy(policy("base")).build();
            Advisor child = Advisor.builder().policy(policy("child")).build();
            assertThat(limit(base.review(connection(null))).severity()).isEqualTo(Severity.ADVICE);
            assertThat(limit(child.review(connection(null))).severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void theBuilderOverridesThePolicy() {
            Advisor advisor = Advisor.builder().policy(policy("child")).severity("BASE-LIMIT", Severity.BLOCKER)
                    .severity("BASE-SOFT", Severity.ADVICE).build();
            Advice advice = advisor.review(connection(null));
            assertThat(limit(advice).severity()).isEqualTo(Severity.BLOCKER);
            assertThat(advice.finding("BASE-SOFT").severity()).isEqualTo(Severity.ADVICE);
            assertThat(advice.verdict()).isEqualTo(Verdict.DO_NOT_SEND);
        }

        @Test
        void anOverrideOfAnUnknownRuleIsAnError() {
            assertThatThrownBy(() -> Advisor.builder().policy(policy("base")).severity("BASE-LIMITS", Severity.ADVICE).build())
                    .isInstanceOf(PolicyException.class)
                    .hasMessageContaining("severity(\"BASE-LIMITS\", …) names no rule of the policy (did you mean \"BASE-LIMIT\"?)");
        }
    }

    @Nested
    class DisabledRules {
        @Test
        void aRuleDisabledByThePolicyNeverFires() {
            Advisor advisor = Advisor.builder().policy(policy("base")).build();
            Advice advice = advisor.review(connection(null));
            assertThat(rules(advice)).doesNotContain("BASE-OFF-IN-BASE", "BASE-ON-AGAIN").contains("BASE-OFF-IN-CHILD");
            assertThat(advice.trace()).noneMatch(firing -> firing.rule().equals("BASE-OFF-IN-BASE"));
        }

        @Test
        void disabledListsAccumulateDownTheChainAndEnabledSwitchesBackOn() {
            Advisor advisor = Advisor.builder().policy(policy("grandchild")).build();
            assertThat(rules(advisor.review(connection(null))))
                    .doesNotContain("BASE-OFF-IN-BASE", "BASE-OFF-IN-CHILD")
                    .contains("BASE-ON-AGAIN");
        }

        @Test
        void theBuilderDisablesAndEnables() {
            Advisor advisor = Advisor.builder().policy(policy("child")).disable("BASE-LIMIT")
                    .enable("BASE-OFF-IN-BASE", "BASE-OFF-IN-CHILD").build();
            assertThat(rules(advisor.review(connection(null))))
                    .doesNotContain("BASE-LIMIT")
                    .contains("BASE-OFF-IN-BASE", "BASE-OFF-IN-CHILD", "BASE-ON-AGAIN");
        }

        @Test
        void rulesListsShowWhatIsDisabled() {
            Advisor advisor = Advisor.builder().policy(policy("child")).build();
            assertThat(advisor.rules(Locale.ENGLISH))
                    .filteredOn(rule -> !rule.enabled()).extracting(RuleDescription::id)
                    .containsExactly("BASE-OFF-IN-BASE", "BASE-OFF-IN-CHILD");
        }

        @Test
        void disablingAnUnknownRuleIsAnError() {
            assertThatThrownBy(() -> Advisor.builder().policy(policy("base")).disable("NO-SUCH").build())
                    .isInstanceOf(PolicyException.class)
                    .hasMessageContaining("disable(\"NO-SUCH\") names no rule of the policy");
        }

        @Test
        void disablingAndEnablingTheSameRuleOnTheBuilderIsAnError() {
            assertThatThrownBy(() -> Advisor.builder().policy(policy("base")).disable("BASE-LIMIT").enable("BASE-LIMIT").build())
                    .isInstanceOf(PolicyException.class)
                    .hasMessageContaining("BASE-LIMIT is both disabled and enabled on the builder");
        }
    }

    @Nested
    class MessagesAndLexicons {
        @Test
        void aChildsMessageWinsAndTheParentsFillTheRest() {
            Advice advice = Advisor.builder().policy(policy("child")).build().review(connection(null));
            assertThat(limit(advice).title()).isEqualTo("Child limit");
            assertThat(limit(advice).suggestion()).isEqualTo("Don't worry; it's only a test.");
        }

        @Test
        void localesAreInheritedAndAnUndeclaredLocaleFallsBackToEnglish() {
            Advisor advisor = Advisor.builder().policy(policy("child")).build();
            assertThat(advisor.locales()).containsExactly(Locale.forLanguageTag("en"), Locale.forLanguageTag("de"));
            Advice german = advisor.review(connection(null), Locale.GERMAN);
            assertThat(german.locale()).isEqualTo(Locale.GERMAN);
            assertThat(limit(german).title()).as("the child overrides the English title only").isEqualTo("Basisgrenze");
            assertThat(limit(german).reason()).isEqualTo("Die Grenze ist 20, die andere 1.");
            Advice french = advisor.review(connection(null), Locale.FRENCH);
            assertThat(french.locale()).isEqualTo(Locale.forLanguageTag("en"));
            assertThat(limit(french).title()).isEqualTo("Child limit");
        }

        @Test
        void lexiconListsMergePerKey() {
            Advisor child = Advisor.builder().policy(policy("child")).build();
            Advisor base = Advisor.builder().policy(policy("base")).build();
            ReviewRequest parentPhrase = ReviewRequest.builder(RequestType.MESSAGE).language("en").note("Book a demo with me").build();
            ReviewRequest childPhrase = ReviewRequest.builder(RequestType.MESSAGE).language("en").note("A special offer for you").build();
            assertThat(rules(child.review(parentPhrase))).contains("BASE-PITCH");
            assertThat(rules(child.review(childPhrase))).contains("BASE-PITCH");
            assertThat(rules(base.review(childPhrase))).doesNotContain("BASE-PITCH");
        }
    }

    @Nested
    class Extends {
        @Test
        void theAdvisorReportsTheChildsIdAndVersion() {
            Advisor advisor = Advisor.builder().policy(policy("grandchild")).build();
            assertThat(advisor.policyId()).isEqualTo("grandchild");
            assertThat(advisor.policyVersion()).isEqualTo("3.0.0");
            Advice advice = advisor.review(connection(null));
            assertThat(advice.policy()).isEqualTo("grandchild");
            assertThat(advice.policyVersion()).isEqualTo("3.0.0");
        }

        @Test
        void aCycleIsAnError() {
            assertThatThrownBy(() -> Advisor.builder().policy(policy("cycle-a")).build())
                    .isInstanceOf(PolicyException.class)
                    .hasMessageContaining("extends forms a cycle:");
        }

        @Test
        void anUnknownBuiltInParentIsAnError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
            java.nio.file.Files.writeString(dir.resolve("policy.properties"), "id=orphan\nversion=1\nextends=professionl\n");
            PolicyException e = org.junit.jupiter.api.Assertions.assertThrows(PolicyException.class,
                    () -> Advisor.builder().policy(Policy.directory(dir)).build());
            assertThat(e.problems()).anySatisfy(problem -> {
                assertThat(problem.line()).isEqualTo(3);
                assertThat(problem.message()).startsWith("extends names no built-in policy 'professionl'");
            });
        }

        @Test
        void aMissingParentFolderIsAnError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
            java.nio.file.Files.writeString(dir.resolve("policy.properties"), "id=orphan\nversion=1\nextends=./nowhere\n");
            assertThatThrownBy(() -> Advisor.builder().policy(Policy.directory(dir)).build())
                    .isInstanceOf(PolicyException.class)
                    .hasMessageContaining("policy.properties:3:9: extends names the folder './nowhere', which does not exist");
        }
    }
}
