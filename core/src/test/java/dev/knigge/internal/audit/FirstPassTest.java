package dev.knigge.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.audit.Campaign;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstPassTest {

    /** A different word of letters for every number. */
    private static String letters(int i) {
        StringBuilder word = new StringBuilder();
        for (char c : Integer.toString(i, 26).toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('q' + c - '0') : c);
        }
        return word.toString();
    }

    /** A campaign file over the parallel threshold: three templates, near copies, unique notes and bad lines. */
    private static Path campaign(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        String[] companies = {"Acme", "Globex", "Initech"};
        for (int i = 0; i < 12_000; i++) {
            String name = "N" + letters(i);
            String note = switch (i % 4) {
                case 0 -> "Hi " + name + ", I help companies grow with AI automation. Let's book a demo!";
                case 1 -> "Hi " + name + ", I noticed " + companies[i % 3] + " is hiring engineers. I run a small "
                        + "consultancy and would love to connect.";
                case 2 -> "Hi " + name + ", " + name + "q " + name + "r " + name + "s " + name + "t.";
                default -> null;
            };
            lines.add(note == null ? "{\"type\": \"CONNECTION\", \"oops\": 1}"
                    : "{\"type\":\"CONNECTION\",\"note\":\"" + note + "\",\"recipient\":{\"firstName\":\"" + name + "\"}}");
        }
        Path file = folder.resolve("campaign.ndjson");
        Files.write(file, lines, StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isGreaterThan(FirstPass.PARALLEL_FROM_BYTES);
        return file;
    }

    @Test
    void aLargeFileIndexedInPartsGivesTheSameIndexAsReadInOne(@TempDir Path folder) throws IOException {
        Path file = campaign(folder);
        TemplateIndex whole = FirstPass.index(Campaign.ndjson(file), Notes.NORMALIZER, null, 1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        TemplateIndex parts;
        try {
            parts = FirstPass.index(Campaign.ndjson(file), Notes.NORMALIZER, pool, 3);
        } finally {
            pool.shutdownNow();
        }
        whole.cluster();
        parts.cluster();
        assertThat(parts.distinct()).isEqualTo(whole.distinct()).isEqualTo(1 + 3 + 3000);
        assertThat(parts.largest(3)).isEqualTo(whole.largest(3));
        assertThat(parts.largest(3)).extracting(parts::clusterSize).containsExactly(3000, 3000);
        for (int id = 0; id < whole.distinct(); id++) {
            assertThat(parts.clusterSize(id)).isEqualTo(whole.clusterSize(id));
        }
    }

    @Nested
    class Ranges {
        @Test
        void startAtLineStartsAndCoverTheFileOnce(@TempDir Path folder) throws IOException {
            String text = "first line\n" + "x".repeat(5000) + "\nshort\n\nlast without a break";
            Path file = folder.resolve("lines.txt");
            Files.writeString(file, text);
            for (int parts = 1; parts <= 8; parts++) {
                long[] bounds = FileRanges.split(file, parts);
                assertThat(bounds[0]).isZero();
                assertThat(bounds[bounds.length - 1]).isEqualTo(text.length());
                StringBuilder joined = new StringBuilder();
                for (int i = 0; i + 1 < bounds.length; i++) {
                    assertThat(bounds[i] == 0 || text.charAt((int) bounds[i] - 1) == '\n').as("range %d of %d", i, parts)
                            .isTrue();
                    assertThat(bounds[i + 1]).isGreaterThan(bounds[i]);
                    try (InputStream in = FileRanges.open(file, bounds[i], bounds[i + 1])) {
                        joined.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
                assertThat(joined.toString()).isEqualTo(text);
            }
        }

        @Test
        void aFileWithOneLineIsOneRange(@TempDir Path folder) throws IOException {
            Path file = folder.resolve("one.txt");
            Files.writeString(file, "x".repeat(100));
            assertThat(FileRanges.split(file, 4)).containsExactly(0, 100);
        }
    }
}
