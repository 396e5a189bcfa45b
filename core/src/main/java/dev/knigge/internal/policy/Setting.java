package dev.knigge.internal.policy;

import dev.knigge.policy.PolicyException;

/**
 * One setting of a policy ({@code param.x=…}, {@code severity.ID=…}, an id in {@code disabled=}),
 * with where it was made, so a problem with it can point there.
 *
 * @param name what it sets: a parameter key or a rule id
 * @param value the value, as written
 * @param origin the file it is in, or {@code Advisor.Builder} for a builder override
 * @param line its line, or 0
 * @param column the column a problem with it points at (its value's, or 1 for the line's start), or 0
 */
public record Setting(String name, String value, String origin, int line, int column) {

    /** A setting whose problems point at the start of its line. */
    public Setting(String name, String value, String origin, int line) {
        this(name, value, origin, line, line > 0 ? 1 : 0);
    }

    /** A problem with this setting, placed where it was made. */
    public PolicyException.Problem problem(String message) {
        return new PolicyException.Problem(origin, line, line > 0 ? column : 0, message);
    }
}
