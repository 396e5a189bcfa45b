package dev.knigge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.request.ReviewRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in policies are the proof that the untrusted policy language is enough: copied to
 * disk and loaded as untrusted folders (strict extending the copy of professional), every rule
 * of both passes the check, and they review exactly as the built-ins do.
 */
class UntrustedBuiltInsTest {
    @TempDir
    static Path dir;

    static Path professional;
    static Path strict;

    @BeforeAll
    static void copyTheBuiltInsToDisk() throws IOException {
        professional = copy(PolicySources.PROFESSIONAL, dir.resolve("professional"));
        strict = copy(PolicySources.STRICT, dir.resolve("strict"));
        Path properties = strict.resolve("policy.properties");
        Files.writeString(properties, Files.readString(properties).replace("extends=professional",
                "extends=./../professional"));
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    @Test
    void everyRuleOfProfessionalAndStrictPassesTheUntrustedCheck() {
        assertThat(Policy.directory(professional).lint()).isEmpty();
        assertThat(Policy.directory(strict).lint()).isEmpty();
        assertThat(PolicySources.professionalRules()).as("rules checked").hasSizeGreaterThan(50);
    }

    @Test
    void typedAsTrustedDrlTheyHaveNoProblemEither() {
        assertThat(Policy.directory(professional).trusted().lint()).isEmpty();
        assertThat(Policy.directory(strict).trusted().lint()).isEmpty();
    }

    @Test
    void loadedUntrustedTheyReviewAsTheBuiltInsDo() {
        List<ReviewRequest> requests = new java.util.ArrayList<>(List.of(Examples.recommendationFromAStranger(),
                Examples.groupInviteOffTopic(), Examples.connectionFormerColleague(), Examples.campaignFirstRequest()));
        RequestArbitraries.requests().sampleStream().limit(300).forEach(requests::add);
        for (String id : List.of("professional", "strict")) {
            Advisor builtIn = Advisor.builder().policy(Policy.builtIn(id)).build();
            Advisor untrusted = Advisor.builder()
                    .policy(Policy.directory(id.equals("strict") ? strict : professional)).build();
            for (ReviewRequest request : requests) {
                assertThat(untrusted.review(request).findings()).as(id + ": " + request)
                        .isEqualTo(builtIn.review(request).findings());
            }
        }
    }
}
