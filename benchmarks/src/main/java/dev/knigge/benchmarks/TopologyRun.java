package dev.knigge.benchmarks;

import dev.knigge.Advisor;
import dev.knigge.audit.SenderCounts;
import dev.knigge.json.RequestJson;
import dev.knigge.kafka.KniggeTopology;
import dev.knigge.request.ReviewRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The Knigge topology on a {@link TopologyTestDriver} (no broker) with {@code exactly_once_v2} (or the
 * processing guarantee {@code -Dknigge.guarantee} names, such as {@code at_least_once}), fed
 * a corpus as JSON: {@value #SENDERS} senders, a request every {@value #STEP_SECONDS} s of event
 * time, so each sender's week holds about 50 requests, as in a busy outreach week (the default
 * weekly cap is 100). The driver commits after every record; a broker-backed application commits
 * every 100 ms. Everything the topology writes is read back, or the driver would keep it. Not
 * thread-safe; close it to delete its state directory.
 */
final class TopologyRun implements AutoCloseable {
    static final int SENDERS = 500;
    static final int STEP_SECONDS = 24;
    private static final String APPLICATION = "knigge-benchmark";

    private final byte[][] values;
    private final Path state;
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> outbox;
    private final List<TestOutputTopic<byte[], byte[]>> outputs;
    /** The event time of the first request: a Monday morning. */
    static final Instant START = Instant.parse("2027-01-04T09:00:00Z");

    private Instant time = START;
    private long sent;

    TopologyRun(Advisor advisor, List<ReviewRequest> corpus) throws IOException {
        values = json(corpus);
        state = Files.createTempDirectory("knigge-topology-benchmark-");
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION);
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, System.getProperty("knigge.guarantee", StreamsConfig.EXACTLY_ONCE_V2));
        driver = new TopologyTestDriver(KniggeTopology.builder().advisor(advisor).requests("outbox").advice("advice")
                .held("held").deadLetters("outbox-errors").build(), properties);
        outbox = driver.createInputTopic("outbox", new StringSerializer(), new ByteArraySerializer());
        outputs = Stream.of("advice", "held", "outbox-errors", APPLICATION + "-" + KniggeTopology.SENT_STORE + "-changelog",
                        APPLICATION + "-" + KniggeTopology.NOTES_STORE + "-changelog")
                .map(topic -> driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer()))
                .toList();
    }

    /** The corpus as the topology reads it: each request as JSON v1, in UTF-8. */
    static byte[][] json(List<ReviewRequest> corpus) {
        return corpus.stream().map(r -> RequestJson.write(r).getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    /**
     * The corpus with the counts {@code reviewAll} reads where a request states none (0 requests
     * before it, 1 recipient of its note) stated: the topology then reviews exactly as {@code reviewAll} does.
     */
    static List<ReviewRequest> countsStated(List<ReviewRequest> corpus) {
        SenderCounts defaults = new SenderCounts(0, 1);
        return corpus.stream().map(defaults::fillIn).toList();
    }

    /** Sends the corpus once, the next senders' requests a step later each, and hands on what came out. */
    void sendCorpus(Consumer<Object> out) {
        for (byte[] value : values) {
            time = time.plusSeconds(STEP_SECONDS);
            outbox.pipeInput("sender-" + (sent++ % SENDERS), value, time);
        }
        for (TestOutputTopic<byte[], byte[]> output : outputs) {
            out.accept(output.readRecordsToList());
        }
    }

    @Override
    public void close() throws IOException {
        driver.close();
        Directories.delete(state);
    }
}
