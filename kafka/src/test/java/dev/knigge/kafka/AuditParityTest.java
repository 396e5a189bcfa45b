package dev.knigge.kafka;

import static dev.knigge.kafka.TopologyFixture.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.advice.Advice;
import dev.knigge.advice.Severity;
import dev.knigge.audit.AuditEntry;
import dev.knigge.audit.Campaign;
import dev.knigge.json.AdviceJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology and {@code audit} give the same advice, line for line, for one campaign sent within
 * a week: GEN-VOLUME warns and blocks at the same requests. The campaign's notes are each written
 * for their reader, or state their {@code sameNoteRecipients}: a stream cannot know how many copies
 * of a note are still to come, which the audit, reading the whole campaign first, counts.
 */
class AuditParityTest {
    private static final Advisor ADVISOR = Advisor.builder().build();
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "te", "vi", "zo", "pe", "gu", "da"};
    private static final String[] FIRST = {"Anna", "Ben", "Clara", "David", "Eva", "Farid", "Greta", "Hugo"};

    @TempDir
    Path dir;

    /** Twelve made-up words: a note no other note of the campaign is a near copy of. */
    private static String words(SplittableRandom random) {
        StringBuilder words = new StringBuilder();
        for (int w = 0; w < 12; w++) {
            words.append(w == 0 ? "" : " ");
            for (int s = 0; s < 3; s++) {
                words.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
        }
        return words.toString();
    }

    /** 105 connection requests and 20 messages by one sender, some without a note, some stating their counts. */
    private static List<String> campaign() {
        SplittableRandom random = new SplittableRandom(17);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 125; i++) {
            String first = FIRST[i % FIRST.length];
            String type = i % 6 == 5 ? "MESSAGE" : "CONNECTION";
            String note = i % 10 == 3 ? null
                    : i % 10 == 7 ? "Hi " + first + ", I help companies grow with AI. Let's book a demo!"
                    : "Hi " + first + ", your talk made me think: " + words(random) + "?";
            String activity = i % 10 == 7 ? ",\"activity\":{\"sameNoteRecipients\":12}"
                    : i == 40 ? ",\"activity\":{\"similarSentLast7Days\":90}" : "";
            lines.add("{\"id\":\"r" + i + "\",\"type\":\"" + type + "\",\"platform\":\"LINKEDIN\""
                    + (note == null ? "" : ",\"note\":\"" + note + "\"")
                    + ",\"requester\":{\"name\":\"Max Power\",\"headline\":\"Growth\"}"
                    + ",\"recipient\":{\"firstName\":\"" + first + "\",\"languages\":[\"en\"]}"
                    + ",\"relationship\":{\"degree\":2,\"mutualContacts\":" + (i % 4) + "}" + activity + "}");
        }
        return lines;
    }

    @Test
    void theTopologyGivesTheAuditsAdviceLineForLine() throws IOException {
        List<String> lines = campaign();
        Path file = Files.write(dir.resolve("campaign.ndjson"), lines, StandardCharsets.UTF_8);
        AdviceJson json = AdviceJson.compact();
        List<String> audited = new ArrayList<>();
        ADVISOR.audit(Campaign.ndjson(file), (AuditEntry entry) -> audited.add(json.write(entry.advice())));

        List<String> streamed;
        try (TopologyFixture topology = new TopologyFixture(ADVISOR, dir.resolve("state"))) {
            for (int i = 0; i < lines.size(); i++) {
                topology.outbox.pipeInput("max power", lines.get(i), MONDAY.plus(Duration.ofMinutes(i)));
            }
            streamed = topology.advice.readValuesToList();
        }

        assertThat(streamed).hasSameSizeAs(lines);
        IntStream.range(0, lines.size()).forEach(i -> assertThat(streamed.get(i)).as("line %d", i + 1)
                .isEqualTo(audited.get(i)));
        List<Advice> advice = streamed.stream().map(AdviceJson::read).toList();
        assertThat(volume(advice, Severity.BLOCKER)).as("the 101st connection request and after").hasSize(5);
        assertThat(volume(advice, Severity.WARNING)).as("from 70 % of the cap, and the one stating 90").isNotEmpty();
    }

    private static List<String> volume(List<Advice> advice, Severity severity) {
        return advice.stream().filter(a -> a.findings().stream()
                .anyMatch(f -> f.rule().equals("GEN-VOLUME") && f.severity() == severity)).map(Advice::id).toList();
    }
}
