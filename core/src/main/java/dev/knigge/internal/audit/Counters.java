package dev.knigge.internal.audit;

import dev.knigge.advice.Advice;
import dev.knigge.advice.Verdict;
import java.util.EnumMap;
import java.util.Map;

/** The counts behind a report's figures, for a whole campaign or one requester. Not thread-safe. */
final class Counters {
    int requests;
    int reviewed;
    int failed;
    int strangers;
    int offTopic;
    int massSent;
    final int[] verdicts = new int[Verdict.values().length];
    private double quality;

    void add(Reviewed entry) {
        requests++;
        strangers += entry.stranger() ? 1 : 0;
        offTopic += entry.offTopic() ? 1 : 0;
        massSent += entry.massSent() ? 1 : 0;
        Advice advice = entry.audited().advice();
        if (advice == null) {
            failed++;
            return;
        }
        reviewed++;
        verdicts[advice.verdict().ordinal()]++;
        quality += QualityScore.of(advice.verdict(), entry.massSent());
    }

    Map<Verdict, Integer> verdicts() {
        Map<Verdict, Integer> map = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            map.put(verdict, verdicts[verdict.ordinal()]);
        }
        return map;
    }

    double share(int count) {
        return requests == 0 ? 0.0 : QualityScore.round(count / (double) requests);
    }

    double qualityScore() {
        return QualityScore.score(quality, reviewed);
    }
}
