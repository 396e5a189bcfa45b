package dev.knigge.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An NDJSON batch that mixes good requests (some with notes built to make a matcher work hard)
 * with malformed, oversized and hostile lines, and what the command must make of it: every good
 * line reviewed, every bad one reported with its line number.
 */
final class HostileBatch {
    /** The ids of the good requests, in input order, by line number. */
    final Map<Integer, String> good = new LinkedHashMap<>();
    /**
     * How every bad line must be reported, by line number: the JSON path and the start of the
     * problem, or (for malformed JSON, reported at the last path the parser reached) just the kind.
     */
    final Map<Integer, String> bad = new LinkedHashMap<>();
    /** What a report of malformed JSON starts with: some path, then the kind of problem. */
    static final String MALFORMED = "$…: malformed JSON";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private int line;

    private HostileBatch() {}

    /** Writes the batch to {@code file}. */
    static HostileBatch write(Path file) throws IOException {
        HostileBatch batch = new HostileBatch();
        batch.build();
        Files.write(file, batch.bytes.toByteArray());
        return batch;
    }

    private void build() {
        String emojiAndScripts = mixedScripts(20_000);
        good("plain", "{\"id\": \"plain\", \"type\": \"CONNECTION\", \"language\": \"en\", "
                + "\"note\": \"Hi Anna, we met at the Hamburg meetup. I'd like to stay in touch.\"}");
        bad("{\"id\": \"truncated\", \"type\": \"CONNECTION\", \"note\": \"Hi", MALFORMED);
        good("run-of-one-character", "{\"id\": \"run-of-one-character\", \"type\": \"MESSAGE\", \"note\": \""
                + "a".repeat(20_000) + "\"}");
        blank("");
        bad("{\"id\": \"over-the-note-limit\", \"type\": \"MESSAGE\", \"note\": \"" + "a".repeat(20_001) + "\"}",
                "$.note: longer than 20000 characters (20001)");
        good("mixed-scripts-and-emoji", "{\"id\": \"mixed-scripts-and-emoji\", \"type\": \"INMAIL\", \"subject\": \""
                + "\u202Eevil\u202C 👩‍💻".repeat(50) + "\", \"note\": \"" + emojiAndScripts + "\"}");
        bad("{\"id\": \"single-quotes\", 'type': 'MESSAGE'}", MALFORMED);
        good("repeated-phrases", "{\"id\": \"repeated-phrases\", \"type\": \"RECOMMENDATION\", \"language\": \"de\", "
                + "\"note\": \"" + "Hallo Herr Krause, könnten Sie mir bitte eine Empfehlung schreiben? ".repeat(250)
                + "\", \"recipient\": {\"lastName\": \"Krause\"}}");
        bad("{\"id\": \"duplicate\", \"type\": \"MESSAGE\", \"type\": \"CONNECTION\"}", "$.type: duplicate field");
        bad("{\"id\": \"class-hint\", \"type\": \"MESSAGE\", \"@class\": \"java.lang.ProcessBuilder\"}",
                "$['@class']: unknown field");
        bad("{\"id\": \"deep\", \"type\": \"MESSAGE\", \"topics\": " + "[".repeat(40) + "]".repeat(40) + "}",
                "$.topics[0]: expected a string, got an array");
        bad("{\"id\": \"too-many-topics\", \"type\": \"MESSAGE\", \"topics\": ["
                + String.join(",", Collections.nCopies(1_001, "\"t\"")) + "]}", "$.topics: more than 1000 items (1001)");
        bad("{\"id\": \"long-name\", \"type\": \"MESSAGE\", \"recipient\": {\"firstName\": \"" + "n".repeat(1_001) + "\"}}",
                "$.recipient.firstName: longer than 1000 characters (1001)");
        bad("{\"id\": \"negative\", \"type\": \"MESSAGE\", \"relationship\": {\"mutualContacts\": -5}}",
                "$.relationship.mutualContacts: must not be negative (was -5)");
        bad("{\"id\": \"huge-number\", \"type\": \"MESSAGE\", \"group\": {\"posts\": " + "9".repeat(1_001) + "}}",
                "$.group.posts: number longer than 1000 digits");
        bad("{\"id\": \"nan\", \"type\": \"MESSAGE\", \"activity\": {\"acceptanceRate\": NaN}}", MALFORMED);
        bad("{\"id\": \"oversized\", \"type\": \"MESSAGE\", \"skill\": \"" + "x".repeat(1_100_000) + "\"}",
                "$: request larger than 1 MiB");
        raw(new byte[] {'{', '"', 'n', 'o', 't', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, MALFORMED);
        raw(new byte[] {0, 0, 0, '{', 0x7f, 0x7f, 0x7f, 0x7f}, "$: malformed JSON: the text cannot be decoded");
        good("escaped-controls", "{\"id\": \"escaped-controls\", \"type\": \"MESSAGE\", "
                + "\"note\": \"\\u0000\\u0007 zero\\u200bwidth \\ud800 lone \\uDC00\\\"quoted\\\"\\n\\tHi\"}");
        bad("{\"id\": \"typo\", \"type\": \"CONNECTION\", \"relationship\": {\"knowsEachOther\": true}}",
                "$.relationship.knowsEachOther: unknown field (did you mean \"knowEachOther\"?)");
        bad("[{\"id\": \"array\", \"type\": \"MESSAGE\"}]", "$: expected an object, got an array");
        bad("{\"id\": \"trailing\", \"type\": \"MESSAGE\"} {\"type\": \"MESSAGE\"}", "$: unexpected content after the request");
        blank("   \t");
        good("crlf-and-last", "{\"id\": \"crlf-and-last\", \"type\": \"ENDORSEMENT\", \"skill\": \"Kanban\"}\r");
    }

    private void good(String id, String json) {
        good.put(++line, id);
        append(json.getBytes(StandardCharsets.UTF_8));
    }

    private void bad(String json, String reported) {
        bad.put(++line, reported);
        append(json.getBytes(StandardCharsets.UTF_8));
    }

    private void raw(byte[] json, String reported) {
        bad.put(++line, reported);
        append(json);
    }

    private void blank(String text) {
        ++line;
        append(text.getBytes(StandardCharsets.UTF_8));
    }

    private void append(byte[] json) {
        bytes.writeBytes(json);
        bytes.write('\n');
    }

    /** Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari, CJK and emoji with joiners and modifiers, {@code codePoints} long. */
    static String mixedScripts(int codePoints) {
        String[] pieces = {"Grüße ", "Ελληνικά ", "Привет ", "مرحبا ", "שלום ", "नमस्ते ", "你好世界 ", "こんにちは ",
            "👩‍👩‍👧‍👦 ", "👍🏽 ", "🇩🇪 ", "e\u0301\u0302 ", "\u200d\u200c ", "Book a demo ", "I'm not selling anything. "};
        List<Integer> out = new ArrayList<>(codePoints);
        for (int i = 0; out.size() < codePoints; i++) {
            pieces[i % pieces.length].codePoints().forEach(out::add);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            text.appendCodePoint(out.get(i));
        }
        return text.toString();
    }
}
