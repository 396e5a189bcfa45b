package dev.knigge.cli;

/** Ends a command with an exit code after it has said why on stderr. */
final class Exit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int code;

    Exit(int code) {
        super(null, null, false, false);
        this.code = code;
    }
}
