package dev.knigge.cli;

import java.util.List;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Style;
import picocli.CommandLine.Help.ColorScheme;

/**
 * The styles of the text reports, drawn by picocli's ANSI support. The text is never read as
 * picocli markup: what a request says is printed as it is, {@code @|bold …|@} included.
 */
final class Styles {
    private final ColorScheme scheme;

    Styles(Ansi ansi) {
        this.scheme = new ColorScheme.Builder(ansi).build();
    }

    /**
     * Colours where picocli's {@link Ansi#AUTO} puts them (stdout is an interactive terminal, and
     * no {@code NO_COLOR}, {@code CLICOLOR=0} or {@code -Dpicocli.ansi=false} says otherwise),
     * except that an empty {@code NO_COLOR} counts as unset, as https://no-color.org says.
     */
    static Styles forStdout() {
        String noColor = System.getenv("NO_COLOR");
        boolean on = noColor != null && noColor.isEmpty() ? System.console() != null : Ansi.AUTO.enabled();
        return new Styles(Ansi.valueOf(on));
    }

    String bold(String text) {
        return style(text, Style.bold);
    }

    String dim(String text) {
        return style(text, Style.faint);
    }

    String red(String text) {
        return style(text, Style.bold, Style.fg_red);
    }

    String yellow(String text) {
        return style(text, Style.bold, Style.fg_yellow);
    }

    String green(String text) {
        return style(text, Style.bold, Style.fg_green);
    }

    String cyan(String text) {
        return style(text, Style.fg_cyan);
    }

    private String style(String text, IStyle... styles) {
        return scheme.apply(text, List.of(styles)).toString();
    }
}
