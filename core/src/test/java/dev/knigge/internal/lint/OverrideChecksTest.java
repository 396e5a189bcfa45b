package dev.knigge.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.policy.PolicyException;
import dev.knigge.request.Activity;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child's rule with a parent's id is a problem unless {@code overrides=} says so, and then it speaks in its own words. */
class OverrideChecksTest {
    /** The parent's T-ONE, again in the child: one more tier of it, at a lower count, under its own name. */
    private static final String CHILD_TIER = TestPolicy.RULE
            .replace("T-ONE a connection request over the limit", "T-ONE a connection request at twice the limit")
            .replace("similarSentLast7Days >= $limit", "similarSentLast7Days >= $limit * 2");
    private static final String CHILD = "id=child\nversion=1\nextends=../policy\n";
    private static final String CHILD_EN = "T-ONE.title=Far over ACME's limit\nT-ONE.reason=Twice {limit}.\n"
            + "T-ONE.suggestion=Stop for a week.\n";
    private static final String CHILD_DE = "T-ONE.title=Weit über ACMEs Grenze\nT-ONE.reason=Doppelt {limit}.\n"
            + "T-ONE.suggestion=Eine Woche Pause.\n";

    @TempDir
    Path dir;

    private Path parent() {
        return TestPolicy.in(dir.resolve("policy")).write();
    }

    private TestPolicy child() {
        parent();
        return TestPolicy.in(dir.resolve("child")).rules(CHILD_TIER)
                .with("messages_en.properties", CHILD_EN).with("messages_de.properties", CHILD_DE);
    }

    private static List<String> lint(Path folder) {
        return Policy.directory(folder).lint().stream().map(PolicyException.Problem::toString).toList();
    }

    private String at(String folder, String file) {
        return dir.resolve(folder).resolve(file).toString();
    }

    @Test
    void aChildRuleWithAParentsIdIsReportedAtTheRule() {
        Path child = child().with("policy.properties", CHILD).write();

        assertThat(lint(child)).containsExactly(at("child", "rules.drl") + ":6:1: T-ONE is a rule of the parent policy"
                + " clean; to add a tier to it, say so in policy.properties: overrides=T-ONE");
    }

    @Test
    void aChildRuleWithANewIdIsNoProblem() {
        Path child = child().rules(CHILD_TIER.replace("T-ONE", "T-TWO"))
                .with("messages_en.properties", CHILD_EN.replace("T-ONE", "T-TWO"))
                .with("messages_de.properties", CHILD_DE.replace("T-ONE", "T-TWO"))
                .with("policy.properties", CHILD).write();

        assertThat(lint(child)).isEmpty();
    }

    @Test
    void overridesLetsTheChildAddATierInItsOwnWords() {
        Path child = child().with("policy.properties", CHILD + "overrides=T-ONE\n").write();

        assertThat(lint(child)).isEmpty();
        Advisor advisor = Advisor.builder().policy(Policy.directory(child)).build();
        ReviewRequest request = ReviewRequest.builder(RequestType.CONNECTION)
                .activity(Activity.builder().similarSentLast7Days(7).build()).build();
        assertThat(advisor.review(request).finding("T-ONE").title()).isEqualTo("Far over ACME's limit");
    }

    @Test
    void overridesWithoutTheChildsOwnMessagesIsAProblemPerLocale() {
        Path child = child().with("policy.properties", CHILD + "overrides=T-ONE\n")
                .with("messages_en.properties", "T-ONE.title=Far over ACME's limit\n").with("messages_de.properties", "")
                .write();

        assertThat(lint(child)).containsExactly(
                at("child", "policy.properties") + ":4:1: overrides=T-ONE: child must say it in its own words, not clean's;"
                        + " messages_en.properties of child has no T-ONE.reason, T-ONE.suggestion",
                at("child", "policy.properties") + ":4:1: overrides=T-ONE: child must say it in its own words, not clean's;"
                        + " messages_de.properties of child has no T-ONE.title, T-ONE.reason, T-ONE.suggestion");
    }

    @Test
    void overridesNamingNoParentRuleIsAProblemWithTheClosestId() {
        Path child = child().with("policy.properties", CHILD + "overrides=T-ONF, T-ONE\n").write();

        assertThat(lint(child)).containsExactly(at("child", "policy.properties")
                + ":4:1: overrides=T-ONF names no rule of the parent policy clean (did you mean \"T-ONE\"?)");
    }

    @Test
    void overridesInAPolicyThatExtendsNothingIsAProblem() {
        Path policy = TestPolicy.in(dir.resolve("policy")).with("policy.properties", TestPolicy.PROPERTIES
                + "overrides=T-ONE\n").write();

        assertThat(lint(policy)).containsExactly(at("policy", "policy.properties")
                + ":5:1: overrides=T-ONE names no rule of a parent policy (clean extends none)");
    }

    @Test
    void aRuleTakingABuiltInIdIsReportedAndTheLoadFails() {
        Path child = TestPolicy.in(dir.resolve("child"))
                .with("policy.properties", "id=child\nversion=1\nextends=sample\n")
                .rules("""
                        rule "SAMPLE-LATE-CONTACT a message after a year"
                            @id(SAMPLE-LATE-CONTACT)
                            @severity(WARNING)
                        when
                            ReviewRequest( type == RequestType.MESSAGE )
                        then
                            Findings.raise(kcontext);
                        end
                        """)
                .with("messages_en.properties", "").with("messages_de.properties", "").write();

        String problem = at("child", "rules.drl") + ":6:1: SAMPLE-LATE-CONTACT is a rule of the parent policy sample;"
                + " to add a tier to it, say so in policy.properties: overrides=SAMPLE-LATE-CONTACT";
        assertThat(lint(child)).as("and sample's own, which aBuiltInPolicyIsLintedToo knows").containsExactly(problem,
                "sample/policy.properties:8:1: param.mass.sameNote names no parameter that a rule reads"
                        + " or a parent policy defines");
        assertThatThrownBy(() -> Advisor.builder().policy(Policy.directory(child)).build())
                .isInstanceOf(PolicyException.class).hasMessageContaining(problem);
    }
}
