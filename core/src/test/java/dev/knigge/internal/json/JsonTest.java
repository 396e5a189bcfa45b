package dev.knigge.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void prettyJsonWritesEmptyPartsInlineAndEachDocumentOnALineOfItsOwn() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.generator(out, true)) {
            g.writeStartObject();
            g.writeArrayFieldStart("none");
            g.writeEndArray();
            g.writeObjectFieldStart("nothing");
            g.writeEndObject();
            g.writeArrayFieldStart("some");
            g.writeNumber(1);
            g.writeString("two");
            g.writeEndArray();
            g.writeEndObject();
            g.writeStartArray();
            g.writeEndArray();
        }

        assertThat(out).hasToString("{\n  \"none\": [],\n  \"nothing\": {},\n  \"some\": [\n    1,\n    \"two\"\n  ]\n}\n[]");
    }

    @Test
    void eachPrettyGeneratorCountsItsOwnNesting() throws IOException {
        StringWriter outer = new StringWriter();
        StringWriter inner = new StringWriter();
        try (JsonGenerator first = Json.generator(outer, true); JsonGenerator second = Json.generator(inner, true)) {
            first.writeStartObject();
            first.writeObjectFieldStart("a");
            second.writeStartObject();
            second.writeNumberField("b", 1);
            second.writeEndObject();
            first.writeNumberField("c", 2);
            first.writeEndObject();
            first.writeEndObject();
        }

        assertThat(inner).hasToString("{\n  \"b\": 1\n}");
        assertThat(outer).hasToString("{\n  \"a\": {\n    \"c\": 2\n  }\n}");
    }

    @Test
    void compactJsonHasNoWhiteSpace() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.generator(out, false)) {
            g.writeStartObject();
            g.writeArrayFieldStart("a");
            g.writeNumber(1);
            g.writeEndArray();
            g.writeEndObject();
        }

        assertThat(out).hasToString("{\"a\":[1]}");
    }
}
