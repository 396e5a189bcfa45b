package dev.knigge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.policy.PolicyException;
import dev.knigge.request.Group;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A company policy that writes a rule with {@code @id(GRP-EMPTY-GROUP)} does not silently become
 * a tier of professional's rule, rendered with professional's "fewer than 12 posts": lint says
 * where, and {@code overrides=} with the company's own messages makes it a tier on purpose.
 */
class OverridingABuiltInRuleTest {
    static final String RULE = "package contoso;\n\nimport dev.knigge.request.RequestType;\n"
            + "import dev.knigge.request.ReviewRequest;\nimport dev.knigge.request.Group;\nimport dev.knigge.authoring.*;\n\n"
            + "rule \"GRP-EMPTY-GROUP a group of a dozen posts or fewer\"\n"
            + "    @id(GRP-EMPTY-GROUP)\n"
            + "    @severity(ADVICE)\n"
            + "when\n"
            + "    ReviewRequest( type == RequestType.GROUP_INVITE )\n"
            + "    Group( posts != null && posts <= 12 )\n"
            + "then\n"
            + "    Findings.raise(kcontext);\n"
            + "end\n";

    @TempDir
    Path dir;

    Path contoso(String properties, String messagesEn, String messagesDe) throws IOException {
        Files.writeString(dir.resolve("policy.properties"), "id=contoso\nversion=1.0.0\nextends=professional\n" + properties);
        Files.writeString(dir.resolve("groups.drl"), RULE);
        Files.writeString(dir.resolve("messages_en.properties"), messagesEn);
        Files.writeString(dir.resolve("messages_de.properties"), messagesDe);
        return dir;
    }

    static List<String> lint(Path folder) {
        return Policy.directory(folder).lint().stream().map(PolicyException.Problem::toString).toList();
    }

    @Test
    void aRuleWithProfessionalsIdIsAProblemAtTheRule() throws IOException {
        Path contoso = contoso("", "", "");

        assertThat(lint(contoso)).containsExactly(dir.resolve("groups.drl") + ":8:1: GRP-EMPTY-GROUP is a rule of the"
                + " parent policy professional; to add a tier to it, say so in policy.properties: overrides=GRP-EMPTY-GROUP");
    }

    @Test
    void saidSoAndInItsOwnWordsItLintsCleanAndIsRenderedWithItsOwnMessage() throws IOException {
        Path contoso = contoso("overrides=GRP-EMPTY-GROUP\n",
                "GRP-EMPTY-GROUP.title=Quiet group\nGRP-EMPTY-GROUP.reason=The group has a dozen posts or fewer.\n"
                        + "GRP-EMPTY-GROUP.suggestion=Post first.\n",
                "GRP-EMPTY-GROUP.title=Stille Gruppe\nGRP-EMPTY-GROUP.reason=Die Gruppe hat höchstens zwölf Beiträge.\n"
                        + "GRP-EMPTY-GROUP.suggestion=Erst posten.\n");

        assertThat(lint(contoso)).isEmpty();
        Advisor advisor = Advisor.builder().policy(Policy.directory(contoso)).build();
        ReviewRequest twelvePosts = ReviewRequest.builder(RequestType.GROUP_INVITE)
                .group(Group.builder().name("Rust Berlin").posts(12).build()).build();
        assertThat(advisor.review(twelvePosts).finding("GRP-EMPTY-GROUP").reason())
                .isEqualTo("The group has a dozen posts or fewer.");
    }

    @Test
    void saidSoButInProfessionalsWordsItIsAProblemPerLocale() throws IOException {
        Path contoso = contoso("overrides=GRP-EMPTY-GROUP\n", "", "");

        assertThat(lint(contoso)).containsExactly(
                dir.resolve("policy.properties") + ":4:1: overrides=GRP-EMPTY-GROUP: contoso must say it in its own words,"
                        + " not professional's; messages_en.properties of contoso has no GRP-EMPTY-GROUP.title,"
                        + " GRP-EMPTY-GROUP.reason, GRP-EMPTY-GROUP.suggestion",
                dir.resolve("policy.properties") + ":4:1: overrides=GRP-EMPTY-GROUP: contoso must say it in its own words,"
                        + " not professional's; messages_de.properties of contoso has no GRP-EMPTY-GROUP.title,"
                        + " GRP-EMPTY-GROUP.reason, GRP-EMPTY-GROUP.suggestion");
    }
}
