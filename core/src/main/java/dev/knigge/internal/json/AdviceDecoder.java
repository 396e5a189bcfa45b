package dev.knigge.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.knigge.advice.Advice;
import dev.knigge.advice.Evidence;
import dev.knigge.advice.Finding;
import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import dev.knigge.request.InvalidRequestException;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the JSON advice format (v1) back into an {@link Advice}, for tools and round-trip tests.
 * As strict as the request decoder: unknown fields, wrong types and missing required fields are
 * {@link InvalidRequestException}s naming the JSON path. Stateless and thread-safe. Hand-written on
 * jackson-core's streaming parser, like the request decoder and for the same reasons.
 */
public final class AdviceDecoder {
    private static final List<String> ROOT = List.of("id", "line", "verdict", "policy", "policyVersion", "locale",
            "findings", "unchecked", "trace");
    private static final List<String> FINDING = List.of("rule", "severity", "title", "reason", "suggestion", "evidence");
    private static final List<String> EVIDENCE = List.of("start", "end", "text");
    private static final List<String> FIRING = List.of("rule", "name", "facts");
    private static final Names<Verdict> VERDICTS = new Names<>(Verdict.values());
    private static final Names<Severity> SEVERITIES = new Names<>(Severity.values());

    private AdviceDecoder() {}

    /** Decodes a whole document holding one advice object and nothing after it. */
    public static Advice decode(String json) {
        try (JsonParser parser = Json.factory().createParser(json.startsWith("\uFEFF") ? json.substring(1) : json)) {
            return document(parser);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("reading a string failed", e);
        }
    }

    /** Decodes a whole document read from {@code reader}, which it does not close. */
    public static Advice decode(Reader reader) throws IOException {
        PushbackReader in = new PushbackReader(reader);
        int first = in.read();
        if (first >= 0 && first != '\uFEFF') {
            in.unread(first);
        }
        try (JsonParser parser = Json.factory().createParser(in)) {
            return document(parser);
        }
    }

