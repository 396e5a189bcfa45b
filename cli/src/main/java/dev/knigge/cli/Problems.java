package dev.knigge.cli;

import dev.knigge.policy.PolicyException;
import java.io.PrintWriter;

/** Prints a policy's problems on stderr, one {@code file:line:column: message} per line. */
final class Problems {
    private Problems() {}

    static void print(PrintWriter err, PolicyException e) {
        err.println("knigge: the policy does not load:");
        for (PolicyException.Problem problem : e.problems()) {
            err.println(Printable.of(problem.toString()));
        }
    }
}
