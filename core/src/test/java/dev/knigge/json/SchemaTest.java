package dev.knigge.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.Advice;
import dev.knigge.advice.Evidence;
import dev.knigge.advice.Finding;
import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import dev.knigge.internal.Limits;
import dev.knigge.internal.json.AdviceDecoder;
import dev.knigge.internal.json.RequestDecoder;
import dev.knigge.request.Account;
import dev.knigge.request.AddressForm;
import dev.knigge.request.InvalidRequestException;
import dev.knigge.request.Platform;
import dev.knigge.request.RequestType;
import dev.knigge.testing.JsonTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SchemaTest {

    static final Map<String, Object> REQUEST = resource("/knigge/schema/request-v1.schema.json");
    static final Map<String, Object> ADVICE = resource("/knigge/schema/advice-v1.schema.json");

    /** A schema from the classpath, as a tree. */
    static Map<String, Object> resource(String name) {
        try (InputStream in = SchemaTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return JsonTree.object(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every property of a schema as a path ({@code relationship.degree}, {@code findings[].rule}), following {@code $ref}s. */
    static Set<String> properties(Map<String, Object> root) {
        Set<String> paths = new TreeSet<>();
        collect(root, resolve(root, root), "", paths);
        return paths;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Map<String, Object> root, Map<String, Object> schema, String prefix, Set<String> paths) {
        Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
        if (properties != null) {
            assertThat(schema.get("additionalProperties")).as("additionalProperties at " + prefix).isEqualTo(false);
            for (Map.Entry<String, Object> property : properties.entrySet()) {
                String path = prefix + property.getKey();
                paths.add(path);
                collect(root, resolve(root, (Map<String, Object>) property.getValue()), path + ".", paths);
            }
        }
        Object items = schema.get("items");
        if (items != null) {
            String container = prefix.substring(0, prefix.length() - 1);
            collect(root, resolve(root, (Map<String, Object>) items), container + "[].", paths);
        }
    }

    /** A schema with its {@code $ref} (to {@code #/$defs/…}) merged in. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> resolve(Map<String, Object> root, Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = ((String) ref).substring("#/$defs/".length());
        Map<String, Object> target = (Map<String, Object>) ((Map<String, Object>) root.get("$defs")).get(name);
        assertThat(target).as("$ref " + ref).isNotNull();
        Map<String, Object> merged = new LinkedHashMap<>(resolve(root, target));
        schema.forEach((key, value) -> {
            if (!key.equals("$ref")) {
                merged.put(key, value);
            }
        });
        return merged;
    }

    /** The (resolved) schema of a property path such as {@code relationship.degree}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> at(Map<String, Object> root, String path) {
        Map<String, Object> schema = root;
        for (String step : path.split("\\.")) {
            schema = resolve(root, (Map<String, Object>) ((Map<String, Object>) schema.get("properties")).get(step));
        }
        return schema;
    }

    /** Every key path of a written JSON value, in the schema's notation. */
    @SuppressWarnings("unchecked")
    static void keys(Object value, String prefix, Set<String> paths) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
                paths.add(prefix + entry.getKey());
                keys(entry.getValue(), prefix + entry.getKey() + ".", paths);
            }
        } else if (value instanceof List<?> list) {
            String container = prefix.substring(0, prefix.length() - 1);
            for (Object item : list) {
                keys(item, container + "[].", paths);
            }
        }
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    @Nested
    class TheRequestSchema {

        private Set<String> decoderFields() {
            Set<String> paths = new TreeSet<>();
            RequestDecoder.fields().forEach((object, fields) -> {
                for (String field : fields) {
                    paths.add(object.isEmpty() ? field : object + "." + field);
                }
            });
            return paths;
        }

        @Test
        void hasExactlyTheFieldsTheDecoderKnows() {
            assertThat(properties(REQUEST)).isEqualTo(decoderFields()).hasSize(14 + 6 + 10 + 13 + 6 + 6 + 9);
        }

        @Test
        void everyFieldInItIsReadByTheDecoder() {
            for (String path : properties(REQUEST)) {
                boolean object = at(REQUEST, path).get("properties") != null;
                String[] steps = path.split("\\.");
                String value = object ? "[]" : "{}";
                String json = steps.length == 1
                        ? "{\"type\": \"CONNECTION\", \"" + steps[0] + "\": " + value + "}"
                        : "{\"type\": \"CONNECTION\", \"" + steps[0] + "\": {\"" + steps[1] + "\": " + value + "}}";
                if (path.equals("type")) {
                    json = "{\"type\": {}}";
                }
                try {
                    RequestJson.read(json);
                    throw new AssertionError("accepted " + json);
                } catch (InvalidRequestException e) {
                    assertThat(e.getMessage()).as(json).startsWith("$." + path + ": expected ");
                }
            }
        }

        @Test
        void requiresOnlyTheType() {
            assertThat(REQUEST.get("required")).isEqualTo(List.of("type"));
            assertThat(at(REQUEST, "type").get("type")).isEqualTo("string");
        }

        @Test
        void allowsNullForEveryFieldButTheType() {
            for (String path : properties(REQUEST)) {
                Object type = at(REQUEST, path).get("type");
                if (!path.equals("type")) {
                    assertThat(type).as(path).isInstanceOf(List.class);
                    assertThat(((List<?>) type).contains("null")).as(path + " allows null").isTrue();
                }
            }
        }

        @Test
        void hasTheEnumsOfTheApi() {
            assertThat(at(REQUEST, "type").get("enum")).isEqualTo(names(RequestType.values()));
            assertThat(at(REQUEST, "platform").get("enum")).isEqualTo(withNull(names(Platform.values())));
            assertThat(at(REQUEST, "requester.account").get("enum")).isEqualTo(withNull(names(Account.values())));
            assertThat(at(REQUEST, "relationship.addressForm").get("enum")).isEqualTo(withNull(names(AddressForm.values())));
        }

        @Test
        void hasTheLimitsOfTheDecoder() {
            assertThat(at(REQUEST, "note").get("maxLength")).isEqualTo(Limits.MAX_NOTE);
            assertThat(at(REQUEST, "subject").get("maxLength")).isEqualTo(Limits.MAX_SUBJECT);
            for (String path : properties(REQUEST)) {
                Map<String, Object> schema = at(REQUEST, path);
                Object type = schema.get("type");
                if (path.equals("note") || path.equals("subject") || path.equals("language")) {
                    continue;
                }
                if (type.equals(List.of("string", "null")) && schema.get("enum") == null) {
                    assertThat(schema.get("maxLength")).as(path).isEqualTo(Limits.MAX_STRING);
                }
                if (type.equals(List.of("array", "null"))) {
                    assertThat(schema.get("maxItems")).as(path).isEqualTo(Limits.MAX_ITEMS);
                    assertThat(schema.get("items")).as(path).isEqualTo(Map.of("type", "string", "maxLength", Limits.MAX_STRING));
                }
                if (type.equals(List.of("integer", "null"))) {
                    assertThat(schema.get("maximum")).as(path).isEqualTo(path.equals("relationship.degree") ? 3 : Integer.MAX_VALUE);
                }
            }
        }

        private List<String> withNull(List<String> names) {
            List<String> list = new ArrayList<>(names);
            list.add(null);
            return list;
        }
    }

    @Nested
    class TheAdviceSchema {

        @Test
        void hasExactlyTheFieldsTheWriterWrites() {
            Advice full = new Advice("req-1", Verdict.REVISE, "professional", "1.0.0", Locale.GERMAN,
                    List.of(new Finding("GEN-NO-PURPOSE", Severity.WARNING, "t", "r", "s", List.of(new Evidence(0, 2, "Hi")))),
                    List.of("note-language"),
                    List.of(new Advice.Firing("GEN-NO-PURPOSE", "GEN-NO-PURPOSE no purpose", () -> List.of("Note[…]"))));
            Set<String> written = new TreeSet<>();
            keys(JsonTree.parse(AdviceJson.compact().withTrace().write(full, 1)), "", written);

            assertThat(properties(ADVICE)).isEqualTo(written).contains("findings[].evidence[].text", "trace[].facts");
        }

        @Test
        void hasExactlyTheFieldsTheReaderKnows() {
            Set<String> known = new TreeSet<>();
            Map<String, String> prefixes = Map.of("", "", "findings", "findings[].", "evidence", "findings[].evidence[].",
                    "trace", "trace[].");
            AdviceDecoder.fields().forEach((object, fields) -> fields.forEach(field -> known.add(prefixes.get(object) + field)));

            assertThat(properties(ADVICE)).isEqualTo(known);
        }

        @Test
        void requiresWhatTheWriterAlwaysWrites() {
            assertThat(ADVICE.get("required")).isEqualTo(
                    List.of("verdict", "policy", "policyVersion", "locale", "findings", "unchecked"));
        }

        @Test
        void hasTheEnumsOfTheApi() {
            assertThat(at(ADVICE, "verdict").get("enum")).isEqualTo(names(Verdict.values()));
        }

        @Test
        @SuppressWarnings("unchecked")
        void hasTheSeveritiesOfTheApi() {
            Map<String, Object> finding = (Map<String, Object>) at(ADVICE, "findings").get("items");
            Map<String, Object> severity = (Map<String, Object>) ((Map<String, Object>) finding.get("properties")).get("severity");

            assertThat(severity.get("enum")).isEqualTo(names(Severity.values()));
        }
    }

    @Test
    void bothSchemasAreDraft2020WithAnIdAndADescription() {
        for (Map<String, Object> schema : List.of(REQUEST, ADVICE)) {
            assertThat(schema.get("$schema")).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat((String) schema.get("$id")).startsWith("https://knigge.dev/schema/");
            assertThat(schema).containsKey("description");
        }
    }
}
