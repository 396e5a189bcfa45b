package dev.knigge.advice;

/**
 * One review failed inside the policy: a rule threw, or rules fired more often than the bound
 * allows (a loop). Names the rule. The {@link dev.knigge.Advisor} stays usable.
 */
public final class ReviewException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    /**
     * @param rule the id (or, when it has none, the name) of the rule at fault, or {@code null} when unknown
     * @param message what happened
     * @param cause what the rule threw, or {@code null}
     */
    public ReviewException(String rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    /** The id of the rule at fault, or {@code null} when it could not be told. */
    public String rule() {
        return rule;
    }
}
