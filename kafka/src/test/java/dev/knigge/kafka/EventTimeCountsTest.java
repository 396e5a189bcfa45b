package dev.knigge.kafka;

import static dev.knigge.kafka.TopologyFixture.MONDAY;
import static dev.knigge.kafka.TopologyFixture.rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.advice.Advice;
import dev.knigge.json.RequestJson;
import dev.knigge.request.Activity;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code similarSentLast7Days} from the sender's history, by the records' event time. */
class EventTimeCountsTest {
    private static final TopologyFixture.Reviewed REVIEWED = new TopologyFixture.Reviewed();
    private static final Advisor ADVISOR = Advisor.builder().listener(REVIEWED).build();
    private static final Duration WEEK = Duration.ofDays(7);

    @TempDir
    Path state;
    private TopologyFixture topology;

    @BeforeEach
    void open() {
        REVIEWED.clear();
        topology = new TopologyFixture(ADVISOR, state);
    }

    @AfterEach
    void close() {
        topology.close();
    }

    private static String request(RequestType type, String note) {
        return RequestJson.write(ReviewRequest.builder(type).note(note).build());
    }

    private static String connection(int i) {
        return request(RequestType.CONNECTION, "Hello, we met at the meetup on day " + i + " and I would like to stay in touch.");
    }

    /** Sends a request and returns its similarSentLast7Days as the rules saw it. */
    private int sent(String sender, String json, Instant time) {
        topology.send(sender, json, time);
        return REVIEWED.last().activity().similarSentLast7Days();
    }

    @Test
    void fiveRequestsInAWeekMakeTheSixthsCountFive() {
        for (int day = 0; day < 5; day++) {
            assertThat(sent("max", connection(day), MONDAY.plus(Duration.ofDays(day)))).isEqualTo(day);
        }
        assertThat(sent("max", connection(5), MONDAY.plus(Duration.ofDays(6)))).isEqualTo(5);
    }

    @Test
    void afterTheWindowHasPassedTheCountIsZeroAgain() {
        for (int i = 0; i < 5; i++) {
            topology.send("max", connection(i), MONDAY.plus(Duration.ofHours(i)));
        }
        assertThat(sent("max", connection(5), MONDAY.plus(Duration.ofDays(15)))).isZero();
    }

    @Test
    void theWindowIsTheSevenDaysBeforeTheRequestExclusiveOfItsFirstMoment() {
        topology.send("max", connection(0), MONDAY);

        assertThat(sent("max", connection(1), MONDAY.plus(WEEK).minusMillis(1))).isEqualTo(1);
        assertThat(sent("max", connection(2), MONDAY.plus(WEEK))).isEqualTo(1);
    }

    @Test
    void requestsAtTheSameMomentCountInTheOrderTheyCame() {
        assertThat(sent("max", connection(0), MONDAY)).isZero();
        assertThat(sent("max", connection(1), MONDAY)).isEqualTo(1);
    }

    @Test
    void aLateRequestCountsOnlyWhatWasSentBeforeItsOwnTime() {
        topology.send("max", connection(0), MONDAY);
        topology.send("max", connection(1), MONDAY.plus(Duration.ofDays(3)));

        assertThat(sent("max", connection(2), MONDAY.plus(Duration.ofDays(1)))).isEqualTo(1);
    }

    @Test
    void countsRequestsOfTheSameTypeBySameSender() {
        topology.send("max", connection(0), MONDAY);
        topology.send("max", request(RequestType.MESSAGE, "Thanks for the talk yesterday, the slides helped a lot."),
                MONDAY.plusSeconds(60));
        topology.send("eva", connection(1), MONDAY.plusSeconds(120));

        assertThat(sent("max", connection(2), MONDAY.plusSeconds(180))).isEqualTo(1);
    }

    @Test
    void aCountTheRequestStatesWins() {
        topology.send("max", connection(0), MONDAY);
        String stated = RequestJson.write(ReviewRequest.builder(RequestType.CONNECTION).note("Hello again.")
                .activity(Activity.builder().similarSentLast7Days(42).build()).build());

        assertThat(sent("max", stated, MONDAY.plusSeconds(1))).isEqualTo(42);
        assertThat(sent("max", connection(1), MONDAY.plusSeconds(2))).as("the stated request still counts").isEqualTo(2);
    }

    @Test
    void genVolumeBlocksAtTheWeeklyCap() {
        int cap = (int) Math.round(ADVISOR.parameters().get("cap.weekly.CONNECTION"));
        Advice last = null;
        for (int i = 0; i <= cap; i++) {
            last = topology.send("max", connection(i), MONDAY.plusSeconds(60L * i));
            if (i == cap - 1) {
                assertThat(last.findings()).filteredOn(f -> f.rule().equals("GEN-VOLUME"))
                        .allMatch(f -> f.severity() != dev.knigge.advice.Severity.BLOCKER);
            }
        }
        assertThat(rules(last)).contains("GEN-VOLUME");
        assertThat(last.findings()).filteredOn(f -> f.rule().equals("GEN-VOLUME")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(dev.knigge.advice.Severity.BLOCKER));
    }
}
