package dev.knigge.audit;

import static dev.knigge.audit.CampaignFixtures.ADVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.Verdict;
import dev.knigge.request.Recipient;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large campaign streams through: results come in input order while only a bounded window of
 * requests is in flight, and nothing is kept per request. The timeouts only guard against a hang.
 */
class CampaignStreamingTest {
    private static final int SIZE = 50_000;
    /** What the audit may have read ahead of what it handed on: its window, and the entry being read. */
    private static final int READ_AHEAD = Runtime.getRuntime().availableProcessors() * 64 + 2;
    private static final String[] FIRST = {"Anna", "Ben", "Clara", "David", "Eva", "Farid", "Greta", "Hugo"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "te", "vi", "zo", "pe", "gu", "da"};

    /** Request i of the generated campaign: two mass templates, and every fifth note written for its reader. */
    private static ReviewRequest request(int i) {
        String name = FIRST[i % FIRST.length];
        String note = switch (i % 5) {
            case 0, 1 -> "Hi " + name + ", I help companies grow with AI automation. Let's book a demo!";
            case 2, 3 -> "Hallo " + name + ", ich würde mich gern mit Ihnen vernetzen. Bis bald!";
            default -> "Hi " + name + ", " + words(i);
        };
        return ReviewRequest.builder(RequestType.CONNECTION).note(note)
                .recipient(Recipient.builder().firstName(name).lastName("L" + i).build()).build();
    }

    /** Ten made-up words for request i, different for every request: a note no other request shares. */
    private static String words(int i) {
        SplittableRandom random = new SplittableRandom(i);
        StringBuilder words = new StringBuilder();
        for (int w = 0; w < 10; w++) {
            for (int syllable = 0; syllable < 3; syllable++) {
                words.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words.append(w == 9 ? "." : " ");
        }
        return words.toString();
    }

    /** The generated campaign, made afresh on each read, counting what each read pulled. */
    private static final class Generated implements Iterable<ReviewRequest> {
        int passes;
        int pulled;

        @Override
        public Iterator<ReviewRequest> iterator() {
            passes++;
            pulled = 0;
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return pulled < SIZE;
                }

                @Override
                public ReviewRequest next() {
                    return request(pulled++);
                }
            };
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aGeneratedCampaignIsReviewedInOrderWithABoundedWindowInFlight() {
        Generated campaign = new Generated();
        int[] next = {1};
        int[] maxAhead = {0};
        CampaignReport report = ADVISOR.audit(Campaign.of(campaign), audited -> {
            assertThat(audited.line()).isEqualTo(next[0]);
            assertThat(campaign.passes).as("handed on while the second read goes on").isEqualTo(2);
            maxAhead[0] = Math.max(maxAhead[0], campaign.pulled - audited.line());
            next[0]++;
        });
        assertThat(next[0] - 1).isEqualTo(SIZE);
        assertThat(maxAhead[0]).as("requests read but not yet handed on").isLessThanOrEqualTo(READ_AHEAD);
        assertThat(report.requests()).isEqualTo(SIZE);
        assertThat(report.templates()).extracting(CampaignReport.Template::size).containsExactly(20_000, 20_000);
        assertThat(report.templateShare()).isEqualTo(0.8);
        assertThat(report.conclusion().english()).isEqualTo("Mass-sent: 40000 of 50000 requests share 2 notes.");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aLargeFileWithBadLinesIsAuditedLineByLine(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("campaign.ndjson");
        List<Integer> bad = List.of(1, 12_345, 33_333, SIZE);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int line = 1; line <= SIZE; line++) {
                if (bad.contains(line)) {
                    out.write("{\"type\": \"CONNECTION\", \"relationship\": {\"knowsEachOther\": true}}");
                } else {
                    ReviewRequest request = request(line);
                    out.write("{\"type\":\"CONNECTION\",\"note\":\"" + request.note() + "\",\"recipient\":{\"firstName\":\""
                            + request.recipient().firstName() + "\"}}");
                }
                out.newLine();
            }
        }
        List<Integer> invalid = new ArrayList<>();
        int[] audited = {0};
        int[] previous = {0};
        CampaignReport report = ADVISOR.audit(Campaign.ndjson(file), entry -> {
            assertThat(entry.line()).isGreaterThan(previous[0]);
            previous[0] = entry.line();
            if (entry.invalid() != null) {
                invalid.add(entry.line());
                assertThat(entry.invalid().getMessage())
                        .isEqualTo("$.relationship.knowsEachOther: unknown field (did you mean \"knowEachOther\"?)");
            } else {
                audited[0]++;
            }
        });
        assertThat(invalid).isEqualTo(bad);
        assertThat(audited[0]).isEqualTo(SIZE - bad.size());
        assertThat(report.requests()).isEqualTo(SIZE - bad.size());
        assertThat(report.verdicts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(SIZE - bad.size());
        assertThat(report.verdicts().get(Verdict.DO_NOT_SEND)).as("CAMPAIGN-VOLUME from the fourth request on")
                .isEqualTo(SIZE - bad.size() - 4);
    }
}
