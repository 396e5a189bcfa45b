package dev.knigge.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.knigge.junit.PolicyScenarios;
import dev.knigge.scenario.QualityTargets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The professional policy against real notes nobody on the team wrote, each labelled with its
 * publisher's judgement (issue 12): at least 90 % of verdicts within that judgement, at least
 * 80 % of the notes published as good get SEND, none of them DO_NOT_SEND, and no note published
 * as spam gets SEND. The corpus lives outside the repository; set {@code -Dknigge.realNotes=DIR}
 * or {@code KNIGGE_REAL_NOTES} to point at it, else it is looked for at
 * {@code ../shared/corpus/real-notes} beside the repository, and the test is skipped without it.
 * {@code knigge test --quality} over the same folder shows every figure.
 */
class RealNotesQualityTest {
    static final QualityTargets TARGETS = QualityTargets.none().minAccuracy(0.90).minGoodSend(0.80).maxFalseBlocks(0)
            .maxSpamSent(0);

    @Test
    void professionalAgreesWithThePublishersJudgementOfRealNotes() {
        String property = System.getProperty(RealNotes.PROPERTY);
        String environment = System.getenv(RealNotes.ENVIRONMENT);
        Path notes = RealNotes.locate(property, environment, Path.of(""));
        if (RealNotes.named(property, environment)) {
            assertThat(notes).as("the real-notes corpus named by -D%s or %s", RealNotes.PROPERTY, RealNotes.ENVIRONMENT)
                    .isDirectory();
        }
        assumeTrue(Files.isDirectory(notes), () -> "skipped: no real-notes corpus at " + notes
                + " (point -D" + RealNotes.PROPERTY + " or " + RealNotes.ENVIRONMENT + " at one)");

        PolicyScenarios.assertQuality(Reviews.PROFESSIONAL, notes, TARGETS);
    }

    @Nested
    class TheCorpus {
        @TempDir
        Path dir;

        @Test
        void isTheFolderThePropertyOrElseTheEnvironmentNames() {
            assertThat(RealNotes.locate("notes", "elsewhere", dir)).isEqualTo(dir.resolve("notes"));
            assertThat(RealNotes.locate(" ", "elsewhere", dir)).isEqualTo(dir.resolve("elsewhere"));
            assertThat(RealNotes.locate(null, "/abs/notes", dir)).isEqualTo(Path.of("/abs/notes"));
            assertThat(RealNotes.named(null, " ")).isFalse();
            assertThat(RealNotes.named(null, "x")).isTrue();
        }

        @Test
        void isElseBesideTheRepositoryFoundFromTheRootOrAnyModule() throws IOException {
            Path repository = Files.createDirectories(dir.resolve("work/knigge"));
            Files.writeString(repository.resolve("pom.xml"), "<project/>");
            Files.createDirectories(repository.resolve("rules/src"));
            Files.writeString(repository.resolve("rules/pom.xml"), "<project/>");
            Path expected = dir.resolve("work/shared/corpus/real-notes");

            assertThat(RealNotes.locate(null, null, repository)).isEqualTo(expected);
            assertThat(RealNotes.locate(null, null, repository.resolve("rules"))).isEqualTo(expected);
            assertThat(RealNotes.locate(null, null, repository.resolve("rules/src"))).isEqualTo(expected);
        }
    }
}
