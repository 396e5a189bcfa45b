package dev.knigge.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.internal.json.RequestDecoder;
import dev.knigge.request.InvalidRequestException;
import dev.knigge.request.ReviewRequest;
import dev.knigge.testing.Guard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Hostile JSON for the codec's fuzz properties: good requests mutated at random, random trees of
 * the format's own field names with values of the right and the wrong type, and plain junk; and
 * the contract every read must keep.
 */
final class HostileJson {
    /** A JSON path as errors name it: {@code $}, then {@code .name}, {@code [3]} or {@code ['odd name']} steps. */
    static final Pattern PATH = Pattern.compile("\\$(\\.[A-Za-z_$][A-Za-z0-9_$]*|\\[\\d+]|\\['(?:[^'\\\\]|\\\\.)*'])*");

    private static final Map<String, List<String>> FIELDS = RequestDecoder.fields();
    private static final Set<String> PARTS = Set.of("requester", "recipient", "relationship", "activity", "group",
            "declared");
    private static final Set<String> BOOLEANS = Set.of("hasPhoto", "recruiter", "acceptsInMail", "acceptsGroupInvites",
            "knowEachOther", "workedTogether", "optedOut", "restricted", "requesterIsMember", "recipientIsMember",
            "statesPurpose", "statesContext", "containsPitch", "bigAsk", "specifics", "givesOut", "offersReciprocity",
            "saysWhyFits", "asksIntermediaryToCheck");
    private static final Set<String> COUNTS = Set.of("degree", "interactions", "mutualContacts", "sharedGroups",
            "connectedDays", "lastContactMonths", "unansweredSameType", "daysSinceLastSameType", "withdrawnDaysAgo",
            "similarSentLast7Days", "sameNoteRecipients", "pendingInvitations", "inMailCredits", "posts",
            "lastInviteDaysAgo");
    private static final Set<String> LISTS = Set.of("topics", "languages", "interests", "groups");

    private HostileJson() {}

    /** What reading one document gave: a request or the error naming the path. */
    record Outcome(ReviewRequest request, InvalidRequestException error) {
        boolean valid() {
            return request != null;
        }

        String path() {
            return error == null ? null : error.path();
        }

        @Override
        public String toString() {
            return valid() ? "a request" : error.getMessage();
        }
    }

    /**
     * Reads with the hang guard: a request, or an {@link InvalidRequestException} that names a
     * well-formed path in a one-line message. Anything else fails.
     */
    static Outcome read(String what, Callable<ReviewRequest> reading) {
        try {
            return new Outcome(Guard.within(what, reading), null);
        } catch (InvalidRequestException e) {
            checkError(e);
            return new Outcome(null, e);
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable e) {
            throw new AssertionError("reading " + what + " threw " + e + " instead of giving a request or an"
                    + " InvalidRequestException", e);
        }
    }

    /** An error names a JSON path and says on one line, briefly, what is wrong there. */
    static void checkError(InvalidRequestException e) {
        assertThat(e.path()).as("the path of %s", e.getMessage()).matches(PATH);
        assertThat(e.problem()).as("the problem of %s", e.getMessage()).isNotBlank();
        assertThat(e.getMessage()).isEqualTo(e.path() + ": " + e.problem())
                .doesNotContain("\n").doesNotContain("\r")
                .hasSizeLessThan(1_000);
    }

    // ---------------------------------------------------------------- documents

