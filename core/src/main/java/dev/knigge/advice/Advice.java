package dev.knigge.advice;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The result of one review: the verdict, the findings behind it, and what could not be judged.
 * Immutable.
 *
 * @param id the request's id, or {@code null} when it had none
 * @param verdict {@code SEND}, {@code REVISE} or {@code DO_NOT_SEND}
 * @param policy the id of the policy that judged it
 * @param policyVersion that policy's version
 * @param locale the language of the findings' texts
 * @param findings sorted by severity (worst first), then rule id
 * @param unchecked what could not be judged, such as {@code "note-language"}
 * @param trace the rules that fired, in firing order, with the facts each matched: why the advice is what it is
 */
public record Advice(String id, Verdict verdict, String policy, String policyVersion, Locale locale,
                     List<Finding> findings, List<String> unchecked, List<Firing> trace) {

    public Advice {
        Objects.requireNonNull(verdict, "verdict == null");
        Objects.requireNonNull(policy, "policy == null");
        Objects.requireNonNull(policyVersion, "policyVersion == null");
        Objects.requireNonNull(locale, "locale == null");
        findings = List.copyOf(findings);
        unchecked = List.copyOf(unchecked);
        trace = List.copyOf(trace);
    }

    /** The finding for a rule id, or {@code null} when that rule did not fire. */
    public Finding finding(String rule) {
        for (Finding finding : findings) {
            if (finding.rule().equals(rule)) {
                return finding;
            }
        }
        return null;
    }

    /**
     * One rule firing: its id, its DRL name and the facts it matched. The facts are described
     * only when asked for, so keeping a trace costs a review next to nothing.
     */
    public static final class Firing {
        private final String rule;
        private final String name;
        private final Supplier<List<String>> describeFacts;
        private volatile List<String> facts;

        /**
         * @param rule the rule id
         * @param name the rule's name in its DRL file
         * @param describeFacts describes the matched facts, once, on first use
         */
        public Firing(String rule, String name, Supplier<List<String>> describeFacts) {
            this.rule = Objects.requireNonNull(rule, "rule == null");
            this.name = Objects.requireNonNull(name, "name == null");
            this.describeFacts = Objects.requireNonNull(describeFacts, "describeFacts == null");
        }

        /** The rule id. */
        public String rule() {
            return rule;
        }

        /** The rule's name in its DRL file. */
        public String name() {
            return name;
        }

        /** The facts the rule matched, described as {@code Relationship[knowEachOther=false, …]}. */
        public List<String> facts() {
            List<String> described = facts;
            if (described == null) {
                described = List.copyOf(describeFacts.get());
                facts = described;
            }
            return described;
        }

        @Override
        public String toString() {
            return rule + " (" + name + ") " + facts();
        }
    }
}
