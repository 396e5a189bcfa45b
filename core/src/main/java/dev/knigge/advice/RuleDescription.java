package dev.knigge.advice;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;

/**
 * One rule id of a policy as an Advisor runs it: what {@code knigge rules} lists.
 *
 * @param id the rule id
 * @param severities the severities its tiers can raise, after overrides, weakest first
 * @param title its title in the requested locale
 * @param enabled {@code false} when the policy or the builder disabled it
 * @param tiers the DRL rules with this id, sorted by file and line: one per tier, and the rules that
 *        report what could not be judged
 */
public record RuleDescription(String id, SortedSet<Severity> severities, String title, boolean enabled,
                              List<Tier> tiers) {

    public RuleDescription {
        Objects.requireNonNull(id, "id == null");
        severities = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(severities));
        Objects.requireNonNull(title, "title == null");
        tiers = List.copyOf(Objects.requireNonNull(tiers, "tiers == null"));
    }

    /**
     * One DRL rule of a rule id: where it is written and which policy of the {@code extends} chain
     * defines it.
     *
     * @param name the rule's name in its DRL file
     * @param severity its {@code @severity} as written, before overrides; {@code null} for a rule that
     *        reports what could not be judged ({@code @unchecked})
     * @param file the file it is in, as problems name it ({@code professional/connection.drl})
     * @param line the line of its {@code rule} keyword
     * @param policy the id of the policy whose folder holds the file: the Advisor's own policy, or one it extends
     */
    public record Tier(String name, Severity severity, String file, int line, String policy) {

        public Tier {
            Objects.requireNonNull(name, "name == null");
            Objects.requireNonNull(file, "file == null");
            Objects.requireNonNull(policy, "policy == null");
        }

        /** {@code professional/connection.drl:74}. */
        public String location() {
            return file + ":" + line;
        }
    }
}
