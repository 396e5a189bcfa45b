package dev.knigge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.Advice;
import dev.knigge.json.AdviceJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when": a batch that mixes valid requests with malformed, oversized and hostile
 * ones reviews every valid one, reports every bad one with its line, and exits 2 without a stack
 * trace.
 */
@Timeout(300)
class HostileBatchTest {
    @TempDir
    Path dir;

    @Test
    void reviewsEveryValidLineReportsEveryBadOneWithItsLineAndExitsTwo() throws IOException {
        Path file = dir.resolve("hostile.ndjson");
        HostileBatch batch = HostileBatch.write(file);
        Cli.Run run = Cli.run("check", "--format", "json", file.toString());

        assertThat(run.code()).isEqualTo(2);
        List<Advice> advice = run.out().lines().map(AdviceJson::read).toList();
        assertThat(advice).extracting(Advice::id).containsExactlyElementsOf(batch.good.values());
        List<String> lines = new ArrayList<>();
        run.out().lines().forEach(lines::add);
        int i = 0;
        for (Map.Entry<Integer, String> good : batch.good.entrySet()) {
            assertThat(lines.get(i++)).contains("\"line\":" + good.getKey() + ",");
        }
        List<String> errors = run.err().lines().toList();
        assertThat(errors).hasSameSizeAs(batch.bad.entrySet());
        i = 0;
        for (Map.Entry<Integer, String> bad : batch.bad.entrySet()) {
            String prefix = "knigge: " + file + ":" + bad.getKey() + ": ";
            if (bad.getValue().equals(HostileBatch.MALFORMED)) {
                assertThat(errors.get(i++)).startsWith(prefix + "$").contains(": malformed JSON at column ");
            } else {
                assertThat(errors.get(i++)).startsWith(prefix + bad.getValue());
            }
        }
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Caused by");
    }

    @Test
    void inTextItReviewsTheSameAndSaysTheSame() throws IOException {
        Path file = dir.resolve("hostile.ndjson");
        HostileBatch batch = HostileBatch.write(file);
        Cli.Run run = Cli.run("check", file.toString());

        assertThat(run.code()).isEqualTo(2);
        for (Integer line : batch.good.keySet()) {
            assertThat(run.out()).contains(file + ":" + line);
        }
        assertThat(run.err().lines()).hasSize(batch.bad.size());
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void aStreamThatBreaksOffIsReportedNotTakenForTheEnd() {
        byte[] first = "{\"id\": \"first\", \"type\": \"MESSAGE\"}\n{\"id\": \"second\", \"type\": \"MESSAGE\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        InputStream breaking = new InputStream() {
            private final InputStream head = new ByteArrayInputStream(first);

            @Override
            public int read() throws IOException {
                int b = head.read();
                if (b < 0) {
                    throw new IOException("connection reset");
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = head.read(buffer, offset, length);
                if (n < 0) {
                    throw new IOException("connection reset");
                }
                return n;
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Knigge.run(new String[] {"check", "--ndjson", "--format", "json", "-"}, new PrintWriter(out),
                new PrintWriter(err), breaking);

        assertThat(code).isEqualTo(2);
        assertThat(out.toString().lines().map(AdviceJson::read).map(Advice::id)).containsExactly("first", "second");
        assertThat(err.toString()).isEqualTo("knigge: -: cannot be read after line 2: connection reset"
                + System.lineSeparator());
    }
}
