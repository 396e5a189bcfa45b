package dev.knigge.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.Advisor;
import dev.knigge.advice.Advice;
import dev.knigge.advice.Verdict;
import dev.knigge.json.AdviceJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kafka example with its own settings file, on a TopologyTestDriver instead of a broker. */
class ScreenOnKafkaTest {
    private static final Path SETTINGS = Path.of("kafka/screening.properties");

    @TempDir
    Path state;

    @Test
    void theExampleSettingsAskForExactlyOnce() throws Exception {
        Properties streams = ScreenOnKafka.streamsConfig(ScreenOnKafka.read(SETTINGS));

        assertThat(streams.getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(streams.getProperty(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("knigge-screening");
        assertThat(streams.stringPropertyNames()).noneMatch(key -> key.startsWith("knigge."));
    }

    @Test
    void theExampleHoldsTheStrangersRecommendationRequest() throws Exception {
        Properties settings = ScreenOnKafka.read(SETTINGS);
        Properties streams = ScreenOnKafka.streamsConfig(settings);
        streams.setProperty(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        String request = Files.readString(Path.of("requests/recommendation-from-a-stranger.json"), StandardCharsets.UTF_8);

        try (TopologyTestDriver driver = new TopologyTestDriver(ScreenOnKafka.topology(settings, Advisor.builder().build()),
                streams)) {
            TestInputTopic<String, String> outbox = driver.createInputTopic("outbox", new StringSerializer(),
                    new StringSerializer());
            TestOutputTopic<String, String> advice = driver.createOutputTopic("advice", new StringDeserializer(),
                    new StringDeserializer());
            TestOutputTopic<String, String> held = driver.createOutputTopic("held", new StringDeserializer(),
                    new StringDeserializer());
            outbox.pipeInput("b.m.", request, Instant.parse("2027-01-04T09:00:00Z"));

            Advice reviewed = AdviceJson.read(advice.readValue());
            assertThat(reviewed.verdict()).isEqualTo(Verdict.DO_NOT_SEND);
            assertThat(reviewed.finding("REC-STRANGER")).isNotNull();
            assertThat(held.readKeyValue().value).isEqualTo(request);
        }
    }

    @Test
    void aMissingTopicIsNamed() {
        Properties settings = new Properties();
        settings.setProperty("knigge.topic.requests", "outbox");

        assertThatThrownBy(() -> ScreenOnKafka.topology(settings, Advisor.builder().build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("knigge.topic.advice is not set");
    }

    @Test
    void aHistoryCacheThatIsNotANumberIsNamed() throws Exception {
        Properties settings = ScreenOnKafka.read(SETTINGS);
        settings.setProperty("knigge.historyCache", "-5");

        assertThatThrownBy(() -> ScreenOnKafka.topology(settings, Advisor.builder().build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("knigge.historyCache is not a whole number from 0: -5");
    }
}
