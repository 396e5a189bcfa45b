package dev.knigge.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.advice.Advice;
import dev.knigge.testing.Guard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Fuzzing the request builders: every setter, called with anything at all, either takes the
 * value or fails at once with exactly the error the format's limits call for — an
 * {@link InvalidRequestException} naming the field as a JSON path, or a
 * {@link NullPointerException} saying {@code "field == null"} — and whatever was taken builds a
 * request that is reviewed without failing.
 */
class BuilderProperties {
    private static final Advisor SAMPLE = Advisor.builder().policy(Policy.builtIn("sample")).build();

    /** The builders of one request, filled call by call. */
    static final class Parts {
        final ReviewRequest.Builder request;
        final Requester.Builder requester = Requester.builder();
        final Recipient.Builder recipient = Recipient.builder();
        final Relationship.Builder relationship = Relationship.builder();
        final Activity.Builder activity = Activity.builder();
        final Group.Builder group = Group.builder();

        Parts(RequestType type) {
            request = ReviewRequest.builder(type);
        }
    }

    /**
     * One setter call and the outcome the limits call for.
     *
     * @param field the field as errors name it ({@code recipient.languages})
     * @param value what is passed, for the report
     * @param expected {@code null} when the value must be taken, else the exact message of the error
     * @param call the call itself
     */
    record Call(String field, Object value, String expected, BiConsumer<Parts, Object> call) {
        @Override
        public String toString() {
            String shown = String.valueOf(value);
            return field + "(" + (shown.length() > 40 ? shown.substring(0, 40) + "… (" + shown.length() + ")" : shown)
                    + ") -> " + (expected == null ? "taken" : expected);
        }
    }

    @Property(tries = 1_000)
    void everySetterTakesItsValueOrFailsNamingTheField(@ForAll("types") RequestType type,
                                                      @ForAll("calls") List<Call> calls) {
        Parts parts = new Parts(type);
        for (Call call : calls) {
            String got = null;
            try {
                call.call().accept(parts, call.value());
            } catch (InvalidRequestException e) {
                assertThat(e.getMessage()).isEqualTo(e.path() + ": " + e.problem());
                got = e.getMessage();
            } catch (NullPointerException e) {
                got = "NPE " + e.getMessage();
            } catch (RuntimeException e) {
                fail("%s threw %s", call, e);
            }
            assertThat(got).as("%s", call).isEqualTo(call.expected());
        }
        ReviewRequest request = parts.request.requester(parts.requester.build()).recipient(parts.recipient.build())
                .relationship(parts.relationship.build()).activity(parts.activity.build()).group(parts.group.build())
                .build();
        Advice advice = Guard.within("a review", () -> SAMPLE.review(request));
        assertThat(advice.verdict()).isNotNull();
    }

    @Property(tries = 300)
    void aRequestRebuiltFromItsBuilderIsEqual(@ForAll("types") RequestType type, @ForAll("calls") List<Call> calls) {
        Parts parts = new Parts(type);
        for (Call call : calls) {
            if (call.expected() == null) {
                call.call().accept(parts, call.value());
            }
        }
        ReviewRequest request = parts.request.requester(parts.requester.build()).recipient(parts.recipient.build())
                .relationship(parts.relationship.build()).activity(parts.activity.build()).group(parts.group.build())
                .build();
        assertThat(request.toBuilder().build()).isEqualTo(request);
        assertThat(request.recipient().toBuilder().build()).isEqualTo(request.recipient());
        assertThat(request.relationship().toBuilder().build()).isEqualTo(request.relationship());
    }

    @Provide
    Arbitrary<RequestType> types() {
        return Arbitraries.of(RequestType.class);
    }

    @Provide
    Arbitrary<List<Call>> calls() {
        return Arbitraries.oneOf(texts(), lists(), counts(), others()).list().ofMaxSize(12);
    }

    // ---------------------------------------------------------------- strings

    private static Arbitrary<Call> texts() {
        return Arbitraries.oneOf(
                text("note", Validation.MAX_NOTE, false, (p, v) -> p.request.note((String) v)),
                text("subject", Validation.MAX_SUBJECT, false, (p, v) -> p.request.subject((String) v)),
                text("id", Validation.MAX_STRING, true, (p, v) -> p.request.id((String) v)),
                text("language", Validation.MAX_STRING, true, (p, v) -> p.request.language((String) v)),
                text("skill", Validation.MAX_STRING, true, (p, v) -> p.request.skill((String) v)),
                text("requester.name", Validation.MAX_STRING, true, (p, v) -> p.requester.name((String) v)),
                text("requester.headline", Validation.MAX_STRING, true, (p, v) -> p.requester.headline((String) v)),
                text("requester.company", Validation.MAX_STRING, true, (p, v) -> p.requester.company((String) v)),
                text("recipient.firstName", Validation.MAX_STRING, true, (p, v) -> p.recipient.firstName((String) v)),
                text("recipient.lastName", Validation.MAX_STRING, true, (p, v) -> p.recipient.lastName((String) v)),
                text("recipient.title", Validation.MAX_STRING, true, (p, v) -> p.recipient.title((String) v)),
                text("recipient.country", Validation.MAX_STRING, true, (p, v) -> p.recipient.country((String) v)),
                text("recipient.industry", Validation.MAX_STRING, true, (p, v) -> p.recipient.industry((String) v)),
                text("group.name", Validation.MAX_STRING, true, (p, v) -> p.group.name((String) v)));
    }

