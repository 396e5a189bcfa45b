package dev.knigge.advice;

import java.util.List;
import java.util.Objects;

/**
 * One norm that the request breaks, in the words of the requested locale.
 *
 * @param rule the stable rule id ({@code REC-STRANGER}), what a UI keys on
 * @param severity how much it weighs, after the policy's and the builder's overrides
 * @param title a short title
 * @param reason why this matters
 * @param suggestion what to do instead
 * @param evidence the spans of the note behind it; empty when it rests on other facts
 */
public record Finding(String rule, Severity severity, String title, String reason, String suggestion,
                      List<Evidence> evidence) {

    public Finding {
        Objects.requireNonNull(rule, "rule == null");
        Objects.requireNonNull(severity, "severity == null");
        Objects.requireNonNull(title, "title == null");
        Objects.requireNonNull(reason, "reason == null");
        Objects.requireNonNull(suggestion, "suggestion == null");
        evidence = List.copyOf(evidence);
    }
}
