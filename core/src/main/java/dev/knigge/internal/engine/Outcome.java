package dev.knigge.internal.engine;

import dev.knigge.advice.Advice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules of one review reported: the findings they raised, in order, and the trace of
 * firings. One per review; not thread-safe.
 */
public final class Outcome {
    /** Firings recorded in a trace at most; a looping rule would otherwise fill memory. */
    static final int MAX_TRACE = 1_000;

    final List<Raised> raised = new ArrayList<>(8);
    final List<Advice.Firing> trace = new ArrayList<>(8);

    /** A finding as raised: the rule and its placeholder values. */
    record Raised(RuleMeta meta, Map<String, Object> values) {}

    /**
     * Records a finding of a rule.
     *
     * @param namesAndValues placeholder names (Strings), each followed by its value
     */
    public void raise(RuleMeta meta, Object... namesAndValues) {
        Map<String, Object> values;
        if (namesAndValues.length == 0) {
            values = Map.of();
        } else {
            values = new HashMap<>(4);
            for (int i = 0; i < namesAndValues.length; i += 2) {
                values.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        raised.add(new Raised(meta, values));
    }

    /** Records a firing of a rule in the trace, with the facts it matched (described only when asked for). */
    public void fired(RuleMeta meta, List<?> facts) {
        if (trace.size() < MAX_TRACE) {
            trace.add(new Advice.Firing(meta.id(), meta.name(), () -> describe(facts)));
        }
    }

    private static List<String> describe(List<?> facts) {
        List<String> out = new ArrayList<>(facts.size());
        for (Object fact : facts) {
            out.add(String.valueOf(fact));
        }
        return out;
    }
}
