package dev.knigge.cli;

import static dev.knigge.cli.Cli.runWithStdin;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A request cannot drive the terminal of whoever reads the command's text output: control and
 * direction characters in what it prints from a request are shown as escapes.
 */
class TerminalEscapesTest {
    private static final String ESC_AND_BEL = "\\u001b]0;owned\\u0007\\u001b[2J";

    @Test
    void controlCharactersOfARequestIdArePrintedAsEscapes() {
        Cli.Run run = runWithStdin("{\"id\": \"x" + ESC_AND_BEL + "\\u202e\", \"type\": \"CONNECTION\"}", "check", "-");
        assertThat(run.code()).isZero();
        assertThat(run.out()).doesNotContain("\u001b", "\u0007", "\u202e")
                .contains("(x\\u001b]0;owned\\u0007\\u001b[2J\\u202e)");
    }

    @Test
    void controlCharactersInTheNoteAreEscapedInTheEvidenceAndTheTrace() {
        Cli.Run run = runWithStdin("{\"type\": \"MESSAGE\", \"language\": \"en\", \"note\": \"Book a demo \\u001b[31mnow"
                + "\\u0007 to see our product\", \"relationship\": {\"degree\": 1}}", "check", "--explain", "-");
        assertThat(run.out()).doesNotContain("\u001b", "\u0007");
    }

    @Test
    void aMessageOfAnInvalidRequestIsEscapedToo() {
        Cli.Run run = runWithStdin("{\"type\": \"POKE\\u001b[2J\"}", "check", "-");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).doesNotContain("\u001b").contains("\\u001b");
    }
}
