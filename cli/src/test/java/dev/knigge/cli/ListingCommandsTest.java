package dev.knigge.cli;

import static dev.knigge.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListingCommandsTest {
    @Test
    void policiesListsTheBuiltInPoliciesWithVersionAndRuleCount() {
        Cli.Run run = run("policies");
        assertThat(run.code()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("professional +1\\.0\\.0 +39 rules  Think before you send.*");
        assertThat(lines.get(1)).matches("strict +1\\.0\\.0 +39 rules  Professional, tightened.*");
    }

    @Test
    void rulesListsAll39IdsWithSeveritiesAndEnglishTitles() {
        Cli.Run run = run("rules");
        assertThat(run.code()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(39);
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .matches("REC-STRANGER +BLOCKER +Recommendation from a stranger"));
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("GEN-VOLUME +WARNING/BLOCKER +.+"));
    }

    @Test
    void rulesSpeakGermanWithLocaleDe() {
        Cli.Run run = run("rules", "--locale", "de");
        assertThat(run.out().lines()).anySatisfy(line -> assertThat(line)
                .matches("REC-STRANGER +BLOCKER +Empfehlung von Unbekannten"));
    }

    @Test
    void strictShowsItsOverrides() {
        Cli.Run run = run("rules", "--policy", "strict");
        assertThat(run.out().lines()).anySatisfy(line -> assertThat(line).matches("GEN-COLD-PITCH +BLOCKER +.+"));
        assertThat(run.out().lines()).anySatisfy(line -> assertThat(line).matches("GEN-ASK-TOO-SOON +BLOCKER +.+"));
    }
}
