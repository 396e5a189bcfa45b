package dev.knigge.advice;

import java.util.Objects;
import java.util.SortedSet;

/**
 * One rule id of a policy as an Advisor runs it: what {@code knigge rules} lists.
 *
 * @param id the rule id
 * @param severities the severities its tiers can raise, after overrides, weakest first
 * @param title its title in the requested locale
 * @param enabled {@code false} when the policy or the builder disabled it
 */
public record RuleDescription(String id, SortedSet<Severity> severities, String title, boolean enabled) {

    public RuleDescription {
        Objects.requireNonNull(id, "id == null");
        severities = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(severities));
        Objects.requireNonNull(title, "title == null");
    }
}
