package dev.knigge.internal.engine;

import dev.knigge.authoring.Derived;
import dev.knigge.authoring.Note;
import dev.knigge.authoring.Parameters;
import dev.knigge.request.ReviewRequest;
import java.util.List;
import java.util.function.Consumer;

/**
 * The facts of one review, as the rules see them, and what the derivation could not judge. The
 * rules match the request and its parts themselves ({@link #request()}, its requester, recipient,
 * relationship, activity and group), the note's analysis, the derived readings and the parameters.
 *
 * @param request the request as reviewed: the caller's, with the activity's unknown counts read as the format's
 *        defaults ({@link Derivation})
 * @param unchecked what could not be judged before any rule ran, such as {@code "note-language"}
 */
public record ReviewFacts(ReviewRequest request, Derived derived, Note note, Parameters parameters,
                          List<String> unchecked) {

    /** Hands on the facts inserted into each review's session, in order: the request, its parts, the note, the derived readings. */
    public void forEachPerReview(Consumer<Object> sink) {
        sink.accept(request);
        sink.accept(request.requester());
        sink.accept(request.recipient());
        sink.accept(request.relationship());
        sink.accept(request.activity());
        if (request.group() != null) {
            sink.accept(request.group());
        }
        sink.accept(note);
        sink.accept(derived);
    }
}
