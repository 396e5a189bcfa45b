package dev.knigge.internal.facts;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.knigge.internal.facts.FactReference.Accessor;
import dev.knigge.internal.facts.FactReference.Fact;
import dev.knigge.internal.facts.FactReference.Field;
import dev.knigge.internal.facts.FactReference.LexiconKey;
import dev.knigge.internal.json.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fact reference as JSON, for tools ({@code knigge facts --format json}). Its field names are
 * stable; fields may be added, never changed:
 *
 * <pre>
 * {"version": 1,
 *  "facts": [{"name": "Relationship", "class": "dev.knigge.request.Relationship", "meaning": "…",
 *             "fields": [{"name": "degree", "kind": "number", "type": "number", "values": [],
 *                         "nullable": false, "nullWhen": null, "meaning": "…", "source": "$.relationship.degree (default 0)"}],
 *             "accessors": []},
 *            {"name": "Parameters", …, "fields": [],
 *             "accessors": [{"name": "integer", "argument": "String", "returns": "number", "meaning": "…", "example": "…"}]}]}
 * </pre>
 *
 * {@code kind} is one of {@code boolean}, {@code number}, {@code text}, {@code enum}, {@code collection},
 * {@code fact}, {@code other}; {@code values} holds an enum's constants. The lexicon keys
 * ({@code knigge facts --lexicon --format json}):
 *
 * <pre>
 * {"version": 1, "policy": null, "policyVersion": null, "languages": [],
 *  "keys": [{"key": "purpose", "kind": "detector", "sets": ["statesPurpose"], "meaning": "…", "languages": []}],
 *  "classes": [{"key": "class.work", "languages": ["en"]}]}
 * </pre>
 *
 * {@code kind} is {@code detector} or {@code wordList}; {@code policy}, {@code policyVersion} and the
 * {@code languages} (those of the policy's lexicons, and those that define each key) are given with
 * {@code --policy} only, {@code classes} (the policy's word classes) too.
 */
public final class FactsJson {
    private FactsJson() {}

    /** Every fact with its fields and accessors. */
    public static String facts(FactReference reference) {
        StringWriter out = new StringWriter(16384);
        try (JsonGenerator g = Json.generator(out, true)) {
            g.writeStartObject();
            g.writeNumberField("version", 1);
            g.writeArrayFieldStart("facts");
            for (Fact fact : reference.facts()) {
                g.writeStartObject();
                g.writeStringField("name", fact.name());
                g.writeStringField("class", fact.className());
                g.writeStringField("meaning", fact.meaning());
                g.writeArrayFieldStart("fields");
                for (Field field : fact.fields()) {
                    g.writeStartObject();
                    g.writeStringField("name", field.name());
                    g.writeStringField("kind", field.kind());
                    g.writeStringField("type", field.type());
                    strings(g, "values", field.values());
                    g.writeBooleanField("nullable", field.nullable());
                    g.writeStringField("nullWhen", field.nullWhen());
                    g.writeStringField("meaning", field.meaning());
                    g.writeStringField("source", field.source());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("accessors");
                for (Accessor accessor : fact.accessors()) {
                    g.writeStartObject();
                    g.writeStringField("name", accessor.name());
                    g.writeStringField("argument", accessor.argument());
                    g.writeStringField("returns", accessor.returns());
                    g.writeStringField("meaning", accessor.meaning());
                    g.writeStringField("example", accessor.example());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** Every lexicon key with the Note fields it sets; with a policy, the languages that define each. */
    public static String lexicon(FactReference reference, PolicyLexicons policy) {
        StringWriter out = new StringWriter(8192);
        try (JsonGenerator g = Json.generator(out, true)) {
            g.writeStartObject();
            g.writeNumberField("version", 1);
            g.writeStringField("policy", policy == null ? null : policy.policy());
            g.writeStringField("policyVersion", policy == null ? null : policy.version());
            strings(g, "languages", policy == null ? List.of() : policy.languages());
            g.writeArrayFieldStart("keys");
            for (LexiconKey key : reference.lexiconKeys()) {
                g.writeStartObject();
                g.writeStringField("key", key.key());
                g.writeStringField("kind", key.detector() ? "detector" : "wordList");
                strings(g, "sets", key.sets());
                g.writeStringField("meaning", key.meaning());
                strings(g, "languages", policy == null ? List.of() : policy.languagesOf(key.key()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("classes");
            if (policy != null) {
                for (String key : policy.classes()) {
                    g.writeStartObject();
                    g.writeStringField("key", key);
                    strings(g, "languages", policy.languagesOf(key));
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }
}
