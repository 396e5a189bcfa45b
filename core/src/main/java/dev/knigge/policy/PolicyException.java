package dev.knigge.policy;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A policy that does not load: every problem found, each as {@code file:line:column: message}.
 * A policy with problems never yields an {@link dev.knigge.Advisor}.
 */
public final class PolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    public PolicyException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** A policy exception with one problem. */
    public PolicyException(Problem problem) {
        this(List.of(problem));
    }

    /** Every problem, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a PolicyException needs at least one problem");
        }
        String head = problems.size() == 1 ? "policy does not load: " : "policy does not load (" + problems.size() + " problems):";
        if (problems.size() == 1) {
            return head + problems.get(0);
        }
        return head + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }

    /**
     * One problem in a policy.
     *
     * @param file the file, relative to the policy folder, or the policy's id for a problem of the whole policy
     * @param line 1-based line, or 0 when the problem has no line
     * @param column 1-based column, or 0 when the problem has no column
     * @param message what is wrong, and where possible how to fix it
     */
    public record Problem(String file, int line, int column, String message) {

        public Problem {
            Objects.requireNonNull(file, "file == null");
            Objects.requireNonNull(message, "message == null");
        }

        /** {@code file:line:column: message}, leaving out a line or column that is not known. */
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(file);
            if (line > 0) {
                out.append(':').append(line);
                if (column > 0) {
                    out.append(':').append(column);
                }
            }
            return out.append(": ").append(message).toString();
        }
    }
}
