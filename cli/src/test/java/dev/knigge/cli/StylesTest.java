package dev.knigge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Help.Ansi;

class StylesTest {

    @Test
    void drawsPicocliStylesWhenColoursAreOn() {
        Styles on = new Styles(Ansi.ON);

        assertThat(on.red("DO_NOT_SEND")).startsWith("\u001B[1m\u001B[31m").contains("DO_NOT_SEND").endsWith("\u001B[0m");
        assertThat(on.dim("policy")).startsWith("\u001B[2m").endsWith("\u001B[0m");
        assertThat(on.cyan("Suggestion:")).startsWith("\u001B[36m");
    }

    @Test
    void leavesTheTextAsItIsWhenColoursAreOff() {
        Styles off = new Styles(Ansi.OFF);

        assertThat(off.bold("REC-STRANGER")).isEqualTo("REC-STRANGER");
        assertThat(off.yellow("REVISE") + off.green("SEND")).isEqualTo("REVISESEND");
    }

    @Test
    void neverReadsWhatItStylesAsPicocliMarkup() {
        String title = "Say @|red hello|@ to @|bold,underline them|@";

        assertThat(new Styles(Ansi.OFF).bold(title)).isEqualTo(title);
        assertThat(new Styles(Ansi.ON).bold(title)).contains(title);
    }

    @Test
    void areOffWhenStdoutIsNoTerminal() {
        // The tests run without a console, as a redirected command does.
        assertThat(Styles.forStdout().red("DO_NOT_SEND")).isEqualTo("DO_NOT_SEND");
    }
}