    /** Any document: mutated good requests, random trees of the format's fields, junk. */
    static Arbitrary<String> documents() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, mutated()),
                Tuple.of(4, trees()),
                Tuple.of(2, cleanTrees()),
                Tuple.of(1, goodDocuments()),
                Tuple.of(1, junkText()));
    }

    /** Good requests, each written by the codec. */
    static Arbitrary<String> goodDocuments() {
        return Arbitraries.oneOf(
                new RoundTripProperties().requests().map(RequestJson::write),
                Arbitraries.of(RequestJsonTest.resource("every-field-set.json"),
                        RequestJsonTest.resource("recommendation-de.json")));
    }

    /** A good request with one to four mutations. */
    static Arbitrary<String> mutated() {
        return Combinators.combine(goodDocuments(), mutation().list().ofMinSize(1).ofMaxSize(4))
                .as((json, mutations) -> {
                    String out = json;
                    for (UnaryOperator<String> mutation : mutations) {
                        out = mutation.apply(out);
                    }
                    return out;
                });
    }

    /** Text made of JSON's own characters and worse. */
    static Arbitrary<String> junkText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("{}[],:\"\\ntrufalse0123456789.-eE \t\r\n/*'u").ofMaxLength(80),
                Arbitraries.strings().ofMaxLength(80),
                junk().list().ofMaxSize(8).map(parts -> String.join("", parts)));
    }

    private static Arbitrary<UnaryOperator<String>> mutation() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        return Arbitraries.oneOf(
                // Delete a stretch.
                Combinators.combine(at, Arbitraries.integers().between(1, 30))
                        .as((p, n) -> (UnaryOperator<String>) s -> {
                            int from = position(s, p);
                            return s.substring(0, from) + s.substring(Math.min(s.length(), from + n));
                        }),
                // Insert junk anywhere.
                Combinators.combine(at, junk()).as((p, j) -> s -> {
                    int i = position(s, p);
                    return s.substring(0, i) + j + s.substring(i);
                }),
                // Cut it short.
                at.map(p -> s -> s.substring(0, position(s, p))),
                // Add a member, known or not, to some object: duplicates, unknown fields, wrong types.
                Combinators.combine(at, memberName(), value()).as((p, name, value) -> s -> {
                    int brace = nth(s, '{', p);
                    return brace < 0 ? s : s.substring(0, brace + 1) + quote(name) + ":" + value + ","
                            + s.substring(brace + 1);
                }),
                // Replace the value after some colon.
                Combinators.combine(at, value()).as((p, value) -> s -> {
                    int colon = nth(s, ':', p);
                    if (colon < 0) {
                        return s;
                    }
                    int end = valueEnd(s, colon + 1);
                    return s.substring(0, colon + 1) + value + s.substring(end);
                }),
                // Misspell a field name.
                Combinators.combine(at, Arbitraries.chars().alpha()).as((p, c) -> s -> {
                    int colon = nth(s, ':', p);
                    int quote = colon < 2 ? -1 : s.lastIndexOf('"', colon - 2);
                    return quote < 0 ? s : s.substring(0, quote + 1) + c + s.substring(quote + 1);
                }),
                // Swap two neighbours.
                at.map(p -> s -> {
                    int i = position(s, p);
                    return i + 1 >= s.length() ? s
                            : s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
                }),
                // Wrap or repeat the whole.
                Arbitraries.<UnaryOperator<String>>of(s -> "[" + s + "]", s -> s + s, s -> "{\"request\":" + s + "}",
                        s -> s + "\n" + s, s -> "\uFEFF" + s, s -> " \t\r\n" + s + " \n", s -> s + "x",
                        s -> s.replace("\"", "'"), s -> s.replace(":", "="), s -> s.toUpperCase()));
    }

    /** Fragments that break parsers, limits or assumptions. */
    static Arbitrary<String> junk() {
        return Arbitraries.oneOf(
                Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "false", "0", "-1", "-0",
                        "1e999", "-1e-999", "0.1e", "01", "2147483648", "-2147483649", "NaN", "Infinity", "-Infinity",
                        "/*c*/", "//c\n", "#c\n", "\u0000", "\\u0000", "\\ud800", "\\udc00\\ud800", "\\uD83D\\uDE00",
                        "\uD800", "\uDC00", "\uD83D\uDE00", "\u202E", "\u2028", "\u2029", "\uFFFF", "\uFEFF", "'", "`",
                        "\t", "\r\n", "\"type\":\"MESSAGE\",", "\"type\":null,", "\"type\":\"message\",",
                        "\"@class\":\"java.lang.ProcessBuilder\",", "\"@type\":\"java.net.URL\",",
                        "\"$ref\":\"#/x\",", "{\"$type\":\"System.Object\"}", "\"__proto__\":{},"),
                Arbitraries.integers().between(2, 60).map(n -> "[".repeat(n)),
                Arbitraries.integers().between(2, 60).map(n -> "{\"a\":".repeat(n)),
                Arbitraries.integers().between(1, 2_000).map(n -> "9".repeat(n)),
                Arbitraries.of(999, 1_000, 1_001, 20_000, 20_001, 25_000).map(n -> quote("x".repeat(n))));
    }

    /** A field name: mostly one the format knows (in some object), sometimes not. */
    private static Arbitrary<String> memberName() {
        List<String> known = new ArrayList<>();
        FIELDS.values().forEach(known::addAll);
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(known)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(12)),
                Tuple.of(1, Arbitraries.of("knowsEachOther", "Type", "type ", "notes", "@class", "", "\u0000",
                        "x".repeat(1_001))));
    }

    // ---------------------------------------------------------------- trees

    /** Request objects made of the format's fields, each value of the right type or not. */
    static Arbitrary<String> trees() {
        return object("", 14);
    }

    /**
     * Request objects made of the format's fields, each once, with values of the right type and
     * in range (null included): in any order and spacing, they must read.
     */
    static Arbitrary<String> cleanTrees() {
        return cleanObject("");
    }

    private static Arbitrary<String> cleanObject(String part) {
        List<String> fields = new ArrayList<>(FIELDS.get(part));
        if (part.isEmpty()) {
            fields.remove("type");
        }
        Arbitrary<List<String>> names = Arbitraries.of(fields).list().uniqueElements().ofMaxSize(fields.size());
        return names.flatMap(list -> {
            List<Arbitrary<String>> members = new ArrayList<>();
            for (String name : list) {
                members.add(valid(part, name).map(v -> quote(name) + ":" + v));
            }
            if (part.isEmpty()) {
                members.add(Arbitraries.of("\"CONNECTION\"", "\"MESSAGE\"", "\"INMAIL\"", "\"RECOMMENDATION\"",
                        "\"ENDORSEMENT\"", "\"INTRODUCTION\"", "\"GROUP_INVITE\"", "\"DISCUSSION_INVITE\"")
                        .map(t -> "\"type\":" + t));
            }
            return Combinators.combine(members).as(all -> {
                List<String> shuffled = new ArrayList<>(all);
                java.util.Collections.rotate(shuffled, list.size() / 2);
                return "{" + String.join(", ", shuffled) + "}";
            });
        });
    }

    /** A value the field takes. */
    private static Arbitrary<String> valid(String part, String name) {
        if (part.isEmpty() && PARTS.contains(name)) {
            return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.lazy(() -> cleanObject(name))),
                    Tuple.of(1, Arbitraries.just("null")));
        }
        if (BOOLEANS.contains(name)) {
            return Arbitraries.of("true", "false", "null");
        }
        if (COUNTS.contains(name)) {
            return Arbitraries.integers().between(name.equals("degree") ? 0 : 1, name.equals("degree") ? 3 : 400)
                    .map(String::valueOf).injectNull(0.1).map(v -> v == null ? "null" : v);
        }
        if (LISTS.contains(name)) {
            return shortString().list().ofMaxSize(4).map(list -> "[" + String.join(",", list) + "]");
        }
        return switch (name) {
            case "platform" -> Arbitraries.of("\"LINKEDIN\"", "\"XING\"", "\"GENERIC\"", "null");
            case "account" -> Arbitraries.of("\"FREE\"", "\"PREMIUM\"", "null");
            case "addressForm" -> Arbitraries.of("\"SIE\"", "\"DU\"", "\"UNKNOWN\"", "null");
            case "acceptanceRate" -> Arbitraries.of("0", "0.3", "1", "1.0", "1e-3", "null");
            case "language" -> Arbitraries.of("\"en\"", "\"de\"", "\"de-AT\"", "\"fr\"", "\"gsw\"", "null");
            case "note" -> Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of("Hi Anna, we met at the fair.",
                            "Hallo Herr Krause, könnten Sie mir bitte eine Empfehlung schreiben?", "Book a demo!", "",
                            "👋 \u00e9\u0301 \ud83d\udc4b")), Tuple.of(3, Arbitraries.strings().ofMaxLength(200)))
                    .map(n -> n.startsWith("👋") ? "\"" + n + "\"" : quote(n));
            case "subject" -> shortString();
            default -> Arbitraries.frequencyOf(Tuple.of(8, shortString()), Tuple.of(1, Arbitraries.just("null")));
        };
    }

    private static Arbitrary<String> object(String part, int maxMembers) {
        List<String> fields = FIELDS.get(part);
        Arbitrary<String> member = Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.of(fields)), Tuple.of(1, memberName())),
                Arbitraries.integers().between(0, 9))
                .flatAs((name, dice) -> (dice < 7 ? typed(part, name) : value()).map(v -> quote(name) + ":" + v));
        Arbitrary<List<String>> members = member.list().ofMaxSize(maxMembers);
        if (part.isEmpty()) {
            // Most requests get a type, so that the rest of the tree gets read.
            return Combinators.combine(members, Arbitraries.integers().between(0, 9), typeValue())
                    .as((list, dice, type) -> {
                        List<String> all = new ArrayList<>(list);
                        if (dice < 8) {
                            all.add(Math.min(all.size(), dice), "\"type\":" + type);
                        }
                        return "{" + String.join(",", all) + "}";
                    });
        }
        return members.map(list -> "{" + String.join(",", list) + "}");
    }

    private static Arbitrary<String> typeValue() {
        return Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.of("\"CONNECTION\"", "\"MESSAGE\"", "\"INMAIL\"", "\"RECOMMENDATION\"",
                        "\"ENDORSEMENT\"", "\"INTRODUCTION\"", "\"GROUP_INVITE\"", "\"DISCUSSION_INVITE\"")),
                Tuple.of(1, value()));
    }

    /** A value of the type the field wants (mostly valid, sometimes just out of range). */
    private static Arbitrary<String> typed(String part, String name) {
        if (part.isEmpty() && PARTS.contains(name)) {
            return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.lazy(() -> object(name, 8))),
                    Tuple.of(1, Arbitraries.just("null")));
        }
        if (BOOLEANS.contains(name)) {
            return Arbitraries.of("true", "false", "null");
        }
        if (COUNTS.contains(name)) {
            return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(0, 40).map(String::valueOf)),
                    Tuple.of(1, Arbitraries.of("-1", "4", "0", "2147483647", "2147483648", "1.5", "null", "1e2")));
        }
        if (LISTS.contains(name)) {
            return Arbitraries.frequencyOf(
                    Tuple.of(8, shortString().list().ofMaxSize(4).map(list -> "[" + String.join(",", list) + "]")),
                    Tuple.of(1, Arbitraries.of(999, 1_000, 1_001).map(n -> "[" + String.join(",",
                            java.util.Collections.nCopies(n, "\"t\"")) + "]")),
                    Tuple.of(1, Arbitraries.just("[null]")));
        }
        return switch (name) {
            case "type" -> typeValue();
            case "platform" -> Arbitraries.of("\"LINKEDIN\"", "\"XING\"", "\"GENERIC\"", "\"linkedin\"", "null");
            case "account" -> Arbitraries.of("\"FREE\"", "\"PREMIUM\"", "\"GOLD\"", "null");
            case "addressForm" -> Arbitraries.of("\"SIE\"", "\"DU\"", "\"UNKNOWN\"", "\"du\"", "null");
            case "acceptanceRate" -> Arbitraries.of("0", "0.3", "1", "1.0", "-0.1", "1.01", "1e-300", "null", "\"0.5\"");
            case "language" -> Arbitraries.of("\"en\"", "\"de\"", "\"de-AT\"", "\"fr\"", "\"gsw\"", "\"english\"",
                    "\"e\"", "\"\"", "null");
            case "note" -> note().map(HostileJson::quote);
            case "subject" -> Arbitraries.frequencyOf(Tuple.of(8, shortString()),
                    Tuple.of(1, Arbitraries.of(500, 501).map(n -> quote("s".repeat(n)))));
            default -> Arbitraries.frequencyOf(Tuple.of(8, shortString()),
                    Tuple.of(1, Arbitraries.of(1_000, 1_001).map(n -> quote("x".repeat(n)))));
        };
    }

    /** Notes: ordinary ones, empty ones, and ones at or over the limit. */
    private static Arbitrary<String> note() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("Hi Anna, we met at the fair. Could you introduce me to Jonas?",
                        "Hallo Herr Krause, könnten Sie mir bitte eine Empfehlung schreiben? B.M.",
                        "Book a demo with us today!", "", " ", "👋", "I'd like to add you to my professional network")),
                Tuple.of(3, Arbitraries.strings().ofMaxLength(200)),
                Tuple.of(1, Arbitraries.of(19_999, 20_000, 20_001).map(n -> "a".repeat(n))));
    }

    private static Arbitrary<String> shortString() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("usability", "Dr.", "DE", "it-consulting", "Anna", "Schmidt", "", " ")),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(20)))
                .map(HostileJson::quote);
    }

    /** Any JSON value, nested now and then. */
    static Arbitrary<String> value() {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-1", "3", "1.5", "-0.0", "1e400", "2147483648",
                        "\"\"", "\"CONNECTION\"", "\"de\"", "\"\\u0000\"", "\"\\ud800\""),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf).filter(s -> !s.contains("N") && !s.contains("I")),
                Arbitraries.strings().ofMaxLength(16).map(HostileJson::quote));
        return Arbitraries.frequencyOf(
                Tuple.of(8, scalar),
                Tuple.of(1, Arbitraries.lazy(HostileJson::value).list().ofMaxSize(3)
                        .map(list -> "[" + String.join(",", list) + "]")),
                Tuple.of(1, Combinators.combine(memberName(), Arbitraries.lazy(HostileJson::value))
                        .as((name, value) -> quote(name) + ":" + value).list().ofMaxSize(3)
                        .map(list -> "{" + String.join(",", list) + "}")));
    }

    // ---------------------------------------------------------------- helpers

    /** A JSON string literal of {@code s}, escaped as JSON requires. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static int position(String s, double p) {
        return (int) Math.min(s.length(), Math.floor(p * (s.length() + 1)));
    }

    /** The index of the occurrence of {@code c} that {@code p} picks among all of them, or -1. */
    private static int nth(String s, char c, double p) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                count++;
            }
        }
        if (count == 0) {
            return -1;
        }
        int wanted = (int) Math.min(count - 1, Math.floor(p * count));
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c && wanted-- == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Roughly where the value starting at {@code from} ends: the next comma or closing bracket outside a string. */
    private static int valueEnd(String s, int from) {
        boolean inString = false;
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return s.length();
    }
}
