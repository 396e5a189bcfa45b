package dev.knigge.request;

/**
 * A request that cannot be reviewed: a value out of range, a string over its limit, or (from
 * the JSON codec) a malformed document, an unknown field or a wrong type. The message names
 * the place as a JSON path ({@code $.relationship.knowsEachOther: unknown field (did you mean
 * "knowEachOther"?)}), which reads the same for a builder field.
 */
public final class InvalidRequestException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    /**
     * @param path where the problem is, as a JSON path starting with {@code $}
     * @param problem what is wrong there, without the path
     */
    public InvalidRequestException(String path, String problem) {
        super(path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    /** Where the problem is, as a JSON path such as {@code $.recipient.languages[2]}. */
    public String path() {
        return path;
    }

    /** What is wrong, without the path. */
    public String problem() {
        return problem;
    }
}
