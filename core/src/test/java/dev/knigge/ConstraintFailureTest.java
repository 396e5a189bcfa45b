package dev.knigge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.advice.ReviewException;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A constraint that MVEL cannot compile when it first runs ({@code degree == "zero"}, in trusted DRL
 * where lint does not type it: a pattern over a source) fails the review naming its rule, though
 * MVEL's error names only the expression.
 */
class ConstraintFailureTest {
    @TempDir
    Path dir;

    @Test
    void aConstraintMvelCannotCompileFailsTheReviewNamingItsRule() throws IOException {
        Files.writeString(dir.resolve("policy.properties"), "id=zero\nversion=1\nlocales=en\n");
        Files.writeString(dir.resolve("rules.drl"), """
                package zero;

                import dev.knigge.authoring.*;
                import dev.knigge.request.Relationship;
                import dev.knigge.request.ReviewRequest;

                rule "T-ZERO a degree written as a word"
                    @id(T-ZERO)
                    @severity(WARNING)
                when
                    $r : ReviewRequest()
                    Relationship( degree == "zero" ) from $r.relationship
                then
                    Findings.raise(kcontext);
                end
                """);
        Files.writeString(dir.resolve("messages_en.properties"), "T-ZERO.title=T\nT-ZERO.reason=R\nT-ZERO.suggestion=S\n");
        Advisor advisor = Advisor.builder().policy(Policy.directory(dir).trusted()).build();

        assertThatThrownBy(() -> advisor.review(ReviewRequest.builder(RequestType.CONNECTION).build()))
                .isInstanceOf(ReviewException.class)
                .hasMessage("rule T-ZERO (\"T-ZERO a degree written as a word\", " + dir.resolve("rules.drl")
                        + ":7) failed: NumberFormatException: For input string: \"zero\"")
                .satisfies(e -> assertThat(((ReviewException) e).rule()).isEqualTo("T-ZERO"));
    }
}
