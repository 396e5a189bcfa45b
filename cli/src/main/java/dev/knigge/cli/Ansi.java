package dev.knigge.cli;

/**
 * Terminal colours, only when stdout is a terminal and {@code NO_COLOR} is not set
 * (https://no-color.org).
 */
final class Ansi {
    private final boolean on;

    private Ansi(boolean on) {
        this.on = on;
    }

    /** Colours when stdout is an interactive terminal and NO_COLOR is unset or empty. */
    static Ansi forStdout() {
        String noColor = System.getenv("NO_COLOR");
        return new Ansi(System.console() != null && (noColor == null || noColor.isEmpty()));
    }

    /** No colours at all. */
    static Ansi off() {
        return new Ansi(false);
    }

    String bold(String text) {
        return wrap("1", text);
    }

    String dim(String text) {
        return wrap("2", text);
    }

    String red(String text) {
        return wrap("1;31", text);
    }

    String yellow(String text) {
        return wrap("1;33", text);
    }

    String green(String text) {
        return wrap("1;32", text);
    }

    String cyan(String text) {
        return wrap("36", text);
    }

    private String wrap(String code, String text) {
        return on ? "\u001B[" + code + "m" + text + "\u001B[0m" : text;
    }
}
