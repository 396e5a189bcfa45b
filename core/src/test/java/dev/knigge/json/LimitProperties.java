package dev.knigge.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.internal.Limits;
import dev.knigge.json.HostileJson.Outcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Every limit of the JSON request format, probed at and around its boundary with characters of
 * one to four UTF-8 bytes: what is within it reads, what is over it fails with the message that
 * names the path and the limit.
 */
class LimitProperties {

    /** A string field: where it goes in a request, its path, its limit, and whether it is stripped first. */
    record Field(String template, String path, int max, boolean stripped) {
        String json(String value) {
            return "{\"type\": \"INMAIL\", " + template.formatted(HostileJson.quote(value)) + "}";
        }

        @Override
        public String toString() {
            return path;
        }
    }

    @Property(tries = 600)
    void aStringReadsUpToItsLimitAndFailsBeyondIt(@ForAll("fields") Field field, @ForAll("lengths") int overBy,
                                                  @ForAll("units") String unit, @ForAll boolean padded) {
        int length = Math.max(0, field.max() + overBy);
        String core = unit.repeat(length);
        String value = padded && !core.isEmpty() ? "  " + core + " " : core;
        Outcome outcome = HostileJson.read(field.path(), () -> RequestJson.read(field.json(value)));
        int counted = (field.stripped() ? value.strip() : value).codePointCount(0,
                (field.stripped() ? value.strip() : value).length());
        if (counted <= field.max()) {
            assertThat(outcome.valid()).as("%s of %d characters: %s", field, counted, outcome).isTrue();
        } else {
            assertThat(outcome.error()).as("%s of %d characters", field, counted)
                    .hasMessage(field.path() + ": longer than " + field.max() + " characters (" + counted + ")");
        }
    }

    @Property(tries = 60, generation = GenerationMode.EXHAUSTIVE)
    void aListReadsUpTo1000ItemsAndFailsBeyondIt(@ForAll("lists") String path,
                                                 @ForAll @IntRange(min = 995, max = 1_005) int size) {
        String items = "[" + String.join(",", Collections.nCopies(size, "\"t\"")) + "]";
        String[] parts = path.substring(2).split("\\.");
        String json = parts.length == 1
                ? "{\"type\": \"CONNECTION\", \"" + parts[0] + "\": " + items + "}"
                : "{\"type\": \"CONNECTION\", \"" + parts[0] + "\": {\"" + parts[1] + "\": " + items + "}}";
        Outcome outcome = HostileJson.read(path, () -> RequestJson.read(json));
        if (size <= Limits.MAX_ITEMS) {
            assertThat(outcome.valid()).as("%s with %d items: %s", path, size, outcome).isTrue();
        } else {
            assertThat(outcome.error()).hasMessage(path + ": more than 1000 items (" + size + ")");
        }
    }

    @Property(tries = 100)
    void nestingStopsAt32LevelsWhereverTheParserMeetsIt(@ForAll @IntRange(min = 1, max = 200) int depth) {
        // The 1001st topic is skipped, not read, so its nesting is all the parser checks there.
        String deep = "[".repeat(depth) + "]".repeat(depth);
        String topics = "[" + String.join(",", Collections.nCopies(1_000, "\"t\"")) + "," + deep + "]";
        Outcome outcome = HostileJson.read("deep", () -> RequestJson.read("{\"type\": \"CONNECTION\", \"topics\": " + topics + "}"));
        // The request object is level 1, its topics level 2, the deep value from level 3.
        if (depth + 2 > Limits.MAX_DEPTH) {
            assertThat(outcome.error().getMessage()).startsWith("$.topics[1000]").endsWith(": nested deeper than 32 levels");
        } else {
            assertThat(outcome.error()).hasMessage("$.topics: more than 1000 items (1001)");
        }
        // Elsewhere the decoder refuses the value at its first level, before the parser goes deeper.
        Outcome asNote = HostileJson.read("deep", () -> RequestJson.read("{\"type\": \"CONNECTION\", \"note\": " + deep + "}"));
        assertThat(asNote.error()).hasMessage("$.note: expected a string, got an array");
    }

    @Property(tries = 24)
    void aRequestReadsUpTo1MiBAndFailsBeyondItWhicheverWayItArrives(
            @ForAll @IntRange(min = -3, max = 3) int overBy, @ForAll("wellFormedUnits") String unit) {
        int size = Limits.MAX_REQUEST_BYTES + overBy;
        String json = requestOfSize(size, unit);
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        assertThat(utf8).hasSize(size);
        boolean fits = size <= Limits.MAX_REQUEST_BYTES;

        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(HostileJson.read("a string", () -> RequestJson.read(json)));
        outcomes.add(HostileJson.read("a reader", () -> RequestJson.read(new StringReader(json))));
        outcomes.add(HostileJson.read("a stream", () -> RequestJson.read(new ByteArrayInputStream(utf8))));
        outcomes.add(line(new ByteArrayInputStream((json + "\n").getBytes(StandardCharsets.UTF_8)), true));
        outcomes.add(line(new StringReader(json + "\r\n"), false));
        for (Outcome outcome : outcomes) {
            if (fits) {
                assertThat(outcome.valid()).as("%d bytes: %s", size, outcome).isTrue();
            } else {
                assertThat(outcome.error()).hasMessage("$: request larger than 1 MiB (1048576 bytes)");
            }
        }
    }

