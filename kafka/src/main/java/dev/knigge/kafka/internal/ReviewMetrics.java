package dev.knigge.kafka.internal;

import dev.knigge.advice.Verdict;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.StreamsMetrics;

/**
 * The topology's counts in Kafka Streams' own metrics registry, per stream task: group
 * {@code stream-knigge-metrics}, tags {@code thread-id} and {@code knigge-id} (the task), each a
 * {@code -total} and a {@code -rate}: {@code reviews}, {@code verdict-send}, {@code verdict-revise},
 * {@code verdict-do-not-send}, {@code held} and {@code dead-letters}. Not thread-safe: one per task.
 */
final class ReviewMetrics {
    /** The scope of the metrics: their group is {@code stream-knigge-metrics}. */
    static final String SCOPE = "knigge";

    private final StreamsMetrics metrics;
    private final Sensor reviews;
    private final Map<Verdict, Sensor> verdicts = new EnumMap<>(Verdict.class);
    private final Sensor held;
    private final Sensor deadLetters;

    ReviewMetrics(StreamsMetrics metrics, String task) {
        this.metrics = metrics;
        this.reviews = sensor(task, "reviews");
        for (Verdict verdict : Verdict.values()) {
            verdicts.put(verdict, sensor(task, "verdict-" + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        this.held = sensor(task, "held");
        this.deadLetters = sensor(task, "dead-letters");
    }

    private Sensor sensor(String task, String operation) {
        return metrics.addRateTotalSensor(SCOPE, task, operation, Sensor.RecordingLevel.INFO);
    }

    /** A request reviewed, with its verdict. */
    void reviewed(Verdict verdict) {
        reviews.record();
        verdicts.get(verdict).record();
    }

    /** A request held back. */
    void held() {
        held.record();
    }

    /** A record sent to the dead letters. */
    void deadLetter() {
        deadLetters.record();
    }

    /** Removes the task's sensors, when the task closes. */
    void remove() {
        for (Sensor sensor : List.of(reviews, held, deadLetters)) {
            metrics.removeSensor(sensor);
        }
        verdicts.values().forEach(metrics::removeSensor);
    }
}
