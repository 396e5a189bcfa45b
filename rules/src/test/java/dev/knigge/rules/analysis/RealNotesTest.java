package dev.knigge.rules.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.authoring.Note;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Realistic notes in English and German against the professional policy's lexicons: for each
 * one the detected language, the greeted name and the exact set of facts that are true. The notes
 * live in {@code notes/en.notes} and {@code notes/de.notes}, one case per {@code ##} block.
 */
class RealNotesTest {

    static List<NoteCase> english() {
        return NoteCase.read("/notes/en.notes");
    }

    static List<NoteCase> german() {
        return NoteCase.read("/notes/de.notes");
    }

    @Test
    void theLexiconsCompileWithoutProblems() {
        assertThat(ProfessionalLexicons.PROBLEMS).isEmpty();
        assertThat(ProfessionalLexicons.LEXICONS).containsOnlyKeys("en", "de");
    }

    @Test
    void thereAreAtLeastFiftyNotesPerLanguageCoveringEveryFact() {
        for (String language : List.of("en", "de")) {
            List<NoteCase> cases = language.equals("en") ? english() : german();
            assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
            Map<String, Long> perFact = new TreeMap<>();
            for (NoteCase c : cases) {
                c.facts().forEach(f -> perFact.merge(f, 1L, Long::sum));
            }
            // Each fact is true in some notes and false in the others.
            for (String fact : NoteCase.FACTS) {
                if (fact.equals("du") && language.equals("en")) {
                    continue;
                }
                assertThat(perFact.getOrDefault(fact, 0L)).as("notes where %s is true", fact).isPositive();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("english")
    void readsEnglishNotes(NoteCase c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("german")
    void readsGermanNotes(NoteCase c) {
        check(c);
    }

    private static void check(NoteCase c) {
        var analysis = ProfessionalLexicons.analyze(c);
        Note note = analysis.note();
        String spans = note.spans().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().stream().map(s -> "\"" + s.text() + "\"").toList())
                .collect(Collectors.joining(", "));
        assertThat(note.language()).as("language of %s", c.note()).isEqualTo(c.language());
        assertThat(analysis.unchecked()).isEmpty();
        assertThat(note.salutationName()).as("salutation name of %s", c.note()).isEqualTo(c.salutationName());
        Set<String> facts = ProfessionalLexicons.trueFacts(note);
        assertThat(facts).as("facts of %s%nspans: %s", c.note(), spans).containsExactlyInAnyOrderElementsOf(c.facts());
    }
}
