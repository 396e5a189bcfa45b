package dev.knigge.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.knigge.internal.Limits;
import dev.knigge.request.RequestType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RequestLinesTest {

    /** Both ways in: UTF-8 bytes and characters. */
    static Stream<Function<String, RequestJson.Lines>> sources() {
        return Stream.of(
                text -> RequestJson.readLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))),
                text -> RequestJson.readLines(new StringReader(text)));
    }

    static List<RequestJson.Line> all(RequestJson.Lines lines) {
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

    static String errorOf(RequestJson.Line line) {
        return line.error() == null ? null : line.error().getMessage();
    }

    @Nested
    class AMixedFile {

        private final String oversized = "{\"type\": \"CONNECTION\", \"id\": \"big\"" + " ".repeat(Limits.MAX_REQUEST_BYTES) + "}";
        private final String text = String.join("\n",
                "{\"type\": \"CONNECTION\", \"id\": \"first\"}",
                "",
                "{\"type\": \"CONNECTION\",, }",
                "{\"type\": \"MESSAGE\", \"relationship\": {\"knowsEachOther\": true}}",
                "   \t ",
                oversized,
                "{\"type\": \"RECOMMENDATION\", \"note\": \"Grüße aus Wien\"}\r",
                "\r",
                "[1, 2]",
                "{\"type\": \"GROUP_INVITE\", \"id\": \"last\"}");

        @ParameterizedTest
        @MethodSource("dev.knigge.json.RequestLinesTest#sources")
        void yieldsEveryGoodLineAndEveryBadLineWithItsNumber(Function<String, RequestJson.Lines> source) {
            List<RequestJson.Line> lines = all(source.apply(text));

            assertThat(lines).extracting(RequestJson.Line::number, RequestJson.Line::valid, RequestLinesTest::errorOf)
                    .containsExactly(
                            tuple(1, true, null),
                            tuple(3, false, "$.type: malformed JSON at column 23: Unexpected character (',' (code 44)):"
                                    + " was expecting double-quote to start field name"),
                            tuple(4, false, "$.relationship.knowsEachOther: unknown field (did you mean \"knowEachOther\"?)"),
                            tuple(6, false, "$: request larger than 1 MiB (1048576 bytes)"),
                            tuple(7, true, null),
                            tuple(9, false, "$: expected an object, got an array"),
                            tuple(10, true, null));
            assertThat(lines.get(0).request().id()).isEqualTo("first");
            assertThat(lines.get(4).request().type()).isEqualTo(RequestType.RECOMMENDATION);
            assertThat(lines.get(4).request().note()).isEqualTo("Grüße aus Wien");
            assertThat(lines.get(6).request().id()).isEqualTo("last");
        }
    }

    @Nested
    class LineEnds {

        @ParameterizedTest
        @MethodSource("dev.knigge.json.RequestLinesTest#sources")
        void windowsLineEndsWork(Function<String, RequestJson.Lines> source) {
            List<RequestJson.Line> lines = all(source.apply("{\"type\": \"CONNECTION\"}\r\n\r\n{\"type\": \"MESSAGE\"}\r\n"));

            assertThat(lines).extracting(RequestJson.Line::number).containsExactly(1, 3);
            assertThat(lines).allMatch(RequestJson.Line::valid);
        }

        @ParameterizedTest
        @MethodSource("dev.knigge.json.RequestLinesTest#sources")
        void theLastLineNeedsNoLineBreak(Function<String, RequestJson.Lines> source) {
            assertThat(all(source.apply("{\"type\": \"CONNECTION\"}\n{\"type\": \"MESSAGE\"}")))
                    .extracting(line -> line.request().type())
                    .containsExactly(RequestType.CONNECTION, RequestType.MESSAGE);
        }

        @ParameterizedTest
        @MethodSource("dev.knigge.json.RequestLinesTest#sources")
        void anEmptyOrBlankInputHasNoLines(Function<String, RequestJson.Lines> source) {
            assertThat(all(source.apply(""))).isEmpty();
            assertThat(all(source.apply("\n\n  \r\n"))).isEmpty();
        }

        @ParameterizedTest
        @MethodSource("dev.knigge.json.RequestLinesTest#sources")
        void aByteOrderMarkAtTheStartIsIgnored(Function<String, RequestJson.Lines> source) {
            assertThat(all(source.apply("\uFEFF{\"type\": \"CONNECTION\"}\n{\"type\": \"MESSAGE\"}")))
                    .extracting(RequestJson.Line::valid).containsExactly(true, true);
            assertThat(all(source.apply("\uFEFF\n{\"type\": \"MESSAGE\"}")))
                    .extracting(RequestJson.Line::number).containsExactly(2);
        }

        @ParameterizedTest
        @MethodSource("dev.knigge.json.RequestLinesTest#sources")
        void anUnclosedObjectOrArrayIsPlacedByItsColumnOnItsLine(Function<String, RequestJson.Lines> source) {
            List<RequestJson.Line> lines = all(source.apply("{\"type\": \"CONNECTION\"}\n"
                    + "{\"type\": \"CONNECTION\", \"topics\": [\"a\"}\n{\"type\": \"MESSAGE\", \"group\": {\"name\": \"x\""));

            assertThat(lines).extracting(RequestJson.Line::number, RequestLinesTest::errorOf).containsExactly(
                    tuple(1, null),
                    tuple(2, "$.topics[0]: malformed JSON at column 38: Unexpected close marker '}': expected ']'"
                            + " (for Array starting at column 34)"),
                    tuple(3, "$.group.name: malformed JSON at column 42: Unexpected end-of-input: expected close marker"
                            + " for Object (start marker at column 30)"));
        }

        @ParameterizedTest
        @MethodSource("dev.knigge.json.RequestLinesTest#sources")
        void aRequestSpreadOverTwoLinesIsTwoBadLines(Function<String, RequestJson.Lines> source) {
            List<RequestJson.Line> lines = all(source.apply("{\"type\":\n\"CONNECTION\"}"));

            assertThat(lines).extracting(RequestJson.Line::number, RequestLinesTest::errorOf).containsExactly(
                    tuple(1, "$.type: malformed JSON at column 9: Unexpected end-of-input within/between Object entries"),
                    tuple(2, "$: expected an object, got a string"));
        }
    }

    @Nested
    class Bytes {

        @Test
        void areParsedAsBytesSoAColumnCountsBytesAsInAWholeDocument() throws IOException {
            String line = "{\"type\": \"MESSAGE\", \"note\": \"Grüße\", x}";
            String inBytes = "$.note: malformed JSON at column 40: Unexpected character ('x' (code 120)):"
                    + " was expecting double-quote to start field name";
            byte[] utf8 = line.getBytes(StandardCharsets.UTF_8);

            assertThat(all(RequestJson.readLines(new ByteArrayInputStream((line + "\n" + line).getBytes(StandardCharsets.UTF_8)))))
                    .extracting(RequestLinesTest::errorOf).containsExactly(inBytes, inBytes);
            assertThatThrownBy(() -> RequestJson.read(new ByteArrayInputStream(utf8)))
                    .hasMessage(inBytes.replace("column 40", "line 1, column 40"));
            assertThat(all(RequestJson.readLines(new StringReader(line)))).extracting(RequestLinesTest::errorOf)
                    .containsExactly(inBytes.replace("column 40", "column 38"));
        }

        @Test
        void thatAreNoUtf8MakeTheirLineBadAndTheRestIsRead() throws IOException {
            java.io.ByteArrayOutputStream batch = new java.io.ByteArrayOutputStream();
            batch.write("{\"type\": \"MESSAGE\", \"note\": \"caf".getBytes(StandardCharsets.UTF_8));
            batch.write(0xE9);
            batch.write("\"}\n{\"type\": \"INMAIL\", \"note\": \"café\"}\n".getBytes(StandardCharsets.UTF_8));

            List<RequestJson.Line> lines = all(RequestJson.readLines(new ByteArrayInputStream(batch.toByteArray())));

            assertThat(lines).extracting(RequestJson.Line::number).containsExactly(1, 2);
            assertThat(errorOf(lines.get(0))).startsWith("$.note: malformed JSON at column ")
                    .contains("Invalid UTF-8");
            assertThat(lines.get(1).request().note()).isEqualTo("café");
        }
    }

    @Nested
    class Size {

        private String ofSize(int bytes) {
            String head = "{\"type\": \"MESSAGE\", \"note\": \"" + "ö".repeat(5_000) + "\"";
            String line = head + " ".repeat(bytes - head.getBytes(StandardCharsets.UTF_8).length - 1) + "}";
            assertThat(line.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
            return line;
        }

        @ParameterizedTest
        @MethodSource("dev.knigge.json.RequestLinesTest#sources")
        void aLineHoldsUpTo1MiBOfUtf8NotCountingItsLineEnd(Function<String, RequestJson.Lines> source) {
            String text = ofSize(Limits.MAX_REQUEST_BYTES) + "\r\n" + ofSize(Limits.MAX_REQUEST_BYTES + 1) + "\r\n"
                    + ofSize(Limits.MAX_REQUEST_BYTES) + "\n";

            assertThat(all(source.apply(text))).extracting(RequestJson.Line::number, RequestLinesTest::errorOf)
                    .containsExactly(tuple(1, null), tuple(2, "$: request larger than 1 MiB (1048576 bytes)"), tuple(3, null));
        }

        @Test
        void aHugeLineIsReadPastWithoutHoldingIt() {
            long hugeLine = 64L * Limits.MAX_REQUEST_BYTES;
            byte[] before = "{\"type\": \"CONNECTION\"}\n{\"type\": \"MESSAGE\", \"note\": \"".getBytes(StandardCharsets.UTF_8);
            byte[] after = "\"}\n{\"type\": \"INMAIL\"}\n".getBytes(StandardCharsets.UTF_8);
            InputStream in = new InputStream() {
                long position;

                @Override
                public int read() {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    long total = before.length + hugeLine + after.length;
                    if (position >= total) {
                        return -1;
                    }
                    int n = (int) Math.min(len, total - position);
                    for (int i = 0; i < n; i++, position++) {
                        b[off + i] = position < before.length ? before[(int) position]
                                : position < before.length + hugeLine ? (byte) 'x'
                                : after[(int) (position - before.length - hugeLine)];
                    }
                    return n;
                }
            };

            assertThat(all(RequestJson.readLines(in))).extracting(RequestJson.Line::number, RequestLinesTest::errorOf)
                    .containsExactly(tuple(1, null), tuple(2, "$: request larger than 1 MiB (1048576 bytes)"), tuple(3, null));
        }
    }

    @Nested
    class Iteration {

        @Test
        void readsLazilyLineByLine() {
            int[] served = new int[1];
            Reader reader = new Reader() {
                private final Reader lines = new StringReader("{\"type\": \"CONNECTION\"}\n{\"type\": \"MESSAGE\"}\n");

                @Override
                public int read(char[] buffer, int offset, int length) throws IOException {
                    int n = lines.read(buffer, offset, Math.min(length, 1));
                    served[0] += Math.max(n, 0);
                    return n;
                }

                @Override
                public void close() {}
            };
            Iterator<RequestJson.Line> lines = RequestJson.readLines(reader).iterator();

            assertThat(lines.next().number()).isEqualTo(1);
            assertThat(served[0]).isEqualTo(23);
        }

        @Test
        void canBeIteratedOnlyOnce() {
            RequestJson.Lines lines = RequestJson.readLines(new StringReader("{\"type\": \"CONNECTION\"}"));
            lines.iterator();

            assertThatThrownBy(lines::iterator).isInstanceOf(IllegalStateException.class)
                    .hasMessage("the lines can be iterated only once");
        }

        @Test
        void closingClosesTheInput() throws IOException {
            boolean[] closed = new boolean[1];
            InputStream in = new ByteArrayInputStream(new byte[0]) {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };

            RequestJson.readLines(in).close();

            assertThat(closed[0]).isTrue();
        }

        @Test
        void aFailingInputSurfacesAsAnUncheckedIoException() {
            InputStream broken = new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("disk on fire");
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    throw new IOException("disk on fire");
                }
            };
            Iterator<RequestJson.Line> lines = RequestJson.readLines(broken).iterator();

            assertThatThrownBy(lines::hasNext).isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk on fire");
        }

        @Test
        void nextBeyondTheEndThrows() {
            Iterator<RequestJson.Line> lines = RequestJson.readLines(new StringReader("\n")).iterator();

            assertThat(lines.hasNext()).isFalse();
            assertThatThrownBy(lines::next).isInstanceOf(java.util.NoSuchElementException.class);
        }

        @Test
        void aLineHasEitherARequestOrAnError() {
            assertThatThrownBy(() -> new RequestJson.Line(1, null, null)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a line has either a request or an error");
            assertThatThrownBy(() -> new RequestJson.Line(0, null, new dev.knigge.request.InvalidRequestException("$", "x")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("number must be at least 1 (was 0)");
        }
    }
}
