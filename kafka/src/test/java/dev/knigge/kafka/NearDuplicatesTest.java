package dev.knigge.kafka;

import static dev.knigge.kafka.TopologyFixture.MONDAY;
import static dev.knigge.kafka.TopologyFixture.rules;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.advice.Advice;
import dev.knigge.json.RequestJson;
import dev.knigge.request.Recipient;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sameNoteRecipients} from the sender's note signatures of the last 7 days. */
class NearDuplicatesTest {
    private static final TopologyFixture.Reviewed REVIEWED = new TopologyFixture.Reviewed();
    private static final Advisor ADVISOR = Advisor.builder().listener(REVIEWED).build();
    private static final List<String> FIRST = List.of("Anna", "Ben", "Clara", "David", "Eva", "Farid", "Greta", "Hugo",
            "Ines", "Jan", "Kira", "Lars", "Mona", "Nils", "Olga");
    private static final List<String> LAST = List.of("Schmidt", "Okafor", "Weiss", "Novak", "Lind");

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

    private static String pitch(int i, String company) {
        String first = FIRST.get(i % FIRST.size());
        return RequestJson.write(ReviewRequest.builder(RequestType.CONNECTION)
                .note("Hi " + first + ", I noticed that " + company + " is growing fast. I help teams like yours "
                        + "automate their sales with AI and would love to connect.")
                .recipient(Recipient.builder().firstName(first).lastName(LAST.get(i % LAST.size())).build()).build());
    }

    private int sameNote() {
        return REVIEWED.last().activity().sameNoteRecipients();
    }

    @Test
    void theSamePitchToFifteenRecipientsIsMassSentFromTheTenthOn() {
        for (int i = 0; i < 15; i++) {
            Advice advice = topology.send("max", pitch(i, "Acme"), MONDAY.plus(Duration.ofMinutes(10L * i)));
            assertThat(sameNote()).isEqualTo(i + 1);
            if (i + 1 < 10) {
                assertThat(rules(advice)).as("request %d", i + 1).doesNotContain("GEN-MASS-TEMPLATE");
            } else {
                assertThat(rules(advice)).as("request %d", i + 1).contains("GEN-MASS-TEMPLATE");
            }
        }
    }

    @Test
    void aNearCopyWithACompanySwappedInCounts() {
        topology.send("max", pitch(0, "Acme"), MONDAY);
        topology.send("max", pitch(1, "Globex"), MONDAY.plusSeconds(60));

        assertThat(sameNote()).isEqualTo(2);
    }

    @Test
    void anotherSendersCopiesAndAnotherNoteDoNotCount() {
        topology.send("eva", pitch(0, "Acme"), MONDAY);
        topology.send("max", RequestJson.write(ReviewRequest.builder(RequestType.CONNECTION)
                .note("Hello Ben, your talk on routing at the logistics summit changed how we plan our tours.")
                .build()), MONDAY.plusSeconds(30));
        topology.send("max", pitch(1, "Acme"), MONDAY.plusSeconds(60));

        assertThat(sameNote()).isEqualTo(1);
    }

    @Test
    void copiesOlderThanTheWeekNoLongerCount() {
        topology.send("max", pitch(0, "Acme"), MONDAY);
        topology.send("max", pitch(1, "Acme"), MONDAY.plus(Duration.ofDays(7)));

        assertThat(sameNote()).isEqualTo(1);
    }

    @Test
    void aRequestWithoutANoteLeavesTheCountUnknown() {
        topology.send("max", pitch(0, "Acme"), MONDAY);
        topology.send("max", RequestJson.write(ReviewRequest.builder(RequestType.CONNECTION).build()), MONDAY.plusSeconds(1));

        assertThat(REVIEWED.last().activity().sameNoteRecipients()).isNull();
    }
}
