package dev.knigge.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.authoring.Parameters;
import dev.knigge.internal.facts.FactReference;
import dev.knigge.internal.note.Lexicon;
import dev.knigge.internal.note.NoteAnalyzer;
import dev.knigge.policy.PolicyException.Problem;
import dev.knigge.request.Group;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the fact reference says about {@code null} holds for the facts a review inserts: a field
 * it calls never null is not null in any of the sample reviews, and a field it says may be null
 * is null in at least one, so the "when" it gives is not made up.
 */
class FactsNullabilityTest {
    private static final Derivation DERIVATION = new Derivation(new NoteAnalyzer(Map.of("en", english())),
            new Parameters(Map.of()));

    private static Lexicon english() {
        List<Problem> problems = new ArrayList<>();
        Lexicon lexicon = Lexicon.compile("en", Map.of("greeting", List.of("hi"),
                        "stopwords", List.of("the", "and", "you", "i", "is", "to")),
                (key, phrase, message) -> new Problem("en.properties", 1, 1, message), problems);
        assertThat(problems).isEmpty();
        return lexicon;
    }

    /** The facts of sample reviews, each fact by its simple name. */
    private static List<Map<String, Object>> samples() {
        List<ReviewRequest> requests = List.of(
                // Nothing but the type: every unknown is null, no note.
                ReviewRequest.builder(RequestType.CONNECTION).build(),
                // A readable note that greets a name the request cannot check, and a group with its defaults.
                ReviewRequest.builder(RequestType.GROUP_INVITE).language("en")
                        .note("Hi Tom, I think the group is a good fit and you would like it.")
                        .group(Group.builder().build()).build(),
                // A note in a language the policy has no lexicon for.
                ReviewRequest.builder(RequestType.MESSAGE).language("fr")
                        .note("Bonjour, je voudrais vous parler de votre projet.").build());
        List<Map<String, Object>> samples = new ArrayList<>();
        for (ReviewRequest request : requests) {
            ReviewFacts facts = DERIVATION.derive(request);
            Map<String, Object> byName = new LinkedHashMap<>();
            ReviewRequest reviewed = facts.request();
            byName.put("ReviewRequest", reviewed);
            byName.put("Requester", reviewed.requester());
            byName.put("Recipient", reviewed.recipient());
            byName.put("Relationship", reviewed.relationship());
            byName.put("Activity", reviewed.activity());
            byName.put("Group", reviewed.group());
            byName.put("Note", facts.note());
            byName.put("Derived", facts.derived());
            samples.add(byName);
        }
        return samples;
    }

    @Test
    void whatTheReferenceSaysOfNullHoldsForTheFactsOfAReview() throws Exception {
        List<Map<String, Object>> samples = samples();
        List<String> wrong = new ArrayList<>();
        for (FactReference.Fact fact : FactReference.load().facts()) {
            if (fact.name().equals("Parameters")) {
                continue;
            }
            for (FactReference.Field field : fact.fields()) {
                boolean seenNull = false;
                for (Map<String, Object> sample : samples) {
                    Object value = sample.get(fact.name());
                    if (value == null) {
                        continue; // no group in this review
                    }
                    Method accessor = value.getClass().getMethod(field.name());
                    if (accessor.invoke(value) == null) {
                        seenNull = true;
                    }
                }
                if (seenNull && !field.nullable()) {
                    wrong.add(fact.name() + "." + field.name() + " is called never null, but is null in a sample review");
                } else if (!seenNull && field.nullable()) {
                    wrong.add(fact.name() + "." + field.name() + " may be null (" + field.nullWhen()
                            + "), but no sample review shows it null");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theActivitysCountsAreFilledInSoTheReferenceCallsThemNeverNull() {
        ReviewFacts facts = DERIVATION.derive(ReviewRequest.builder(RequestType.CONNECTION).build());
        assertThat(facts.request().activity().similarSentLast7Days()).isZero();
        assertThat(facts.request().activity().sameNoteRecipients()).isEqualTo(1);
    }
}