    /** A request padded with white space to exactly {@code bytes} bytes of UTF-8, with a note of {@code unit}s. */
    private static String requestOfSize(int bytes, String unit) {
        String note = unit.repeat(5_000);
        String head = "{\"type\": \"MESSAGE\", \"note\": " + HostileJson.quote(note) + ", \"topics\": [";
        StringBuilder json = new StringBuilder(head);
        String item = "\"" + "t".repeat(990) + "\"";
        int size = head.getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; i < 1_000 && size + item.length() + 10 < bytes; i++) {
            if (i > 0) {
                json.append(',');
                size++;
            }
            json.append(item);
            size += item.length();
        }
        json.append("]");
        size++;
        json.append(" ".repeat(bytes - size - 1)).append('}');
        return json.toString();
    }

    private static Outcome line(Object source, boolean bytes) {
        List<RequestJson.Line> lines = new ArrayList<>();
        try (RequestJson.Lines all = bytes ? RequestJson.readLines((ByteArrayInputStream) source)
                : RequestJson.readLines((StringReader) source)) {
            all.forEach(lines::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(lines).hasSize(1);
        RequestJson.Line line = lines.get(0);
        if (!line.valid()) {
            HostileJson.checkError(line.error());
        }
        return line.valid() ? new Outcome(line.request(), null) : new Outcome(null, line.error());
    }

    @Provide
    Arbitrary<Field> fields() {
        return Arbitraries.of(
                new Field("\"note\": %s", "$.note", Limits.MAX_NOTE, false),
                new Field("\"subject\": %s", "$.subject", Limits.MAX_SUBJECT, false),
                new Field("\"id\": %s", "$.id", Limits.MAX_STRING, true),
                new Field("\"skill\": %s", "$.skill", Limits.MAX_STRING, true),
                new Field("\"requester\": {\"name\": %s}", "$.requester.name", Limits.MAX_STRING, true),
                new Field("\"requester\": {\"headline\": %s}", "$.requester.headline", Limits.MAX_STRING, true),
                new Field("\"recipient\": {\"firstName\": %s}", "$.recipient.firstName", Limits.MAX_STRING, true),
                new Field("\"recipient\": {\"lastName\": %s}", "$.recipient.lastName", Limits.MAX_STRING, true),
                new Field("\"recipient\": {\"title\": %s}", "$.recipient.title", Limits.MAX_STRING, true),
                new Field("\"recipient\": {\"country\": %s}", "$.recipient.country", Limits.MAX_STRING, true),
                new Field("\"recipient\": {\"industry\": %s}", "$.recipient.industry", Limits.MAX_STRING, true),
                new Field("\"group\": {\"name\": %s}", "$.group.name", Limits.MAX_STRING, true),
                new Field("\"topics\": [\"a\", %s]", "$.topics[1]", Limits.MAX_STRING, false),
                new Field("\"recipient\": {\"languages\": [%s]}", "$.recipient.languages[0]", Limits.MAX_STRING, false),
                new Field("\"recipient\": {\"interests\": [%s]}", "$.recipient.interests[0]", Limits.MAX_STRING, false),
                new Field("\"recipient\": {\"groups\": [\"g\", \"h\", %s]}", "$.recipient.groups[2]", Limits.MAX_STRING, false),
                new Field("\"group\": {\"topics\": [%s]}", "$.group.topics[0]", Limits.MAX_STRING, false));
    }

    @Provide
    Arbitrary<Integer> lengths() {
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.integers().between(-3, 3)),
                Tuple.of(1, Arbitraries.integers().between(-1_000, 1_000)));
    }

    @Provide
    Arbitrary<String> units() {
        // One to four bytes of UTF-8, a combining mark, and a lone surrogate (one character).
        return Arbitraries.of("a", "ß", "€", "\uD83D\uDC4B", "\u0301", "\uD800");
    }

    @Provide
    Arbitrary<String> wellFormedUnits() {
        return Arbitraries.of("a", "ß", "€", "\uD83D\uDC4B");
    }

    @Provide
    Arbitrary<String> lists() {
        return Arbitraries.of("$.topics", "$.recipient.languages", "$.recipient.interests", "$.recipient.groups",
                "$.group.topics");
    }
}
