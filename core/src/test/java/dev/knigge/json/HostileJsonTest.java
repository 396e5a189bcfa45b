package dev.knigge.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.internal.json.Json;
import dev.knigge.request.InvalidRequestException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the fuzz properties found, and what the reader must never do, as examples. */
class HostileJsonTest {

    @Nested
    class TextThatLooksLikeUtf32 {
        // Zero bytes make Jackson guess UTF-32 (or an odd UCS-4 byte order); such input used to
        // escape as a CharConversionException, and as an NDJSON line it ended the whole batch.
        private final byte[] guessedUtf32 = {0, 0, 0, '{', 0x7f, 0x7f, 0x7f, 0x7f};
        private final byte[] oddByteOrder = {0, '{', 0, 0};

        @Test
        void isMalformedJsonFromAStream() {
            for (byte[] bytes : List.of(guessedUtf32, oddByteOrder)) {
                assertThatThrownBy(() -> RequestJson.read(new ByteArrayInputStream(bytes)))
                        .isInstanceOf(InvalidRequestException.class)
                        .hasMessageStartingWith("$: malformed JSON: the text cannot be decoded (");
            }
        }

        @Test
        void isOneBadLineOfAnNdjsonBatchAndTheRestIsRead() throws IOException {
            ByteArrayOutputStream batch = new ByteArrayOutputStream();
            batch.write("{\"id\": \"before\", \"type\": \"MESSAGE\"}\n".getBytes(StandardCharsets.UTF_8));
            batch.write(guessedUtf32);
            batch.write('\n');
            batch.write(oddByteOrder);
            batch.write("\n{\"id\": \"after\", \"type\": \"MESSAGE\"}\n".getBytes(StandardCharsets.UTF_8));
            List<RequestJson.Line> lines = RequestLinesTest.all(
                    RequestJson.readLines(new ByteArrayInputStream(batch.toByteArray())));
            assertThat(lines).extracting(RequestJson.Line::number).containsExactly(1, 2, 3, 4);
            assertThat(lines.get(0).request().id()).isEqualTo("before");
            assertThat(lines.get(1).error()).hasMessageStartingWith("$: malformed JSON: the text cannot be decoded (");
            assertThat(lines.get(2).error()).hasMessageStartingWith("$: malformed JSON: the text cannot be decoded (");
            assertThat(lines.get(3).request().id()).isEqualTo("after");
        }
    }

    @Nested
    class NoPolymorphicTyping {
        @ParameterizedTest
        @ValueSource(strings = {"@class", "@type", "$type", "@c", "__proto__", "$ref"})
        void typeHintsAreUnknownFieldsWherever(String hint) {
            String value = "\"java.lang.ProcessBuilder\"";
            StringBuilder step = new StringBuilder();
            Json.appendName(step, hint);
            assertThat(RequestJsonTest.errorOf("{\"type\": \"MESSAGE\", \"" + hint + "\": " + value + "}"))
                    .startsWith("$" + step + ": unknown field").doesNotContain("Process");
            assertThat(RequestJsonTest.errorOf("{\"type\": \"MESSAGE\", \"requester\": {\"" + hint + "\": " + value + "}}"))
                    .startsWith("$.requester" + step + ": unknown field");
        }

        @Test
        void aValueIsNeverAnObjectThatNamesItsClass() {
            assertThat(RequestJsonTest.errorOf(
                    "{\"type\": \"MESSAGE\", \"note\": {\"@class\": \"java.net.URL\", \"value\": \"http://x\"}}"))
                    .isEqualTo("$.note: expected a string, got an object");
            assertThat(RequestJsonTest.errorOf(
                    "{\"type\": [\"java.lang.Runtime\", {}]}"))
                    .startsWith("$.type: expected one of CONNECTION");
        }

        @Test
        void theReaderHasNoDataBindingToDoItWith() {
            // Knigge reads with jackson-core's streaming parser alone; data binding, which is where
            // polymorphic typing lives, is not even on the class path.
            assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"))
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Nested
    class DuplicateKeys {
        @Test
        void areRefusedAtEveryLevelEvenWithTheSameValue() {
            assertThat(RequestJsonTest.errorOf("{\"type\": \"MESSAGE\", \"type\": \"MESSAGE\"}"))
                    .isEqualTo("$.type: duplicate field");
            assertThat(RequestJsonTest.errorOf(
                    "{\"type\": \"MESSAGE\", \"recipient\": {\"firstName\": \"A\", \"firstName\": \"B\"}}"))
                    .isEqualTo("$.recipient.firstName: duplicate field");
            assertThat(RequestJsonTest.errorOf(
                    "{\"type\": \"MESSAGE\", \"declared\": {\"bigAsk\": null, \"bigAsk\": true}}"))
                    .isEqualTo("$.declared.bigAsk: duplicate field");
        }
    }
}
