package dev.knigge.rules.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.authoring.Note;
import dev.knigge.authoring.PhraseMatch;
import dev.knigge.request.ReviewRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The phrases {@code knigge explain} lists agree with the note analysis on every realistic note:
 * a field a lexicon phrase alone sets is true exactly when a listed match of it counted, and every
 * counted match lies in the evidence of its field. (Questions also state a purpose, the request's
 * skill is also a specific, and a job ask is also a big ask: those fields may be true without a phrase.)
 */
class PhraseTraceAgreementTest {
    private static final Set<String> ALSO_SET_OTHERWISE = Set.of("statesPurpose", "specifics", "bigAsk");
    private static final List<String> PHRASE_FIELDS = List.of("statesPurpose", "statesContext", "containsPitch", "bigAsk",
            "asksForJob", "specifics", "givesOut", "offersReciprocity", "saysWhyFits", "asksIntermediaryToCheck",
            "introducesSelf", "pressure", "defaultRecommendationRequest", "usesDu", "personalAdvance");

    static Stream<NoteCase> notes() {
        return Stream.concat(RealNotesTest.english().stream(), RealNotesTest.german().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notes")
    void theCountedMatchesAreWhatSetTheNotesFields(NoteCase c) throws ReflectiveOperationException {
        ReviewRequest request = ProfessionalLexicons.request(c);
        Note note = ProfessionalLexicons.ANALYZER.analyze(request).note();
        List<PhraseMatch> matches = ProfessionalLexicons.ANALYZER.phrases(request);
        for (String field : PHRASE_FIELDS) {
            boolean counted = matches.stream()
                    .anyMatch(m -> m.field().equals(field) && m.outcome() == PhraseMatch.Outcome.COUNTED);
            boolean set = Boolean.TRUE.equals(Note.class.getMethod(field).invoke(note));
            if (ALSO_SET_OTHERWISE.contains(field)) {
                assertThat(!counted || set).as("%s of %s: a counted match sets it", field, c.note()).isTrue();
            } else {
                assertThat(counted).as("%s of %s, matches %s", field, c.note(), matches).isEqualTo(set);
            }
        }
        for (PhraseMatch match : matches) {
            if (match.outcome() == PhraseMatch.Outcome.COUNTED) {
                assertThat(note.spans(match.field())).as("evidence of %s for %s", match.field(), match)
                        .anyMatch(span -> span.start() <= match.start() && match.end() <= span.end());
            }
        }
    }
}
