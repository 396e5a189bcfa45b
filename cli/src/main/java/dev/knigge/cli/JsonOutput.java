package dev.knigge.cli;

import dev.knigge.advice.Advice;
import dev.knigge.json.AdviceJson;

/** Advice as one line of JSON (advice format v1). */
final class JsonOutput {
    private static final AdviceJson PLAIN = AdviceJson.compact();
    private static final AdviceJson TRACED = AdviceJson.compact().withTrace();

    private JsonOutput() {}

    static String advice(Advice advice, Integer line, boolean trace) {
        AdviceJson json = trace ? TRACED : PLAIN;
        return line == null ? json.write(advice) : json.write(advice, line);
    }
}
