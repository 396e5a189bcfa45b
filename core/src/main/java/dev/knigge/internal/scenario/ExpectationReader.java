package dev.knigge.internal.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import dev.knigge.internal.Suggestions;
import dev.knigge.internal.json.Json;
import dev.knigge.scenario.Expectation;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a scenario's {@code expect} object and its top-level {@code alsoOk} list, and checks that
 * together they can hold at all. Hand-written on jackson-core's streaming parser: each problem
 * names its JSON path and the line of the very value, which data binding does not keep.
 */
final class ExpectationReader {
    private static final List<String> FIELDS = List.of("verdict", "rules", "maybe");
    private static final Pattern RULE_ID = Pattern.compile("[A-Z]+(-[A-Z0-9]+)+");

    private ExpectationReader() {}

    /**
     * An {@code expect} object as read, before {@code alsoOk} (which may come later in the file) joins it.
     *
     * @param rules the required rules, or {@code null} when the object has no {@code rules} key (verdict-only)
     * @param maybe the allowed rules, each with its line
     * @param maybeLine the line of the {@code maybe} key, or 0 when the object has none
     */
    record Expect(Verdict verdict, int verdictLine, SortedMap<String, Severity> rules, Map<String, Integer> maybe,
                  int maybeLine) {}

    /** Reads the value after the {@code expect} key: the parser is on that key. */
    static Expect read(JsonParser parser) throws IOException, Bad {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_OBJECT) {
            throw new Bad(JsonErrors.line(parser), "$.expect", token == JsonToken.VALUE_NULL ? "must not be null"
                    : "expected an object, got " + Json.describe(token));
        }
        Verdict verdict = null;
        int verdictLine = JsonErrors.line(parser);
        TreeMap<String, Severity> rules = null;
        Map<String, Integer> maybe = new LinkedHashMap<>();
        int maybeLine = 0;
        String field;
        while ((field = parser.nextFieldName()) != null) {
            switch (field) {
                case "verdict" -> {
                    verdict = value(parser, "$.expect.verdict", Verdict.values(), "verdict");
                    verdictLine = JsonErrors.line(parser);
                }
                case "rules" -> {
                    rules = new TreeMap<>();
                    rules(parser, rules);
                }
                case "maybe" -> {
                    maybeLine = JsonErrors.line(parser);
                    maybe(parser, maybe);
                }
                default -> throw new Bad(JsonErrors.line(parser), JsonErrors.member("$.expect", field),
                        "unknown field" + Suggestions.didYouMean(field, FIELDS));
            }
        }
        if (verdict == null) {
            throw new Bad(JsonErrors.line(parser), "$.expect.verdict", "required field is missing");
        }
        return new Expect(verdict, verdictLine, rules, maybe, maybeLine);
    }

    /** Reads the value after the top-level {@code alsoOk} key: each verdict with its line, in order. */
    static Map<Verdict, Integer> alsoOk(JsonParser parser) throws IOException, Bad {
        Map<Verdict, Integer> alsoOk = new LinkedHashMap<>();
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            return alsoOk;
        }
        if (token != JsonToken.START_ARRAY) {
            throw new Bad(JsonErrors.line(parser), "$.alsoOk",
                    "expected an array of verdicts, such as [\"REVISE\"], got " + Json.describe(token));
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String path = "$.alsoOk[" + index++ + "]";
            Verdict verdict = named(parser, path, Verdict.values(), "verdict");
            int line = JsonErrors.line(parser);
            if (alsoOk.putIfAbsent(verdict, line) != null) {
                throw new Bad(line, path, verdict + " is listed twice");
            }
        }
        return alsoOk;
    }

    /** The expectation of an {@code expect} object and the scenario's {@code alsoOk} verdicts, once it is known it can hold. */
    static Expectation expectation(Expect expect, Map<Verdict, Integer> alsoOk) throws Bad {
        int index = 0;
        for (Map.Entry<Verdict, Integer> also : alsoOk.entrySet()) {
            if (also.getKey() == expect.verdict()) {
                throw new Bad(also.getValue(), "$.alsoOk[" + index + "]", also.getKey()
                        + " is already $.expect.verdict; list only the other verdicts that pass");
            }
            index++;
        }
        if (expect.rules() == null) {
            if (expect.maybeLine() > 0) {
                throw new Bad(expect.maybeLine(), "$.expect.maybe", "needs $.expect.rules: without rules only the "
                        + "verdict is checked, and any rule may fire (give \"rules\": {} to allow only the rules in maybe)");
            }
            return new Expectation(expect.verdict(), new TreeSet<>(alsoOk.keySet()), true, new TreeMap<>(), new TreeSet<>());
        }
        index = 0;
        for (Map.Entry<String, Integer> entry : expect.maybe().entrySet()) {
            if (expect.rules().containsKey(entry.getKey())) {
                throw new Bad(entry.getValue(), "$.expect.maybe[" + index + "]", entry.getKey()
                        + " is already required in $.expect.rules; list it in one place");
            }
            index++;
        }
        boolean hasMaybe = !expect.maybe().isEmpty();
        checkVerdict(expect.verdict(), expect.rules(), hasMaybe, expect.verdictLine(), "$.expect.verdict");
        index = 0;
        for (Map.Entry<Verdict, Integer> also : alsoOk.entrySet()) {
            checkVerdict(also.getKey(), expect.rules(), hasMaybe, also.getValue(), "$.alsoOk[" + index++ + "]");
        }
        return new Expectation(expect.verdict(), new TreeSet<>(alsoOk.keySet()), false, expect.rules(),
                new TreeSet<>(expect.maybe().keySet()));
    }

    private static void rules(JsonParser parser, Map<String, Severity> rules) throws IOException, Bad {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            throw new Bad(JsonErrors.line(parser), "$.expect.rules",
                    "expected an object of rule ids and severities, such as {\"REC-STRANGER\": \"BLOCKER\"}, got "
                            + Json.describe(token));
        }
        String id;
        while ((id = parser.nextFieldName()) != null) {
            String path = JsonErrors.member("$.expect.rules", id);
            checkId(id, path, JsonErrors.line(parser));
            rules.put(id, value(parser, path, Severity.values(), "severity"));
        }
    }

    private static void maybe(JsonParser parser, Map<String, Integer> maybe) throws IOException, Bad {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        if (token != JsonToken.START_ARRAY) {
            throw new Bad(JsonErrors.line(parser), "$.expect.maybe",
                    "expected an array of rule ids, got " + Json.describe(token));
        }
        int index = 0;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            String path = "$.expect.maybe[" + index++ + "]";
            int line = JsonErrors.line(parser);
            if (token != JsonToken.VALUE_STRING) {
                throw new Bad(line, path, "expected a rule id, got " + Json.describe(token));
            }
            String id = parser.getText();
            checkId(id, path, line);
            if (maybe.putIfAbsent(id, line) != null) {
                throw new Bad(line, path, id + " is listed twice");
            }
        }
    }

    private static void checkId(String id, String path, int line) throws Bad {
        if (RULE_ID.matcher(id).matches()) {
            return;
        }
        String upper = id.strip().toUpperCase(Locale.ROOT);
        throw new Bad(line, path, "not a rule id: " + Json.quote(id) + (RULE_ID.matcher(upper).matches()
                ? " (did you mean \"" + upper + "\"?)" : " (rule ids are capitals, digits and hyphens, such as REC-STRANGER)"));
    }

    /** One of an enum's names, exactly as declared: the next value. */
    private static <E extends Enum<E>> E value(JsonParser parser, String path, E[] values, String kind)
            throws IOException, Bad {
        parser.nextToken();
        return named(parser, path, values, kind);
    }

    /** One of an enum's names, exactly as declared: the value the parser is on. */
    private static <E extends Enum<E>> E named(JsonParser parser, String path, E[] values, String kind)
            throws IOException, Bad {
        List<String> names = Arrays.stream(values).map(Enum::name).toList();
        JsonToken token = parser.currentToken();
        int line = JsonErrors.line(parser);
        if (token != JsonToken.VALUE_STRING) {
            throw new Bad(line, path, token == JsonToken.VALUE_NULL ? "must not be null"
                    : "expected one of " + String.join(", ", names) + ", got " + Json.describe(token));
        }
        String text = parser.getText();
        for (E value : values) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        String closest = Suggestions.closest(text, names);
        throw new Bad(line, path, "unknown " + kind + " " + Json.quote(text) + (closest != null
                ? " (did you mean \"" + closest + "\"?)" : " (expected one of " + String.join(", ", names) + ")"));
    }

    /** The verdict is the worst severity that fired: an expectation that contradicts it can never pass. */
    private static void checkVerdict(Verdict verdict, Map<String, Severity> rules, boolean hasMaybe, int line, String path)
            throws Bad {
        Severity worst = rules.values().stream().max(Enum::compareTo).orElse(null);
        Verdict least = worst == null ? Verdict.SEND : worst.verdict();
        if (least.compareTo(verdict) > 0) {
            String rule = rules.entrySet().stream().filter(e -> e.getValue() == worst).findFirst().orElseThrow().getKey();
            throw new Bad(line, path, verdict + " cannot be: " + rule + " at " + worst + " makes it "
                    + least + " (the verdict is the worst severity that fired)");
        }
        if (least.compareTo(verdict) < 0 && !hasMaybe) {
            throw new Bad(line, path, verdict + " cannot be: it needs a rule at "
                    + (verdict == Verdict.DO_NOT_SEND ? Severity.BLOCKER : Severity.WARNING)
                    + " in $.expect.rules (or one in $.expect.maybe that can give it)");
        }
    }
}
