package dev.knigge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code knigge serve}'s errors, in-process: each ends the command before it would serve. */
class ServeCommandTest {

    @Test
    void refusesAPortOutOfRangeAsAUsageError() {
        Cli.Run run = Cli.run("serve", "--port", "70000");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("knigge: --port must be 0 to 65535 (was 70000)");
    }

    @Test
    void refusesAnAddressThatIsNotOneAsAUsageError() {
        Cli.Run run = Cli.run("serve", "--bind", "no-such-host.invalid", "--port", "0");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("knigge: --bind no-such-host.invalid: not an address of this machine");
    }

    @Test
    void refusesABatchLimitBelowOneMebibyteOrAboveWhatItHoldsInMemory() {
        Cli.Run run = Cli.run("serve", "--max-batch-mib", "0");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("knigge: --max-batch-mib must be 1 to 256 (was 0)");
        assertThat(Cli.run("serve", "--max-batch-mib", "257").err()).contains("knigge: --max-batch-mib must be 1 to 256 (was 257)");
    }

    @Test
    void reportsAPolicyThatDoesNotLoadWithExitThree() {
        Cli.Run run = Cli.run("serve", "--port", "0", "--policy", "professionall");

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("knigge: the policy does not load:");
    }

    @Test
    void reportsABrokenPolicyFolderWithItsProblemsAndExitThree() {
        Cli.Run run = Cli.run("serve", "--port", "0", "--policy", "src/test/resources/policies/broken");

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("knigge: the policy does not load:").contains(".drl:");
    }

    @Test
    void listsServeInTheHelp() {
        Cli.Run run = Cli.run("--help");

        assertThat(run.out()).contains("serve");
    }
}
