package dev.knigge.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.advice.Advice;
import dev.knigge.json.HostileJson.Outcome;
import dev.knigge.request.ReviewRequest;
import dev.knigge.testing.Guard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing the JSON codec: whatever arrives — a good request mutated at random, a random tree of
 * the format's fields, junk, random bytes — reading it gives a request or an
 * {@code InvalidRequestException} that names the JSON path on one line; never another exception,
 * never a hang. Every way in (string, reader, UTF-8 stream, NDJSON line) agrees, and every request
 * that reads is reviewed without failing.
 */
class HostileJsonProperties {
    private static final Advisor SAMPLE = Advisor.builder().policy(Policy.builtIn("sample")).build();

    @Property(tries = 1_500)
    void anyDocumentReadsAsARequestOrFailsNamingThePath(@ForAll("documents") String json) {
        Outcome outcome = checkDocument(json);
        Statistics.label("outcome").collect(kind(outcome));
        Statistics.label("outcome").coverage(checker -> {
            checker.check("a request").percentage(p -> p >= 10);
            checker.check("malformed JSON").percentage(p -> p >= 10);
        });
    }

    /** What kind of outcome, for the statistics: a request, or the kind of problem. */
    private static String kind(Outcome outcome) {
        if (outcome.valid()) {
            return "a request";
        }
        String problem = outcome.error().problem();
        if (problem.startsWith("malformed JSON")) {
            return "malformed JSON";
        }
        if (problem.startsWith("unknown field") || problem.startsWith("duplicate field")) {
            return problem.startsWith("unknown") ? "unknown field" : "duplicate field";
        }
        if (problem.contains("longer than") || problem.contains("more than") || problem.contains("deeper than")
                || problem.contains("larger than")) {
            return "over a limit";
        }
        if (problem.startsWith("expected")) {
            return "wrong type";
        }
        return "bad value";
    }

    /** The contract for one document, every way in; the soak runs it over many more documents. */
    static Outcome checkDocument(String json) {
        Outcome fromString = HostileJson.read("a string", () -> RequestJson.read(json));
        Outcome fromReader = HostileJson.read("a reader", () -> RequestJson.read(new StringReader(json)));
        assertSame(fromReader, fromString, json);

        if (wellFormedUtf16(json)) {
            byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
            Outcome fromStream = HostileJson.read("a stream", () -> RequestJson.read(new ByteArrayInputStream(utf8)));
            assertSame(fromStream, fromString, json);
        }
        if (json.indexOf('\n') < 0 && json.indexOf('\r') < 0 && !json.startsWith("\uFEFF") && !json.isBlank()) {
            List<RequestJson.Line> lines = lines(json);
            assertThat(lines).hasSize(1);
            RequestJson.Line line = lines.get(0);
            assertThat(line.number()).isEqualTo(1);
            assertSame(line.valid() ? new Outcome(line.request(), null) : new Outcome(null, line.error()), fromString, json);
        }
        if (fromString.valid()) {
            ReviewRequest request = fromString.request();
            assertThat(RequestJson.read(RequestJson.write(request))).as("a round trip").isEqualTo(request);
            Advice advice = Guard.within("a review", () -> SAMPLE.review(request));
            assertThat(advice.id()).isEqualTo(request.id());
        }
        return fromString;
    }

    @Property(tries = 1_000)
    void anyBytesReadAsARequestOrFailNamingThePath(@ForAll("bytes") byte[] bytes) {
        checkBytes(bytes);
    }

    /** The contract for bytes, as one document and as NDJSON lines. */
    static void checkBytes(byte[] bytes) {
        HostileJson.read("a stream of bytes", () -> RequestJson.read(new ByteArrayInputStream(bytes)));
        List<RequestJson.Line> lines = Guard.within("lines of bytes", () -> lines(bytes));
        int previous = 0;
        for (RequestJson.Line line : lines) {
            assertThat(line.number()).isGreaterThan(previous);
            previous = line.number();
            if (!line.valid()) {
                HostileJson.checkError(line.error());
            }
        }
    }

