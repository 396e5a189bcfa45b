package dev.knigge.cli;

/** The exit codes of the {@code knigge} command; when several apply, the highest wins. */
final class ExitCodes {
    /** Done. */
    static final int OK = 0;
    /** A verdict at or above {@code --fail-on}, a failed scenario, or lint problems. */
    static final int FINDINGS = 1;
    /** A usage error or invalid input. */
    static final int INVALID = 2;
    /** A policy that does not load, or a review that failed inside the policy. */
    static final int POLICY = 3;

    private ExitCodes() {}
}
