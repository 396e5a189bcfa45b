package dev.knigge.internal.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.knigge.advice.Verdict;
import dev.knigge.internal.Limits;
import dev.knigge.internal.Suggestions;
import dev.knigge.internal.json.Json;
import dev.knigge.internal.json.RequestDecoder;
import dev.knigge.request.InvalidRequestException;
import dev.knigge.request.ReviewRequest;
import dev.knigge.scenario.Scenario;
import dev.knigge.scenario.ScenarioProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one scenario file in two passes: the first looks only at the top-level keys to tell a
 * scenario from any other JSON file, the second reads it field by field, the request with the
 * request codec. Stateless and thread-safe. Hand-written on jackson-core's streaming parser: each
 * problem names its JSON path and line, and embedders get no jackson-databind.
 */
final class ScenarioReader {
    /** The largest scenario file: a request of up to 1 MiB and what the scenario says about it. */
    static final int MAX_BYTES = 2 << 20;

    private static final List<String> ROOT = List.of("title", "request", "locale", "expect", "alsoOk", "source",
            "judgement");
    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}(-([A-Za-z]{2}|[0-9]{3}))?");

    private ScenarioReader() {}

    /**
     * What reading one file gave: a scenario, a problem, or neither (the file is not a scenario).
     *
     * @param scenario the scenario, or {@code null}
     * @param problem why the file cannot be run, or {@code null}
     */
    record Read(Scenario scenario, ScenarioProblem problem) {
        static final Read SKIPPED = new Read(null, null);

        boolean skipped() {
            return scenario == null && problem == null;
        }
    }

    static Read read(Path file) {
        try {
            if (!isScenario(file)) {
                return Read.SKIPPED;
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return new Read(null, new ScenarioProblem(file, 0, "",
                        "larger than 2 MiB (" + MAX_BYTES + " bytes): a scenario holds one request"));
            }
            return new Read(parse(file, Files.readAllBytes(file)), null);
        } catch (Bad e) {
            return new Read(null, e.in(file));
        } catch (AccessDeniedException e) {
            return new Read(null, new ScenarioProblem(file, 0, "", "permission denied"));
        } catch (IOException e) {
            return new Read(null, new ScenarioProblem(file, 0, "", "cannot be read: " + e.getMessage()));
        }
    }

    /**
     * Whether the file is meant as a scenario: a JSON object with an {@code expect} key, or with a
     * {@code request} key or a near miss of {@code expect} (so a typo is reported, not skipped).
     */
    private static boolean isScenario(Path file) throws IOException, Bad {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = Json.factory().createParser(in)) {
            try {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return false;
                }
                boolean scenario = false;
                String field;
                while ((field = parser.nextFieldName()) != null) {
                    scenario |= field.equals("expect") || field.equals("request")
                            || Suggestions.closest(field, List.of("expect")) != null;
                    parser.nextToken();
                    parser.skipChildren();
                }
                return scenario;
            } catch (JsonProcessingException e) {
                throw JsonErrors.translate(e, parser);
            }
        }
    }

    private static Scenario parse(Path file, byte[] json) throws IOException, Bad {
        try (JsonParser parser = Json.factory().createParser(json)) {
            try {
                return scenario(file, parser);
            } catch (JsonProcessingException e) {
                throw JsonErrors.translate(e, parser);
            }
        }
    }

    private static Scenario scenario(Path file, JsonParser parser) throws IOException, Bad {
        parser.nextToken();
        String title = null;
        String source = null;
        String judgement = null;
        ReviewRequest request = null;
        Locale locale = null;
        ExpectationReader.Expect expect = null;
        Map<Verdict, Integer> alsoOk = Map.of();
        String field;
        while ((field = parser.nextFieldName()) != null) {
            switch (field) {
                case "title" -> title = text(parser, "$.title", false, Limits.MAX_STRING);
                case "source" -> source = text(parser, "$.source", true, Limits.MAX_STRING);
                case "judgement" -> judgement = text(parser, "$.judgement", true, Limits.MAX_NOTE);
                case "request" -> request = request(parser);
                case "locale" -> locale = locale(parser);
                case "expect" -> expect = ExpectationReader.read(parser);
                case "alsoOk" -> alsoOk = ExpectationReader.alsoOk(parser);
                default -> throw new Bad(JsonErrors.line(parser), JsonErrors.member("$", field),
                        "unknown field" + Suggestions.didYouMean(field, ROOT));
            }
        }
        int end = JsonErrors.line(parser);
        if (parser.nextToken() != null) {
            throw new Bad(JsonErrors.line(parser), "$", "unexpected content after the scenario");
        }
        if (title == null) {
            throw new Bad(end, "$.title", "required field is missing");
        }
        if (request == null) {
            throw new Bad(end, "$.request", "required field is missing");
        }
        if (expect == null) {
            throw new Bad(end, "$.expect", "required field is missing");
        }
        return new Scenario(file, title, request, locale, ExpectationReader.expectation(expect, alsoOk), source, judgement);
    }

    /** A string that is not blank once stripped and at most {@code limit} long; {@code null} is allowed for an optional one. */
    private static String text(JsonParser parser, String path, boolean optional, int limit) throws IOException, Bad {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NULL && optional) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw new Bad(JsonErrors.line(parser), path, token == JsonToken.VALUE_NULL ? "must not be null"
                    : "expected a string, got " + Json.describe(token));
        }
        String text = parser.getText().strip();
        if (text.isEmpty()) {
            throw new Bad(JsonErrors.line(parser), path, "must not be blank");
        }
        if (text.length() > limit) {
            throw new Bad(JsonErrors.line(parser), path, "longer than " + limit + " characters");
        }
        return text;
    }

    private static ReviewRequest request(JsonParser parser) throws IOException, Bad {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_OBJECT) {
            throw new Bad(JsonErrors.line(parser), "$.request", token == JsonToken.VALUE_NULL ? "must not be null"
                    : "expected an object (a request in the JSON request format v1), got " + Json.describe(token));
        }
        try {
            return RequestDecoder.decode(parser, "$.request");
        } catch (InvalidRequestException e) {
            throw new Bad(JsonErrors.line(parser), e.path(), e.problem());
        }
    }

    private static Locale locale(JsonParser parser) throws IOException, Bad {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw new Bad(JsonErrors.line(parser), "$.locale", "expected a string, got " + Json.describe(token));
        }
        String tag = parser.getText();
        if (!LOCALE.matcher(tag).matches()) {
            throw new Bad(JsonErrors.line(parser), "$.locale", "not a locale: " + Json.quote(tag)
                    + " (expected a language tag such as \"de\" or \"de-AT\")");
        }
        return Locale.forLanguageTag(tag);
    }
}