    private static Advice document(JsonParser parser) throws IOException {
        Cursor c = new Cursor(parser, "$", 1, true);
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw c.errorAtBase("expected an object, got an empty document");
            }
            if (token != JsonToken.START_OBJECT) {
                throw c.errorAtBase("expected an object, got " + Json.describe(token));
            }
            Advice advice = advice(c);
            try {
                token = parser.nextToken();
            } catch (JsonProcessingException e) {
                throw c.errorAtBase("unexpected content after the advice at "
                        + c.where(e.getLocation() != null ? e.getLocation() : parser.currentLocation()));
            }
            if (token != null) {
                throw c.errorAtBase("unexpected content after the advice at " + c.where(parser.currentTokenLocation()));
            }
            return advice;
        } catch (JsonProcessingException e) {
            throw c.translate(e);
        }
    }

    private static Advice advice(Cursor c) throws IOException {
        String id = null;
        Verdict verdict = null;
        String policy = null;
        String policyVersion = null;
        Locale locale = null;
        List<Finding> findings = null;
        List<String> unchecked = null;
        List<Advice.Firing> trace = List.of();
        String field;
        while ((field = c.nextField()) != null) {
            switch (field) {
                case "id" -> id = c.nextString();
                case "line" -> {
                    Integer line = c.nextWholeNumber();
                    if (line != null && line < 1) {
                        throw c.error("must be at least 1 (was " + line + ")");
                    }
                }
                case "verdict" -> {
                    verdict = c.nextEnum(VERDICTS);
                    if (verdict == null) {
                        throw c.error("must not be null");
                    }
                }
                case "policy" -> policy = c.nextRequiredString();
                case "policyVersion" -> policyVersion = c.nextRequiredString();
                case "locale" -> locale = Locale.forLanguageTag(c.nextRequiredString());
                case "findings" -> {
                    if (!c.nextArray("findings")) {
                        throw c.error("must not be null");
                    }
                    findings = new ArrayList<>();
                    while (c.nextObjectInArray()) {
                        findings.add(finding(c));
                    }
                }
                case "unchecked" -> {
                    unchecked = c.nextStrings(Integer.MAX_VALUE, Integer.MAX_VALUE);
                    if (unchecked == null) {
                        throw c.error("must not be null");
                    }
                }
                case "trace" -> {
                    List<Advice.Firing> firings = new ArrayList<>();
                    if (c.nextArray("rule firings")) {
                        while (c.nextObjectInArray()) {
                            firings.add(firing(c));
                        }
                    }
                    trace = firings;
                }
                default -> throw c.unknownField(ROOT);
            }
        }
        require(c, verdict, "verdict");
        require(c, policy, "policy");
        require(c, policyVersion, "policyVersion");
        require(c, locale, "locale");
        require(c, findings, "findings");
        require(c, unchecked, "unchecked");
        return new Advice(id, verdict, policy, policyVersion, locale, findings, unchecked, trace);
    }

    private static Finding finding(Cursor c) throws IOException {
        String rule = null;
        Severity severity = null;
        String title = null;
        String reason = null;
        String suggestion = null;
        List<Evidence> evidence = null;
        String field;
        while ((field = c.nextField()) != null) {
            switch (field) {
                case "rule" -> rule = c.nextRequiredString();
                case "severity" -> {
                    severity = c.nextEnum(SEVERITIES);
                    if (severity == null) {
                        throw c.error("must not be null");
                    }
                }
                case "title" -> title = c.nextRequiredString();
                case "reason" -> reason = c.nextRequiredString();
                case "suggestion" -> suggestion = c.nextRequiredString();
                case "evidence" -> {
                    if (!c.nextArray("spans")) {
                        throw c.error("must not be null");
                    }
                    evidence = new ArrayList<>();
                    while (c.nextObjectInArray()) {
                        evidence.add(evidence(c));
                    }
                }
                default -> throw c.unknownField(FINDING);
            }
        }
        require(c, rule, "rule");
        require(c, severity, "severity");
        require(c, title, "title");
        require(c, reason, "reason");
        require(c, suggestion, "suggestion");
        require(c, evidence, "evidence");
        return new Finding(rule, severity, title, reason, suggestion, evidence);
    }

    private static Evidence evidence(Cursor c) throws IOException {
        Integer start = null;
        Integer end = null;
        String text = null;
        String field;
        while ((field = c.nextField()) != null) {
            switch (field) {
                case "start" -> start = offset(c);
                case "end" -> end = offset(c);
                case "text" -> text = c.nextRequiredString();
                default -> throw c.unknownField(EVIDENCE);
            }
        }
        require(c, start, "start");
        require(c, end, "end");
        require(c, text, "text");
        if (end < start) {
            throw c.error("end " + end + " is before start " + start);
        }
        return new Evidence(start, end, text);
    }

    private static Integer offset(Cursor c) throws IOException {
        Integer value = c.nextWholeNumber();
        if (value == null) {
            throw c.error("must not be null");
        }
        if (value < 0) {
            throw c.error("must not be negative (was " + value + ")");
        }
        return value;
    }

    private static Advice.Firing firing(Cursor c) throws IOException {
        String rule = null;
        String name = null;
        List<String> facts = null;
        String field;
        while ((field = c.nextField()) != null) {
            switch (field) {
                case "rule" -> rule = c.nextRequiredString();
                case "name" -> name = c.nextRequiredString();
                case "facts" -> {
                    facts = c.nextStrings(Integer.MAX_VALUE, Integer.MAX_VALUE);
                    if (facts == null) {
                        throw c.error("must not be null");
                    }
                }
                default -> throw c.unknownField(FIRING);
            }
        }
        require(c, rule, "rule");
        require(c, name, "name");
        require(c, facts, "facts");
        List<String> described = List.copyOf(facts);
        return new Advice.Firing(rule, name, () -> described);
    }

    private static void require(Cursor c, Object value, String field) {
        if (value == null) {
            throw c.missing(field);
        }
    }

    /** The fields the decoder knows, by object: {@code ""}, {@code "findings"}, {@code "evidence"}, {@code "trace"}. */
    public static java.util.Map<String, List<String>> fields() {
        return java.util.Map.of("", ROOT, "findings", FINDING, "evidence", EVIDENCE, "trace", FIRING);
    }
}
