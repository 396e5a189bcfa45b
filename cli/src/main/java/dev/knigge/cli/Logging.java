package dev.knigge.cli;

/**
 * The command's slf4j binding (slf4j-simple) is silent unless {@code --verbose}: diagnostics
 * that matter reach the user as messages on stderr, not as log lines.
 */
final class Logging {
    private static volatile boolean verbose;

    private Logging() {}

    /** Sets the log level before the first logger is created. */
    static void configure(boolean verbose) {
        Logging.verbose = verbose;
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "off");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("slf4j.internal.verbosity", verbose ? "INFO" : "ERROR");
    }

    /** Whether {@code --verbose} was given. */
    static boolean verbose() {
        return verbose;
    }
}
