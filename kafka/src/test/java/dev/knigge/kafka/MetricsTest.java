package dev.knigge.kafka;

import static dev.knigge.kafka.TopologyFixture.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviews, verdicts, held requests and dead letters in Kafka Streams' own metrics registry. */
class MetricsTest {
    private static final Advisor ADVISOR = Advisor.builder().build();

    @TempDir
    Path state;

    /** The knigge totals, by metric name, summed over tasks. */
    private static Map<String, Double> totals(Map<MetricName, ? extends Metric> metrics) {
        return metrics.entrySet().stream()
                .filter(e -> e.getKey().group().equals("stream-knigge-metrics") && e.getKey().name().endsWith("-total"))
                .collect(Collectors.toMap(e -> e.getKey().name(), e -> (Double) e.getValue().metricValue(), Double::sum));
    }

    @Test
    void countsReviewsVerdictsHeldRequestsAndDeadLetters() {
        try (TopologyFixture topology = new TopologyFixture(ADVISOR, state)) {
            topology.outbox.pipeInput("max", "{\"type\":\"RECOMMENDATION\",\"note\":\"Write me a recommendation.\"}", MONDAY);
            topology.outbox.pipeInput("max", "{\"type\":\"CONNECTION\",\"note\":\"Hello, we met at the meetup yesterday.\","
                    + "\"relationship\":{\"degree\":2,\"knowEachOther\":true,\"interactions\":3}}", MONDAY);
            topology.outbox.pipeInput("max", "{\"type\":\"CONNECTION\",", MONDAY);

            Map<String, Double> totals = totals(topology.driver.metrics());
            assertThat(totals).containsEntry("reviews-total", 2.0).containsEntry("verdict-do-not-send-total", 1.0)
                    .containsEntry("held-total", 1.0).containsEntry("dead-letters-total", 1.0)
                    .containsKeys("verdict-send-total", "verdict-revise-total");
            assertThat(totals.get("verdict-send-total") + totals.get("verdict-revise-total")).isEqualTo(1.0);
            assertThat(topology.driver.metrics().keySet()).filteredOn(n -> n.name().equals("reviews-rate")).singleElement()
                    .satisfies(n -> assertThat(n.tags()).containsEntry("knigge-id", "0_0").containsKey("thread-id"));
        }
    }
}
