package dev.knigge.internal.note;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.Evidence;
import dev.knigge.authoring.Note;
import dev.knigge.request.Recipient;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the note, analysis does not fail and every span is the text it claims, inside the note. */
class SpanPropertyTest {

    private static final List<String> PIECES = List.of("Hi Omar,", "Hallo Herr Dr. Krause,", "I'd like to",
            "could you", "we met at", "your talk", "book a demo", "I'm not selling", "no worries if not", "2019",
            "refer me", "45 minutes", "Ich möchte", "mich gern mit Ihnen austauschen", "wir kennen uns noch nicht",
            "„du“", "du", "Dein", "weil Sie", "ob sie offen", "Ihren Vortrag", "👋🏽", "🙌", "𝐇𝐞𝐥𝐥𝐨", "—", ",", ".", "?",
            "!", "\n", "\r\n", " ", "  ", "\"", "'", "Best,", "Tom", "discount rate", "I’d", "Id", "Müller", "Mueller");

    @Provide
    Arbitrary<String> notes() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(30).map(pieces -> String.join(" ", pieces));
    }

    @Property(tries = 500)
    void everySpanIsTheTextBetweenItsOffsets(@ForAll("notes") String text) {
        check(text);
    }

    @Property(tries = 500)
    void anyStringAtAllIsAnalysedWithoutFailing(@ForAll String text) {
        check(text);
    }

    private static void check(String text) {
        ReviewRequest request = ReviewRequest.builder(RequestType.MESSAGE).note(text).skill("Kubernetes")
                .recipient(Recipient.builder().firstName("Omar").lastName("Krause").title("Dr.")
                        .interests("event sourcing").build())
                .build();
        Note note = Fixtures.ANALYZER.analyze(request).note();
        for (var entry : note.spans().entrySet()) {
            for (Evidence evidence : entry.getValue()) {
                assertThat(evidence.start()).isBetween(0, text.length());
                assertThat(evidence.end()).isBetween(evidence.start(), text.length());
                assertThat(text.substring(evidence.start(), evidence.end())).as(entry.getKey()).isEqualTo(evidence.text());
            }
        }
        assertThat(note.length()).isEqualTo(text.isBlank() ? 0 : text.codePointCount(0, text.length()));
    }
}
