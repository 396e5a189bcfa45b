package dev.knigge.kafka;

import static dev.knigge.kafka.TopologyFixture.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.Advisor;
import dev.knigge.json.RequestJson;
import dev.knigge.request.Activity;
import dev.knigge.request.Recipient;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-memory copy of the history only saves reads: with none (every other sender evicted as soon
 * as the next one sends) the counts and the advice are what the default copy gives.
 */
class HistoryCacheTest {
    private static final TopologyFixture.Reviewed REVIEWED = new TopologyFixture.Reviewed();
    private static final Advisor ADVISOR = Advisor.builder().listener(REVIEWED).build();
    private static final List<String> SENDERS = List.of("max", "eva", "jan");
    private static final List<String> FIRST = List.of("Anna", "Ben", "Clara", "David", "Eva", "Farid", "Greta");

    @TempDir
    Path state;

    /** The same pitch from each sender to twelve recipients, the senders taking turns, a minute apart. */
    private List<String> run(int historyCache, Path dir) {
        REVIEWED.clear();
        List<String> seen = new ArrayList<>();
        try (TopologyFixture topology = new TopologyFixture(ADVISOR, dir, historyCache)) {
            int minute = 0;
            for (int i = 0; i < 12; i++) {
                for (String sender : SENDERS) {
                    String first = FIRST.get(i % FIRST.size());
                    String json = RequestJson.write(ReviewRequest.builder(RequestType.CONNECTION)
                            .note("Hi " + first + ", I help teams like yours automate their sales with AI. "
                                    + "Would love to connect and show you a demo.")
                            .recipient(Recipient.builder().firstName(first).build()).build());
                    topology.outbox.pipeInput(sender, json, MONDAY.plus(Duration.ofMinutes(minute++)));
                    Activity activity = REVIEWED.last().activity();
                    seen.add(sender + " " + activity.similarSentLast7Days() + " " + activity.sameNoteRecipients());
                }
            }
            seen.addAll(topology.advice.readValuesToList());
        }
        return seen;
    }

    @Test
    void withoutACopyEveryCountReadsTheStoresAndAgrees() {
        List<String> cached = run(KniggeTopology.DEFAULT_HISTORY_CACHE, state.resolve("cached"));
        List<String> uncached = run(0, state.resolve("uncached"));

        assertThat(uncached).isEqualTo(cached);
        assertThat(uncached).contains("jan 11 12", "max 9 10").doesNotContain("max 12 13");
    }

    @Test
    void aNegativeCacheIsRefused() {
        assertThatThrownBy(() -> KniggeTopology.builder().historyCache(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("historyCache is negative: -1");
    }
}
