package dev.knigge.advice;

/**
 * How much a finding weighs. SenderAnswers in ascending order, so {@code compareTo} ranks them:
 * any {@link #BLOCKER} makes the verdict {@link Verdict#DO_NOT_SEND}, any {@link #WARNING}
 * makes it {@link Verdict#REVISE}, and {@link #ADVICE} leaves it at {@link Verdict#SEND}.
 */
public enum Severity {
    ADVICE,
    WARNING,
    BLOCKER;

    /** The verdict a review gets when this is its worst finding. */
    public Verdict verdict() {
        return switch (this) {
            case ADVICE -> Verdict.SEND;
            case WARNING -> Verdict.REVISE;
            case BLOCKER -> Verdict.DO_NOT_SEND;
        };
    }
}
