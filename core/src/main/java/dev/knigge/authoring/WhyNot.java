package dev.knigge.authoring;

import java.util.List;
import java.util.Objects;

/**
 * Why a rule id did or did not fire on one request ({@code knigge explain --why-not RULE-ID}):
 * every DRL rule with that id, condition by condition, each evaluated by the engine itself on the
 * review's facts, with the values it read and the first condition that failed marked.
 *
 * @param rule the rule id asked about
 * @param policy the id of the policy that holds it
 * @param policyVersion that policy's version
 * @param rules the DRL rules with that id, in file order
 */
public record WhyNot(String rule, String policy, String policyVersion, List<Rule> rules) {

    public WhyNot {
        Objects.requireNonNull(rule, "rule == null");
        rules = List.copyOf(rules);
    }

    /** Whether any DRL rule of the id matched the request. */
    public boolean fired() {
        return rules.stream().anyMatch(Rule::matched);
    }

    /**
     * One DRL rule with the id.
     *
     * @param name its name in its DRL file
     * @param file the file it is in
     * @param line the line of its {@code rule} keyword
     * @param severity its severity as the DRL gives it ({@code @severity}), before overrides
     * @param enabled whether the policy runs it (a disabled id never fires, whatever its conditions)
     * @param matched whether all of its conditions held together: the rule fires when enabled
     * @param conditions its conditions in the order they are written
     */
    public record Rule(String name, String file, int line, String severity, boolean enabled, boolean matched,
                       List<Condition> conditions) {
        public Rule {
            conditions = List.copyOf(conditions);
        }

        /** The first condition that failed, walking the conditions as the engine joins them, or {@code null}. */
        public Condition firstFailed() {
            for (Condition condition : conditions) {
                if (condition.firstFailed()) {
                    return condition;
                }
                for (Condition constraint : condition.constraints()) {
                    if (constraint.firstFailed()) {
                        return constraint;
                    }
                }
            }
            return null;
        }
    }

    /**
     * A condition: a pattern ({@code Note( present, specifics == false )}), another condition
     * element ({@code not Group( … )}), or one constraint of a pattern.
     *
     * @param text the condition as written
     * @param line its line in the rule's file
     * @param column its column (1-based)
     * @param held whether it held on its own (a pattern: with all its constraints; a constraint: on
     *        the pattern's fact, with the rule's bindings), or {@code null} when it could not be
     *        evaluated on its own (it needs a binding of a condition that failed)
     * @param firstFailed whether it is the first condition that failed as the engine joins them
     * @param values what it read: {@code field = value} for each field of the fact it names,
     *        {@code $binding = value} for each binding it declares or uses, or a note that the fact is absent
     * @param constraints a pattern's constraints, empty for a constraint or another element
     */
    public record Condition(String text, int line, int column, Boolean held, boolean firstFailed, List<String> values,
                            List<Condition> constraints) {
        public Condition {
            Objects.requireNonNull(text, "text == null");
            values = List.copyOf(values);
            constraints = List.copyOf(constraints);
        }
    }
}
