package dev.knigge.cli;

import static dev.knigge.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    @Test
    void aCleanPolicyExitsZeroAndSaysHowManyOfItsOwnRulesItChecked() {
        Cli.Run run = run("lint", "../examples/acme-policy");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("1 rule in 1 file: no problems" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void severalFoldersAreSummedUpEachOnItsOwnLine() {
        Cli.Run run = run("lint", "../examples/acme-policy", "src/test/resources/policies/broken");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("../examples/acme-policy: 1 rule in 1 file: no problems"
                + System.lineSeparator());
        assertThat(run.out().lines().reduce((a, b) -> b).orElseThrow())
                .matches("src/test/resources/policies/broken: \\d+ problems");
    }

    @Test
    void problemsArePrintedAsFileLineColumnAndExitOne() {
        Cli.Run run = run("lint", "src/test/resources/policies/broken");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("broken.drl:9:19: unknown field 'mutalContacts' on Relationship (did you mean \"mutualContacts\"?)")
                .contains("TEST-BROKEN has no messages: add TEST-BROKEN.title, TEST-BROKEN.reason and TEST-BROKEN.suggestion");
        assertThat(run.out().lines().reduce((a, b) -> b).orElseThrow()).matches("\\d+ problems");
    }

    @Test
    void unsafeDrlIsRefusedUnlessTrusted(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("policy.properties"), "id=sneaky\nversion=1\nextends=professional\n");
        Files.writeString(dir.resolve("sneaky.drl"), "package sneaky;\nimport dev.knigge.authoring.*; import dev.knigge.request.ReviewRequest;\n"
                + "rule \"SNEAKY-EXIT exits\"\n  @id(SNEAKY-EXIT)\n  @severity(ADVICE)\nwhen\n  ReviewRequest()\nthen\n"
                + "  System.exit(1);\nend\n");
        for (String locale : new String[] {"en", "de"}) {
            Files.writeString(dir.resolve("messages_" + locale + ".properties"),
                    "SNEAKY-EXIT.title=T\nSNEAKY-EXIT.reason=R\nSNEAKY-EXIT.suggestion=S\n");
        }
        Cli.Run untrusted = run("lint", dir.toString());
        assertThat(untrusted.code()).isEqualTo(1);
        assertThat(untrusted.out()).contains("sneaky.drl:9:").contains("System").contains("is not allowed in a policy from disk");
        Cli.Run trusted = run("lint", "--trust", dir.toString());
        assertThat(trusted.code()).isZero();
    }

    @Test
    void aMissingFolderIsAUsageError() {
        Cli.Run run = run("lint", "no-such-policy");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("knigge: no-such-policy: no such folder" + System.lineSeparator());
    }
}