    /** A string setter with values around its limit; optional strings are stripped first. */
    private static Arbitrary<Call> text(String field, int max, boolean stripped, BiConsumer<Parts, Object> call) {
        return value(max).map(value -> {
            String counted = value == null ? null : stripped ? value.strip() : value;
            int length = counted == null ? 0 : counted.codePointCount(0, counted.length());
            boolean blankOptional = stripped && value != null && value.isBlank();
            String expected = value == null || blankOptional || length <= max ? null
                    : "$." + field + ": longer than " + max + " characters (" + length + ")";
            return new Call(field, value, expected, call);
        });
    }

    /** Strings of any length around {@code max}, in characters of one to four bytes, padded or not. */
    static Arbitrary<String> value(int max) {
        Arbitrary<Integer> lengths = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0, 30)),
                Tuple.of(3, Arbitraries.integers().between(max - 2, max + 2)),
                Tuple.of(1, Arbitraries.integers().between(0, max * 2)));
        Arbitrary<String> units = Arbitraries.of("a", "ß", "€", "\uD83D\uDC4B", "\u0301", " ", "\t", "\u00A0", "\u2028",
                "\uD800", "\u0000", "\u202E");
        Arbitrary<String> padding = Arbitraries.of("", " ", "  \n", "\u3000");
        return Arbitraries.frequencyOf(
                Tuple.of(12, Combinators.combine(lengths, units, units, padding)
                        .as((n, unit, other, pad) -> pad + mixed(n, unit, other) + pad)),
                Tuple.of(1, Arbitraries.just((String) null)),
                Tuple.of(1, Arbitraries.of("", " ", "\n\t")));
    }

    private static String mixed(int codePoints, String unit, String other) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            out.append(i % 7 == 3 ? other : unit);
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- lists

    private static Arbitrary<Call> lists() {
        return Arbitraries.oneOf(
                list("topics", (p, v) -> p.request.topics(strings(v))),
                list("recipient.languages", (p, v) -> p.recipient.languages(strings(v))),
                list("recipient.interests", (p, v) -> p.recipient.interests(strings(v))),
                list("recipient.groups", (p, v) -> p.recipient.groups(strings(v))),
                list("group.topics", (p, v) -> p.group.topics(strings(v))));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }

    /** A list setter with sizes around its limit, and items that are null or too long now and then. */
    private static Arbitrary<Call> list(String field, BiConsumer<Parts, Object> call) {
        Arbitrary<Integer> sizes = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.integers().between(0, 4)),
                Tuple.of(1, Arbitraries.integers().between(Validation.MAX_ITEMS - 1, Validation.MAX_ITEMS + 1)));
        Arbitrary<String> items = Arbitraries.frequencyOf(Tuple.of(10, value(Validation.MAX_STRING)
                .filter(s -> s != null)), Tuple.of(1, Arbitraries.just((String) null)));
        Arbitrary<List<String>> lists = Combinators.combine(sizes, items.list().ofMaxSize(4))
                .as((size, sample) -> {
                    List<String> list = new ArrayList<>(Collections.nCopies(size, "t"));
                    for (int i = 0; i < sample.size() && i < size; i++) {
                        list.set(i, sample.get(i));
                    }
                    return list;
                });
        return Arbitraries.frequencyOf(Tuple.of(20, lists), Tuple.of(1, Arbitraries.just((List<String>) null)))
                .map(list -> new Call(field, list, expectedOfList(field, list), call));
    }

    private static String expectedOfList(String field, List<String> list) {
        if (list == null) {
            return "NPE " + field + " == null";
        }
        if (list.size() > Validation.MAX_ITEMS) {
            return "$." + field + ": more than " + Validation.MAX_ITEMS + " items (" + list.size() + ")";
        }
        for (int i = 0; i < list.size(); i++) {
            String item = list.get(i);
            if (item == null) {
                return "NPE " + field + "[" + i + "] == null";
            }
            int length = item.codePointCount(0, item.length());
            if (length > Validation.MAX_STRING) {
                return "$." + field + "[" + i + "]: longer than " + Validation.MAX_STRING + " characters (" + length + ")";
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- numbers

    private static Arbitrary<Call> counts() {
        Arbitrary<Integer> ints = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.integers().between(-3, 40)),
                Tuple.of(1, Arbitraries.of(Integer.MIN_VALUE, -1, 0, 1, 4, Integer.MAX_VALUE)));
        Arbitrary<Integer> nullable = Arbitraries.frequencyOf(Tuple.of(6, ints), Tuple.of(1, Arbitraries.just((Integer) null)));
        return Arbitraries.oneOf(
                ints.map(v -> new Call("relationship.degree", v, v < 0 || v > 3
                        ? "$.relationship.degree: must be 0, 1, 2 or 3 (was " + v + ")" : null,
                        (p, x) -> p.relationship.degree((Integer) x))),
                count(ints, "relationship.interactions", (p, x) -> p.relationship.interactions((Integer) x)),
                count(ints, "relationship.mutualContacts", (p, x) -> p.relationship.mutualContacts((Integer) x)),
                count(ints, "relationship.sharedGroups", (p, x) -> p.relationship.sharedGroups((Integer) x)),
                count(ints, "relationship.unansweredSameType", (p, x) -> p.relationship.unansweredSameType((Integer) x)),
                count(nullable, "relationship.connectedDays", (p, x) -> p.relationship.connectedDays((Integer) x)),
                count(nullable, "relationship.lastContactMonths", (p, x) -> p.relationship.lastContactMonths((Integer) x)),
                count(nullable, "relationship.daysSinceLastSameType",
                        (p, x) -> p.relationship.daysSinceLastSameType((Integer) x)),
                count(nullable, "relationship.withdrawnDaysAgo", (p, x) -> p.relationship.withdrawnDaysAgo((Integer) x)),
                count(nullable, "activity.similarSentLast7Days", (p, x) -> p.activity.similarSentLast7Days((Integer) x)),
                count(ints, "activity.pendingInvitations", (p, x) -> p.activity.pendingInvitations((Integer) x)),
                count(nullable, "activity.inMailCredits", (p, x) -> p.activity.inMailCredits((Integer) x)),
                count(nullable, "group.posts", (p, x) -> p.group.posts((Integer) x)),
                count(nullable, "group.lastInviteDaysAgo", (p, x) -> p.group.lastInviteDaysAgo((Integer) x)),
                nullable.map(v -> new Call("activity.sameNoteRecipients", v, v != null && v < 1
                        ? "$.activity.sameNoteRecipients: must be at least 1, this recipient included (was " + v + ")"
                        : null, (p, x) -> p.activity.sameNoteRecipients((Integer) x))),
                Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.doubles().between(-0.5, 1.5)),
                        Tuple.of(1, Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0,
                                0.0, 1.0, Double.MIN_VALUE, Math.nextUp(1.0))),
                        Tuple.of(1, Arbitraries.just((Double) null)))
                        .map(v -> new Call("activity.acceptanceRate", v, v == null || (v >= 0.0 && v <= 1.0) ? null
                                : "$.activity.acceptanceRate: must be between 0 and 1 (was " + v + ")",
                                (p, x) -> p.activity.acceptanceRate((Double) x))));
    }

    private static Arbitrary<Call> count(Arbitrary<Integer> values, String field, BiConsumer<Parts, Object> call) {
        return values.map(v -> new Call(field, v, v != null && v < 0
                ? "$." + field + ": must not be negative (was " + v + ")" : null, call));
    }

    // ---------------------------------------------------------------- enums, parts and flags

    private static Arbitrary<Call> others() {
        return Arbitraries.oneOf(
                nullable(Arbitraries.of(Platform.class)).map(v -> new Call("platform", v,
                        v == null ? "NPE platform == null" : null, (p, x) -> p.request.platform((Platform) x))),
                nullable(Arbitraries.of(RequestType.class)).map(v -> new Call("type", v,
                        v == null ? "NPE type == null" : null, (p, x) -> p.request.type((RequestType) x))),
                nullable(Arbitraries.of(Account.class)).map(v -> new Call("requester.account", v,
                        v == null ? "NPE requester.account == null" : null, (p, x) -> p.requester.account((Account) x))),
                nullable(Arbitraries.of(AddressForm.class)).map(v -> new Call("relationship.addressForm", v,
                        v == null ? "NPE relationship.addressForm == null" : null,
                        (p, x) -> p.relationship.addressForm((AddressForm) x))),
                Arbitraries.of(true, false).map(v -> new Call("relationship.knowEachOther", v, null,
                        (p, x) -> p.relationship.knowEachOther((Boolean) x))),
                Arbitraries.of(true, false).map(v -> new Call("relationship.optedOut", v, null,
                        (p, x) -> p.relationship.optedOut((Boolean) x))),
                Arbitraries.of(true, false).map(v -> new Call("requester.recruiter", v, null,
                        (p, x) -> p.requester.recruiter((Boolean) x))),
                nullable(Arbitraries.of(true, false)).map(v -> new Call("declared.statesPurpose", v, null,
                        (p, x) -> p.request.declared(SenderAnswers.builder().statesPurpose((Boolean) x).build()))),
                Arbitraries.just(new Call("declared", null, "NPE declared == null",
                        (p, x) -> p.request.declared((SenderAnswers) x))),
                Arbitraries.just(new Call("requester", null, "NPE requester == null",
                        (p, x) -> p.request.requester((Requester) x))),
                Arbitraries.just(new Call("group", null, null, (p, x) -> p.request.group((Group) x))));
    }

    private static <T> Arbitrary<T> nullable(Arbitrary<T> values) {
        return values.injectNull(0.2);
    }
}
