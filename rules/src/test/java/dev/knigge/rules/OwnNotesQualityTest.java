package dev.knigge.rules;

import dev.knigge.junit.PolicyScenarios;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The professional policy against notes the team wrote and labelled the way the real-notes corpus
 * is labelled (SEND: a thoughtful recipient accepts it; REVISE: it would put them off or confuse them
 * as it stands; DO_NOT_SEND: it harms the sender or annoys them whatever the wording), every request
 * type in English and German. They live in the repository, so this gate runs on every clone; the
 * targets are those the real notes must meet ({@link RealNotesQualityTest}).
 */
class OwnNotesQualityTest {
    static final Path NOTES = Path.of("src/test/resources/quality/professional");

    @Test
    void professionalJudgesTheTeamsLabelledNotesAsTheirLabelsSay() {
        PolicyScenarios.assertQuality(Reviews.PROFESSIONAL, NOTES, RealNotesQualityTest.TARGETS);
    }
}
