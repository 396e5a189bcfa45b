package dev.knigge.internal.engine;

/**
 * Evaluates a policy's rules over the facts of one review and reports what fires. The engine's
 * own evaluator runs the compiled DRL in a Drools session; the benchmarks plug in the same norms
 * written as plain Java, so that both share note analysis, facts, aggregation and rendering and a
 * ratio of the two isolates what the rule engine costs.
 */
public interface RuleEvaluator {

    /**
     * Evaluates the rules.
     *
     * @param facts the review's facts
     * @param outcome where findings and firings go
     */
    void evaluate(ReviewFacts facts, Outcome outcome);
}
