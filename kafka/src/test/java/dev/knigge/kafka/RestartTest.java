package dev.knigge.kafka;

import static dev.knigge.kafka.TopologyFixture.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.json.RequestJson;
import dev.knigge.request.Recipient;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sender's history is state on disk: a topology opened on the state directory another one
 * left behind goes on counting where that one stopped. {@code TopologyTestDriver.close()} deletes
 * its state directory, so the test closes the stores as Kafka Streams does at shutdown (that
 * flushes RocksDB) and opens the second topology on the directory's files, copied as they were left.
 */
class RestartTest {
    private static final TopologyFixture.Reviewed REVIEWED = new TopologyFixture.Reviewed();
    private static final Advisor ADVISOR = Advisor.builder().listener(REVIEWED).build();

    @TempDir
    Path state;
    @TempDir
    Path leftBehind;

    private static String pitch(String first) {
        return RequestJson.write(ReviewRequest.builder(RequestType.CONNECTION)
                .note("Hi " + first + ", I help teams like yours automate their sales with AI. Let's connect!")
                .recipient(Recipient.builder().firstName(first).build()).build());
    }

    /** Runs a topology over five pitches and leaves its state directory's files in {@link #leftBehind}. */
    private void sendFivePitchesAndStop() throws IOException {
        try (TopologyFixture before = new TopologyFixture(ADVISOR, state)) {
            int hour = 0;
            for (String first : new String[] {"Anna", "Ben", "Clara", "David", "Eva"}) {
                before.send("max", pitch(first), MONDAY.plus(Duration.ofHours(hour++)));
            }
            before.driver.getWindowStore(KniggeTopology.SENT_STORE).close();
            before.driver.getWindowStore(KniggeTopology.NOTES_STORE).close();
            copy(state, leftBehind);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("LOCK")) {
                    Files.copy(file, target);
                }
            }
        }
    }

    @Test
    void theHistorySurvivesARestart() throws IOException {
        sendFivePitchesAndStop();
        try (TopologyFixture after = new TopologyFixture(ADVISOR, leftBehind)) {
            after.send("max", pitch("Farid"), MONDAY.plus(Duration.ofDays(1)));
        }

        assertThat(REVIEWED.last().activity().similarSentLast7Days()).isEqualTo(5);
        assertThat(REVIEWED.last().activity().sameNoteRecipients()).isEqualTo(6);
    }

    @Test
    void aNewStateDirectoryStartsWithoutHistory(@TempDir Path empty) throws IOException {
        sendFivePitchesAndStop();
        try (TopologyFixture elsewhere = new TopologyFixture(ADVISOR, empty)) {
            elsewhere.send("max", pitch("Farid"), MONDAY.plus(Duration.ofDays(1)));
        }

        assertThat(REVIEWED.last().activity().similarSentLast7Days()).isZero();
        assertThat(REVIEWED.last().activity().sameNoteRecipients()).isEqualTo(1);
    }
}
