package dev.knigge.scenario;

import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How well a policy's verdicts agree with labelled cases, SpamAssassin's mass-check for etiquette.
 * Each case's label is its expected verdict ({@code expect.verdict}), whether the case is
 * verdict-only or lists its rules; a verdict is within the case's judgement when it is the label
 * or one of {@code alsoOk}. Notes labelled SEND are the good notes: told REVISE they are nags, told
 * DO_NOT_SEND false blocks. A note labelled DO_NOT_SEND whose verdict falls outside its judgement
 * is a missed block, and told SEND it is spam sent.
 *
 * <pre>{@code
 * QualityReport quality = PolicyScenarios.quality(advisor, Path.of("real-notes"));   // knigge-junit
 * quality.accuracy();                  // 0.726: 61 of 84 within the judgement
 * quality.outside();                   // the cases to look at, with the rules that decided each
 * }</pre>
 *
 * Every figure is over the reviewed cases; a share of no cases is 0. Immutable and thread-safe.
 *
 * @param policy the id of the policy that reviewed the cases
 * @param policyVersion that policy's version
 * @param cases the reviewed cases, in the order they were found
 * @param unreviewed the cases that could not be reviewed (the review failed, or the policy lacks the case's locale)
 * @param problems the case files that could not be read
 */
public record QualityReport(String policy, String policyVersion, List<Case> cases, List<Unreviewed> unreviewed,
                            List<ScenarioProblem> problems) {

    /** Checks the fields and copies the lists. */
    public QualityReport {
        Objects.requireNonNull(policy, "policy == null");
        Objects.requireNonNull(policyVersion, "policyVersion == null");
        cases = List.copyOf(Objects.requireNonNull(cases, "cases == null"));
        unreviewed = List.copyOf(Objects.requireNonNull(unreviewed, "unreviewed == null"));
        problems = List.copyOf(Objects.requireNonNull(problems, "problems == null"));
    }

    /** The number of cases whose verdict is within their judgement. */
    public int within() {
        return count(Case::within);
    }

    /** The share of cases whose verdict is within their judgement. */
    public double accuracy() {
        return share(within(), cases.size());
    }

    /** The number of cases whose verdict is exactly their label. */
    public int exact() {
        return count(Case::exact);
    }

    /** The share of cases whose verdict is exactly their label. */
    public double exactAccuracy() {
        return share(exact(), cases.size());
    }

    /** The number of cases with this label. */
    public int labelled(Verdict label) {
        Objects.requireNonNull(label, "label == null");
        return count(c -> c.label() == label);
    }

    /** One cell of the confusion matrix: the number of cases with this label that were given this verdict. */
    public int confusion(Verdict label, Verdict given) {
        Objects.requireNonNull(label, "label == null");
        Objects.requireNonNull(given, "given == null");
        return count(c -> c.label() == label && c.given() == given);
    }

    /** The number of good notes (labelled SEND) that get SEND. */
    public int goodSend() {
        return confusion(Verdict.SEND, Verdict.SEND);
    }

    /** The share of good notes (labelled SEND) that get SEND. */
    public double goodSendShare() {
        return share(goodSend(), labelled(Verdict.SEND));
    }

    /** The number of nags: good notes (labelled SEND) told REVISE. */
    public int nags() {
        return confusion(Verdict.SEND, Verdict.REVISE);
    }

    /** The share of good notes (labelled SEND) told REVISE. */
    public double nagRate() {
        return share(nags(), labelled(Verdict.SEND));
    }

    /** The number of false blocks: good notes (labelled SEND) told DO_NOT_SEND. */
    public int falseBlocks() {
        return confusion(Verdict.SEND, Verdict.DO_NOT_SEND);
    }

    /** The share of good notes (labelled SEND) told DO_NOT_SEND. */
    public double falseBlockRate() {
        return share(falseBlocks(), labelled(Verdict.SEND));
    }

    /** The number of missed blocks: cases labelled DO_NOT_SEND whose verdict is outside their judgement. */
    public int missedBlocks() {
        return count(c -> c.label() == Verdict.DO_NOT_SEND && !c.within());
    }

    /** The share of cases labelled DO_NOT_SEND whose verdict is outside their judgement. */
    public double missedBlockRate() {
        return share(missedBlocks(), labelled(Verdict.DO_NOT_SEND));
    }

    /** The number of cases labelled DO_NOT_SEND that get SEND. */
    public int spamSent() {
        return confusion(Verdict.DO_NOT_SEND, Verdict.SEND);
    }

    /** The cases whose verdict is outside their judgement, in order. */
    public List<Case> outside() {
        return cases.stream().filter(c -> !c.within()).toList();
    }

    /** The figures of every rule that fired in some case, sorted by rule id. */
    public List<RuleFigures> rules() {
        SortedMap<String, int[]> counts = new TreeMap<>();
        for (Case c : cases) {
            boolean good = c.label() == Verdict.SEND;
            boolean nag = good && c.given() == Verdict.REVISE;
            boolean falseBlock = good && c.given() == Verdict.DO_NOT_SEND;
            Map<String, Severity> deciding = c.deciding();
            for (String rule : c.fired().keySet()) {
                int[] count = counts.computeIfAbsent(rule, id -> new int[4]);
                count[good ? 0 : 1]++;
                if (deciding.containsKey(rule)) {
                    count[2] += nag ? 1 : 0;
                    count[3] += falseBlock ? 1 : 0;
                }
            }
        }
        List<RuleFigures> rules = new ArrayList<>();
        counts.forEach((rule, count) -> rules.add(new RuleFigures(rule, count[0], count[1], count[2], count[3])));
        return List.copyOf(rules);
    }

    /**
     * The headline figures in one line: {@code accuracy 72.6 % (61 of 84), exact 39.3 % (33),
     * good notes SEND 25.5 % (12 of 47), nag rate 72.3 % (34), false blocks 1, missed blocks 23.8 % (5 of 21), spam sent 0}.
     */
    public String summary() {
        return "accuracy " + QualityTargets.percent(accuracy()) + " (" + within() + " of " + cases.size() + "), exact "
                + QualityTargets.percent(exactAccuracy()) + " (" + exact() + "), good notes SEND "
                + QualityTargets.percent(goodSendShare()) + " (" + goodSend() + " of " + labelled(Verdict.SEND)
                + "), nag rate " + QualityTargets.percent(nagRate()) + " (" + nags() + "), false blocks " + falseBlocks()
                + ", missed blocks " + QualityTargets.percent(missedBlockRate()) + " (" + missedBlocks() + " of "
                + labelled(Verdict.DO_NOT_SEND) + "), spam sent " + spamSent();
    }

    private int count(Predicate<Case> which) {
        return (int) cases.stream().filter(which).count();
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /**
     * One reviewed case.
     *
     * @param scenario the case: its label is {@code scenario.expect().verdict()}
     * @param given the verdict the policy gave
     * @param fired each rule that fired, with the worst severity it fired with, sorted by id
     */
    public record Case(Scenario scenario, Verdict given, SortedMap<String, Severity> fired) {

        /** Checks the fields and copies the map. */
        public Case {
            Objects.requireNonNull(scenario, "scenario == null");
            Objects.requireNonNull(given, "given == null");
            Objects.requireNonNull(fired, "fired == null");
            fired = Collections.unmodifiableSortedMap(new TreeMap<>(fired));
        }

        /** The case's label: the verdict it expects. */
        public Verdict label() {
            return scenario.expect().verdict();
        }

        /** Whether the verdict is within the case's judgement: its label or one of {@code alsoOk}. */
        public boolean within() {
            return scenario.expect().accepts(given);
        }

        /** Whether the verdict is exactly the label. */
        public boolean exact() {
            return given == label();
        }

        /**
         * The label and the verdict, and what gave it: {@code labelled SEND (or REVISE), given
         * DO_NOT_SEND by REC-STRANGER BLOCKER}; for SEND, the rules that fired ({@code given SEND
         * (fired: GEN-SALUTATION ADVICE)}) or {@code given SEND (nothing fired)}.
         */
        public String outcome() {
            StringBuilder out = new StringBuilder("labelled ").append(scenario.expect().verdictText());
            out.append(", given ").append(given);
            if (given != Verdict.SEND) {
                return out.append(" by ").append(rules(deciding())).toString();
            }
            return out.append(fired.isEmpty() ? " (nothing fired)" : " (fired: " + rules(fired) + ")").toString();
        }

        private static String rules(Map<String, Severity> rules) {
            return rules.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        }

        /**
         * The rules that decided the verdict: those at the severity the verdict comes from (WARNING
         * for REVISE, BLOCKER for DO_NOT_SEND), sorted by id; none for SEND.
         */
        public SortedMap<String, Severity> deciding() {
            SortedMap<String, Severity> deciding = new TreeMap<>(fired);
            deciding.values().removeIf(severity -> given == Verdict.SEND || severity.verdict() != given);
            return Collections.unmodifiableSortedMap(deciding);
        }
    }

    /**
     * A case that could not be reviewed.
     *
     * @param scenario the case
     * @param error why: the review failed inside the policy, or the policy has no messages in the case's locale
     */
    public record Unreviewed(Scenario scenario, String error) {

        /** Checks the fields. */
        public Unreviewed {
            Objects.requireNonNull(scenario, "scenario == null");
            Objects.requireNonNull(error, "error == null");
        }
    }

    /**
     * What one rule did across the cases.
     *
     * @param rule the rule id
     * @param firedOnSend the number of cases labelled SEND it fired in, at any severity
     * @param firedOnOther the number of cases labelled REVISE or DO_NOT_SEND it fired in, at any severity
     * @param nags the number of nags (labelled SEND, told REVISE) it decided: it fired at WARNING
     * @param falseBlocks the number of false blocks (labelled SEND, told DO_NOT_SEND) it decided: it fired at BLOCKER
     */
    public record RuleFigures(String rule, int firedOnSend, int firedOnOther, int nags, int falseBlocks) {

        /** Checks the fields. */
        public RuleFigures {
            Objects.requireNonNull(rule, "rule == null");
            if (firedOnSend < 0 || firedOnOther < 0 || nags < 0 || falseBlocks < 0) {
                throw new IllegalArgumentException("counts must not be negative");
            }
            if (nags + falseBlocks > firedOnSend) {
                throw new IllegalArgumentException("nags and false blocks are cases labelled SEND it fired in");
            }
        }
    }
}
