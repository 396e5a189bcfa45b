package dev.knigge.kafka;

import dev.knigge.Advisor;
import dev.knigge.AdvisorListener;
import dev.knigge.advice.Advice;
import dev.knigge.advice.Finding;
import dev.knigge.json.AdviceJson;
import dev.knigge.request.ReviewRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The topology in a {@link TopologyTestDriver} (no broker) over a state directory, with the
 * topics of the issue: {@code outbox} in, {@code advice}, {@code held} and {@code outbox-errors} out.
 */
final class TopologyFixture implements AutoCloseable {
    static final Instant MONDAY = Instant.parse("2027-01-04T09:00:00Z");

    final TopologyTestDriver driver;
    final TestInputTopic<String, String> outbox;
    final TestOutputTopic<String, String> advice;
    final TestOutputTopic<String, String> held;
    final TestOutputTopic<String, String> deadLetters;

    TopologyFixture(Advisor advisor, Path stateDirectory) {
        this(advisor, stateDirectory, KniggeTopology.DEFAULT_HISTORY_CACHE);
    }

    /** The topology with a history cache of {@code historyCache} entries per store. */
    TopologyFixture(Advisor advisor, Path stateDirectory, int historyCache) {
        this(KniggeTopology.builder().advisor(advisor).historyCache(historyCache), stateDirectory);
    }

    /** The topology of a builder that says who reviews; the fixture sets the topics. */
    TopologyFixture(KniggeTopology.Builder reviewer, Path stateDirectory) {
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "knigge-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDirectory.toString());
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(reviewer.requests("outbox").advice("advice").held("held")
                .deadLetters("outbox-errors").build(), properties);
        outbox = driver.createInputTopic("outbox", new StringSerializer(), new StringSerializer());
        advice = driver.createOutputTopic("advice", new StringDeserializer(), new StringDeserializer());
        held = driver.createOutputTopic("held", new StringDeserializer(), new StringDeserializer());
        deadLetters = driver.createOutputTopic("outbox-errors", new StringDeserializer(), new StringDeserializer());
    }

    /** Sends a request at a time and returns the advice it got. */
    Advice send(String sender, String json, Instant time) {
        outbox.pipeInput(sender, json, time);
        return AdviceJson.read(advice.readValue());
    }

    /** Every advice written so far, read. */
    List<Advice> allAdvice() {
        List<Advice> all = new ArrayList<>();
        for (String value : advice.readValuesToList()) {
            all.add(AdviceJson.read(value));
        }
        return all;
    }

    /** Every dead letter written so far, as records. */
    List<TestRecord<String, String>> allDeadLetters() {
        return deadLetters.readRecordsToList();
    }

    static List<String> rules(Advice advice) {
        return advice.findings().stream().map(Finding::rule).toList();
    }

    @Override
    public void close() {
        driver.close();
    }

    /** Keeps every request an Advisor reviewed, as the rules saw it (the history's counts filled in). */
    static final class Reviewed implements AdvisorListener {
        private final List<ReviewRequest> requests = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void reviewed(ReviewRequest request, Advice advice, long nanos) {
            requests.add(request);
        }

        ReviewRequest last() {
            return requests.get(requests.size() - 1);
        }

        void clear() {
            requests.clear();
        }
    }
}