    @Property(tries = 300)
    void anNdjsonBatchYieldsEveryNonBlankLineWithItsNumberAndItsOwnOutcome(
            @ForAll("batchLines") @Size(max = 12) List<String> batch, @ForAll boolean crlf) {
        String text = String.join(crlf ? "\r\n" : "\n", batch);
        List<Integer> expectedNumbers = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (!batch.get(i).isBlank()) {
                expectedNumbers.add(i + 1);
            }
        }
        for (boolean bytes : new boolean[] {true, false}) {
            List<RequestJson.Line> lines = Guard.within("a batch", () -> bytes
                    ? lines(text.getBytes(StandardCharsets.UTF_8)) : lines(new StringReader(text)));
            assertThat(lines).extracting(RequestJson.Line::number).containsExactlyElementsOf(expectedNumbers);
            for (RequestJson.Line line : lines) {
                String json = batch.get(line.number() - 1);
                Outcome alone = HostileJson.read("one line", () -> RequestJson.read(json));
                assertSame(line.valid() ? new Outcome(line.request(), null) : new Outcome(null, line.error()), alone, json);
            }
        }
    }

    @Provide
    Arbitrary<String> documents() {
        return HostileJson.documents();
    }

    @Provide
    Arbitrary<List<String>> batchLines() {
        Arbitrary<String> line = Arbitraries.frequencyOf(
                Tuple.of(6, HostileJson.documents()),
                Tuple.of(2, HostileJson.goodDocuments()),
                Tuple.of(1, Arbitraries.of("", " ", "\t")))
                .map(json -> json.replace('\n', ' ').replace('\r', ' ').replace("\uFEFF", ""))
                .map(json -> wellFormedUtf16(json) ? json : "{\"type\": \"MESSAGE\"");
        return line.list();
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return randomBytes();
    }

    static Arbitrary<byte[]> randomBytes() {
        List<Byte> jsonBytes = new ArrayList<>();
        for (byte b : "{}[],:\"\\ 0123456789.-+eEtrufalsn\n\r\t".getBytes(StandardCharsets.UTF_8)) {
            jsonBytes.add(b);
        }
        Arbitrary<Byte> jsonish = Arbitraries.of(jsonBytes);
        Arbitrary<Byte> any = Arbitraries.bytes();
        Arbitrary<byte[]> prefixes = Arbitraries.of(new byte[0], new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
                new byte[] {0, 0, 0, '{'}, new byte[] {0, '{'}, new byte[] {'{', 0}, new byte[] {0, 0, '{', 0},
                "{\"type\":\"MESSAGE\",\"note\":\"".getBytes(StandardCharsets.UTF_8));
        Arbitrary<List<Byte>> body = Arbitraries.frequencyOf(Tuple.of(1, jsonish), Tuple.of(1, any)).list().ofMaxSize(200);
        return net.jqwik.api.Combinators.combine(prefixes, body).as((prefix, rest) -> {
            byte[] out = new byte[prefix.length + rest.size()];
            System.arraycopy(prefix, 0, out, 0, prefix.length);
            for (int i = 0; i < rest.size(); i++) {
                out[prefix.length + i] = rest.get(i);
            }
            return out;
        });
    }

    /** The same outcome: the same request, or errors at the same path. */
    private static void assertSame(Outcome actual, Outcome expected, String json) {
        assertThat(actual.valid()).as("valid for every way in: %s (%s vs %s)", json, actual, expected)
                .isEqualTo(expected.valid());
        if (expected.valid()) {
            assertThat(actual.request()).isEqualTo(expected.request());
        } else if (!fromTheParser(actual) && !fromTheParser(expected)) {
            // Where the parser gives up on malformed or oversized JSON depends on how it buffers
            // (bytes or characters): such errors agree on being errors, the others on their path.
            assertThat(actual.path()).as("the path for every way in: %s (%s vs %s)", json, actual, expected)
                    .isEqualTo(expected.path());
        }
    }

    private static boolean fromTheParser(Outcome outcome) {
        String problem = outcome.error().problem();
        return problem.startsWith("malformed JSON") || problem.startsWith("unexpected content after")
                || problem.startsWith("field name longer") || problem.startsWith("number longer")
                || problem.startsWith("string longer") || problem.startsWith("nested deeper");
    }

    static boolean wellFormedUtf16(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static List<RequestJson.Line> lines(String json) {
        return lines(new StringReader(json));
    }

    private static List<RequestJson.Line> lines(StringReader reader) {
        return collect(RequestJson.readLines(reader));
    }

    private static List<RequestJson.Line> lines(byte[] bytes) {
        return collect(RequestJson.readLines(new ByteArrayInputStream(bytes)));
    }

    private static List<RequestJson.Line> collect(RequestJson.Lines lines) {
        List<RequestJson.Line> all = new ArrayList<>();
        try (lines) {
            for (RequestJson.Line line : lines) {
                all.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }
}
