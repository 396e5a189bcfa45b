package dev.knigge.examples;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.kafka.KniggeTopology;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;

/**
 * Screen every outgoing request of a platform on Kafka Streams: reads the broker, the topics and
 * the policy from a properties file ({@code examples/kafka/screening.properties}), builds one
 * Advisor for the JVM and runs the Knigge topology until the process is stopped.
 *
 * <pre>
 * java -cp … dev.knigge.examples.ScreenOnKafka examples/kafka/screening.properties
 * </pre>
 */
public final class ScreenOnKafka {
    /** The prefix of Knigge's own settings; every other key is Kafka Streams'. */
    static final String PREFIX = "knigge.";

    private ScreenOnKafka() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Properties settings = read(args.length > 0 ? Path.of(args[0]) : ExampleFiles.path("kafka/screening.properties"));
        Advisor advisor = Advisor.builder().policy(Policy.builtIn(settings.getProperty(PREFIX + "policy", "professional")))
                .build();
        KafkaStreams streams = new KafkaStreams(topology(settings, advisor), streamsConfig(settings));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            streams.close();          // commits, and keeps the state directory for the next start
            stopped.countDown();
        }, "knigge-shutdown"));
        streams.start();
        stopped.await();
    }

    /** Reads the settings file. */
    static Properties read(Path file) throws IOException {
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            settings.load(in);
        }
        return settings;
    }

    /** The topology over the settings' topics. */
    static Topology topology(Properties settings, Advisor advisor) {
        return KniggeTopology.builder().advisor(advisor)
                .requests(required(settings, "topic.requests"))
                .advice(required(settings, "topic.advice"))
                .held(required(settings, "topic.held"))
                .deadLetters(required(settings, "topic.deadLetters"))
                .historyCache(historyCache(settings))
                .build();
    }

    /** {@code knigge.historyCache}: the history entries per store each task keeps in memory. */
    private static int historyCache(Properties settings) {
        String value = settings.getProperty(PREFIX + "historyCache");
        if (value == null || value.isBlank()) {
            return KniggeTopology.DEFAULT_HISTORY_CACHE;
        }
        try {
            int entries = Integer.parseInt(value.strip());
            if (entries >= 0) {
                return entries;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(PREFIX + "historyCache is not a whole number from 0: " + value);
    }

    /** Kafka Streams' settings: every key without Knigge's prefix. */
    static Properties streamsConfig(Properties settings) {
        Properties streams = new Properties();
        for (String key : settings.stringPropertyNames()) {
            if (!key.startsWith(PREFIX)) {
                streams.setProperty(key, settings.getProperty(key));
            }
        }
        return streams;
    }

    private static String required(Properties settings, String key) {
        String value = settings.getProperty(PREFIX + key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(PREFIX + key + " is not set");
        }
        return value;
    }
}
