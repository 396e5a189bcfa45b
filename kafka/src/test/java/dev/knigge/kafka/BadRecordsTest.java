package dev.knigge.kafka;

import static dev.knigge.kafka.TopologyFixture.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.advice.Advice;
import dev.knigge.advice.Verdict;
import dev.knigge.json.AdviceJson;
import dev.knigge.kafka.internal.ReviewProcessor;
import dev.knigge.testing.JsonTree;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records that cannot be read or reviewed go to the dead letters; everything else is still reviewed, in order. */
class BadRecordsTest {
    /** professional, plus a rule that fails the review of every endorsement request. */
    private static final Advisor FAULTY = Advisor.builder().policy(Policy.directory(folder("faulty")).trusted()).build();

    @TempDir
    Path state;
    private TopologyFixture topology;

    @BeforeEach
    void open() {
        topology = new TopologyFixture(FAULTY, state);
    }

    @AfterEach
    void close() {
        topology.close();
    }

    private static Path folder(String name) {
        try {
            return Path.of(BadRecordsTest.class.getResource("/policies/" + name + "/policy.properties").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String request(String id) {
        return "{\"id\":\"" + id + "\",\"type\":\"CONNECTION\",\"note\":\"Hello, we met at the meetup yesterday.\"}";
    }

    private static Map<String, Object> json(String value) {
        return JsonTree.object(value);
    }

    @Test
    void deadLettersNameThePlaceOfTheErrorAndTheRecordsOffset() {
        topology.outbox.pipeInput("max", "{\"type\":\"CONNECTION\",", MONDAY);
        topology.outbox.pipeInput("max", "{\"type\":\"CONNECTION\",\"relationship\":{\"degree\":4}}", MONDAY);
        topology.outbox.pipeInput("max", "{\"type\":\"CONNECTION\",\"relationship\":{\"knowsEachOther\":true}}", MONDAY);

        List<TestRecord<String, String>> letters = topology.allDeadLetters();
        assertThat(letters).extracting(TestRecord::key).containsExactly("max", "max", "max");
        assertThat(letters).extracting(letter -> json(letter.value()).get("offset")).containsExactly(0, 1, 2);
        Map<String, Object> degree = json(letters.get(1).value());
        assertThat(degree).containsEntry("topic", "outbox").containsEntry("partition", 0)
                .containsEntry("error", "invalid-request").containsEntry("path", "$.relationship.degree")
                .containsEntry("timestamp", MONDAY.toEpochMilli());
        assertThat((String) degree.get("message")).contains("(was 4)");
        assertThat(json(letters.get(2).value())).containsEntry("path", "$.relationship.knowsEachOther");
        assertThat((String) json(letters.get(2).value()).get("message")).contains("knowEachOther");
        assertThat(json(letters.get(0).value())).containsEntry("error", "invalid-request").containsKey("path");
        assertThat(topology.advice.isEmpty()).isTrue();
    }

    @Test
    void anOversizedValueIsADeadLetter() {
        String huge = "{\"type\":\"CONNECTION\",\"note\":\"" + "a".repeat(2 << 20) + "\"}";
        topology.outbox.pipeInput("max", huge, MONDAY);
        topology.outbox.pipeInput("max", request("after"), MONDAY);

        Map<String, Object> letter = json(topology.allDeadLetters().get(0).value());
        assertThat(letter).containsEntry("error", "invalid-request").containsEntry("offset", 0);
        assertThat((String) letter.get("message")).contains("1 MiB");
        assertThat(topology.allAdvice()).extracting(Advice::id).containsExactly("after");
    }

    @Test
    void aRecordWithoutKeyOrValueIsADeadLetter() {
        topology.outbox.pipeInput(null, request("no-key"), MONDAY);
        topology.outbox.pipeInput("max", null, MONDAY);

        List<TestRecord<String, String>> letters = topology.allDeadLetters();
        assertThat(json(letters.get(0).value())).containsEntry("error", "no-sender");
        assertThat(json(letters.get(1).value())).containsEntry("error", "invalid-request").containsEntry("path", "$");
        assertThat(topology.advice.isEmpty()).isTrue();
    }

    @Test
    void aFailedReviewIsADeadLetterNamingTheRuleAndTheStreamGoesOn() {
        topology.outbox.pipeInput("max", "{\"id\":\"e\",\"type\":\"ENDORSEMENT\",\"skill\":\"BIM\"}", MONDAY);
        topology.outbox.pipeInput("max", request("next"), MONDAY);

        Map<String, Object> letter = json(topology.allDeadLetters().get(0).value());
        assertThat(letter).containsEntry("error", "review-failed").containsEntry("rule", "T-FAIL")
                .containsEntry("offset", 0);
        assertThat(topology.allAdvice()).extracting(Advice::id).containsExactly("next");
    }

    @Test
    void everyGoodRecordIsReviewedInTheOrderOfItsKey() {
        String[] bad = {"not json", "{\"type\":\"SPAM\"}", "{\"id\":\"x\",\"type\":\"ENDORSEMENT\"}"};
        for (int i = 0; i < 12; i++) {
            topology.outbox.pipeInput(i % 2 == 0 ? "max" : "eva", request("r" + i), MONDAY.plusSeconds(i));
            if (i % 4 == 1) {
                topology.outbox.pipeInput("max", bad[i / 4], MONDAY.plusSeconds(i));
            }
        }

        List<TestRecord<String, String>> advice = topology.advice.readRecordsToList();
        assertThat(advice).filteredOn(r -> r.key().equals("max")).extracting(r -> AdviceJson.read(r.value()).id())
                .containsExactly("r0", "r2", "r4", "r6", "r8", "r10");
        assertThat(advice).filteredOn(r -> r.key().equals("eva")).extracting(r -> AdviceJson.read(r.value()).id())
                .containsExactly("r1", "r3", "r5", "r7", "r9", "r11");
        assertThat(topology.allDeadLetters()).hasSize(3);
    }

    @Test
    void aRequestThatMustNotGoOutIsHeldAsItCameWithItsVerdict() {
        String stranger = "{\"id\":\"rec\",\"type\":\"RECOMMENDATION\",\"note\":\"Could you write me a recommendation?\"}";
        topology.outbox.pipeInput("max", stranger, MONDAY);
        topology.outbox.pipeInput("max", request("fine"), MONDAY);

        List<Advice> advice = topology.allAdvice();
        assertThat(advice).extracting(Advice::verdict).first().isEqualTo(Verdict.DO_NOT_SEND);
        assertThat(advice.get(1).verdict()).isNotEqualTo(Verdict.DO_NOT_SEND);
        TestRecord<String, String> held = topology.held.readRecord();
        assertThat(held.key()).isEqualTo("max");
        assertThat(held.value()).isEqualTo(stranger);
        assertThat(new String(held.headers().lastHeader(ReviewProcessor.VERDICT_HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo("DO_NOT_SEND");
        assertThat(new String(held.headers().lastHeader(ReviewProcessor.RULES_HEADER).value(), StandardCharsets.UTF_8))
                .contains("REC-STRANGER");
        assertThat(topology.held.isEmpty()).isTrue();
    }
}
