package dev.knigge.internal.engine;

import dev.knigge.ReviewRequest;
import dev.knigge.authoring.Note;
import dev.knigge.authoring.Parameters;
import dev.knigge.authoring.Recipient;
import dev.knigge.authoring.Request;
import dev.knigge.internal.note.NoteAnalyzer;

/**
 * The derive step of a review: every fact the rules see, computed once from the request — the
 * note's analysis and the norms' readings of the request's parts. Immutable and thread-safe.
 */
final class Derivation {
    private final NoteAnalyzer analyzer;
    private final Parameters parameters;

    Derivation(NoteAnalyzer analyzer, Parameters parameters) {
        this.analyzer = analyzer;
        this.parameters = parameters;
    }

    NoteAnalyzer analyzer() {
        return analyzer;
    }

    Parameters parameters() {
        return parameters;
    }

    ReviewFacts derive(ReviewRequest request) {
        NoteAnalyzer.Analysis analysis = analyzer.analyze(request);
        Note note = analysis.note();
        Request requestFact = FactBuilder.request(request);
        Recipient recipient = FactBuilder.recipient(request, note.language());
        return new ReviewFacts(requestFact, FactBuilder.requester(request), recipient,
                FactBuilder.relationship(request, recipient, requestFact, note), FactBuilder.activity(request),
                FactBuilder.group(request), note, parameters, analysis.unchecked());
    }
}
