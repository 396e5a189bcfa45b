package dev.knigge.internal.lint;

import dev.knigge.policy.PolicyException.Problem;

/** A place in a policy file, where a problem found later will point. */
record Site(String file, int line, int column) {

    /** A problem at this place. */
    Problem problem(String message) {
        return new Problem(file, line, column, message);
    }
}
