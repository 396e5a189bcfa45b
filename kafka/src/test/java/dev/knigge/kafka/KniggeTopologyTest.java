package dev.knigge.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.Advisor;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

class KniggeTopologyTest {
    private static final Advisor ADVISOR = Advisor.builder().build();

    private static KniggeTopology.Builder complete() {
        return KniggeTopology.builder().advisor(ADVISOR).requests("outbox").advice("advice").held("held")
                .deadLetters("outbox-errors");
    }

    @Test
    void readsTheRequestsAndWritesTheThreeTopicsWithTheTwoStores() {
        TopologyDescription description = complete().build().describe();

        assertThat(description.subtopologies()).singleElement().satisfies(sub -> {
            assertThat(sub.nodes()).filteredOn(n -> n instanceof TopologyDescription.Source)
                    .singleElement().satisfies(n -> assertThat(((TopologyDescription.Source) n).topicSet())
                            .containsExactly("outbox"));
            assertThat(sub.nodes()).filteredOn(n -> n instanceof TopologyDescription.Sink)
                    .extracting(n -> ((TopologyDescription.Sink) n).topic())
                    .containsExactlyInAnyOrder("advice", "held", "outbox-errors");
            assertThat(sub.nodes()).filteredOn(n -> n instanceof TopologyDescription.Processor).singleElement()
                    .satisfies(n -> assertThat(((TopologyDescription.Processor) n).stores())
                            .containsExactlyInAnyOrder(KniggeTopology.SENT_STORE, KniggeTopology.NOTES_STORE));
        });
    }

    @Test
    void everySettingIsRequired() {
        assertThatThrownBy(() -> KniggeTopology.builder().requests("outbox").advice("advice").held("held")
                .deadLetters("errors").build()).isInstanceOf(IllegalStateException.class).hasMessage("advisor not set");
        assertThatThrownBy(() -> KniggeTopology.builder().advisor(ADVISOR).advice("advice").held("held")
                .deadLetters("errors").build()).hasMessage("requests not set");
        assertThatThrownBy(() -> KniggeTopology.builder().advisor(ADVISOR).requests("outbox").advice("advice")
                .held("held").build()).hasMessage("deadLetters not set");
    }

    @Test
    void namesTheSettingItRejects() {
        assertThatThrownBy(() -> KniggeTopology.builder().advisor(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("advisor == null");
        assertThatThrownBy(() -> KniggeTopology.builder().held(null)).hasMessage("held == null");
        assertThatThrownBy(() -> KniggeTopology.builder().advice(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("advice is blank");
    }

    @Test
    void anOutputTopicCannotBeTheRequestsTopic() {
        assertThatThrownBy(() -> complete().held("outbox").build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("the output topic outbox is the requests' topic");
    }
}
