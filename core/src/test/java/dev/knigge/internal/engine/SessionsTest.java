package dev.knigge.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.advice.Advice;
import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.request.Group;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions are reused from review to review; every review must still see a session as fresh as a
 * new one, whatever the rules look like.
 */
class SessionsTest {
    private static final ClassLoader LOADER = SessionsTest.class.getClassLoader();
    private static final String HEADER = "package reuse;\nimport dev.knigge.request.RequestType;\n"
            + "import dev.knigge.authoring.*; import dev.knigge.request.ReviewRequest; import dev.knigge.request.Group;\n";

    private static String rule(String id, String when, String then) {
        return "rule \"" + id + " test\"\n  @id(" + id + ")\n  @severity(WARNING)\nwhen\n" + when + "\nthen\n  " + then + "\nend\n";
    }

    private static boolean reusedByDeleting(String drl) {
        CompiledRules rules = RuleCompiler.compile(List.of(new PolicyFile("rules.drl", "rules.drl", HEADER + drl)), LOADER);
        return new Sessions(rules.base(), new dev.knigge.authoring.Parameters(Map.of()), () -> null).reusedByDeleting();
    }

    @Nested
    class WhenDeletingTheReviewsFactsCleansASession {
        @Test
        void rulesThatEachJoinAFactOfTheReview() {
            assertThat(reusedByDeleting(rule("R-ONE", "  ReviewRequest( type == RequestType.MESSAGE )\n  Parameters( $n : integer(\"x\") )",
                    "Findings.raise(kcontext);") + rule("R-TWO", "  Note( present )\n  not Group()", "Findings.raise(kcontext);")))
                    .isTrue();
        }
    }

    @Nested
    class WhenItDoesNot {
        @Test
        void aRuleOnTheParametersAlone() {
            assertThat(reusedByDeleting(rule("R-ONE", "  Parameters()", "Findings.raise(kcontext);"))).isFalse();
        }

        @Test
        void aRuleOnAMissingFactAlone() {
            assertThat(reusedByDeleting(rule("R-ONE", "  not Group()", "Findings.raise(kcontext);"))).isFalse();
        }

        @Test
        void aRuleWithoutConditions() {
            assertThat(reusedByDeleting(rule("R-ONE", "", "Findings.raise(kcontext);"))).isFalse();
        }

        @Test
        void aRuleInAnAgendaGroup() {
            assertThat(reusedByDeleting(rule("R-ONE", "  ReviewRequest()", "Findings.raise(kcontext);")
                    .replace("@severity(WARNING)", "@severity(WARNING)\n  agenda-group \"later\"\n  auto-focus true")))
                    .isFalse();
        }
    }

    @Nested
    class EveryReviewSeesAFreshSession {
        private static final String RULES = rule("R-ALWAYS", "  Parameters()", "Findings.raise(kcontext);")
                + rule("R-NO-GROUP", "  not Group()", "Findings.raise(kcontext);")
                + rule("R-MESSAGE", "  ReviewRequest( type == RequestType.MESSAGE )", "insert(\"derived\");")
                + rule("R-DERIVED", "  String()", "Findings.raise(kcontext);")
                + rule("R-NOT-DERIVED", "  ReviewRequest()\n  not String()", "Findings.raise(kcontext);")
                + rule("R-STRANGER", "  Derived( stranger )", "Findings.raise(kcontext);");

        private Advisor advisor(Path dir, String drl) throws Exception {
            Files.writeString(dir.resolve("policy.properties"), "id=reuse\nversion=1\nlocales=en\n");
            Files.writeString(dir.resolve("rules.drl"), HEADER + drl);
            StringBuilder messages = new StringBuilder();
            for (String id : List.of("R-ALWAYS", "R-NO-GROUP", "R-MESSAGE", "R-DERIVED", "R-NOT-DERIVED", "R-STRANGER")) {
                if (!drl.contains("@id(" + id + ")")) {
                    continue; // lint refuses messages for rules the policy doesn't have
                }
                messages.append(id).append(".title=").append(id).append('\n').append(id).append(".reason=r\n")
                        .append(id).append(".suggestion=s\n");
            }
            Files.writeString(dir.resolve("messages_en.properties"), messages.toString());
            return Advisor.builder().policy(Policy.directory(dir).trusted()).build();
        }

        private static List<String> fired(Advice advice) {
            return advice.trace().stream().map(Advice.Firing::rule).sorted().toList();
        }

        @Test
        void rulesThatHoldInEveryReviewFireInEveryReview(@TempDir Path dir) throws Exception {
            Advisor advisor = advisor(dir, RULES);
            ReviewRequest message = ReviewRequest.builder(RequestType.MESSAGE).build();
            ReviewRequest invite = ReviewRequest.builder(RequestType.GROUP_INVITE)
                    .group(Group.builder().name("g").build())
                    .relationship(Relationship.builder().knowEachOther(true).build()).build();
            List<String> forMessage = List.of("R-ALWAYS", "R-DERIVED", "R-MESSAGE", "R-NO-GROUP", "R-STRANGER");
            List<String> forInvite = List.of("R-ALWAYS", "R-NOT-DERIVED");
            for (int i = 0; i < 5; i++) {
                assertThat(fired(advisor.review(message))).as("message, round %d", i).isEqualTo(forMessage);
                assertThat(fired(advisor.review(message))).as("message again, round %d", i).isEqualTo(forMessage);
                assertThat(fired(advisor.review(invite))).as("invite, round %d", i).isEqualTo(forInvite);
            }
        }

        @Test
        void aReviewOfAPolicyThatDeletingCleansMatchesAFreshSessionEveryTime(@TempDir Path dir) throws Exception {
            Advisor advisor = advisor(dir, rule("R-NO-GROUP", "  ReviewRequest()\n  not Group()", "Findings.raise(kcontext);")
                    + rule("R-STRANGER", "  Derived( stranger )\n  Parameters()", "Findings.raise(kcontext);"));
            ReviewRequest message = ReviewRequest.builder(RequestType.MESSAGE).build();
            ReviewRequest invite = ReviewRequest.builder(RequestType.GROUP_INVITE)
                    .group(Group.builder().name("g").build())
                    .relationship(Relationship.builder().knowEachOther(true).build()).build();
            for (int i = 0; i < 5; i++) {
                assertThat(fired(advisor.review(message))).isEqualTo(List.of("R-NO-GROUP", "R-STRANGER"));
                assertThat(fired(advisor.review(message))).isEqualTo(List.of("R-NO-GROUP", "R-STRANGER"));
                assertThat(fired(advisor.review(invite))).isEmpty();
            }
        }
    }
}
