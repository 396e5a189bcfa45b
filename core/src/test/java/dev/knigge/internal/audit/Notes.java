package dev.knigge.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.policy.PolicyException.Problem;
import dev.knigge.request.Group;
import dev.knigge.request.Recipient;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import dev.knigge.internal.note.Greetings;
import dev.knigge.internal.note.Lexicon;
import dev.knigge.internal.note.NoteAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test helper: requests that differ in their note and recipient, and a normalizer with small lexicons. */
final class Notes {
    /** The salutation words of core's test policy {@code sample}, in English and German. */
    static final Greetings GREETINGS = Greetings.of(new NoteAnalyzer(Map.of(
            "en", lexicon("en", "hi|hello|hey|dear|good morning", "mr|mrs|ms|miss", "dr|prof|professor"),
            "de", lexicon("de", "hallo|hi|liebe|lieber|sehr geehrte|sehr geehrter|guten tag", "herr|frau",
                    "dr|prof|professor|professorin"))));
    static final NoteNormalizer NORMALIZER = new NoteNormalizer(GREETINGS);

    private Notes() {}

    static Lexicon lexicon(String language, String greetings, String honorifics, String titles) {
        List<Problem> problems = new ArrayList<>();
        Lexicon lexicon = Lexicon.compile(language, Map.of("greeting", List.of(greetings.split("\\|")),
                "honorific", List.of(honorifics.split("\\|")), "title", List.of(titles.split("\\|"))),
                (key, phrase, message) -> new Problem("lexicon/" + language + ".properties", 1, 1, message), problems);
        assertThat(problems).isEmpty();
        return lexicon;
    }

    static ReviewRequest to(String firstName, String lastName, String note) {
        return ReviewRequest.builder(RequestType.CONNECTION).note(note)
                .recipient(Recipient.builder().firstName(firstName).lastName(lastName).build()).build();
    }

    static ReviewRequest to(Recipient recipient, String note) {
        return ReviewRequest.builder(RequestType.CONNECTION).note(note).recipient(recipient).build();
    }

    static ReviewRequest invitation(Recipient recipient, Group group, String note) {
        return ReviewRequest.builder(RequestType.GROUP_INVITE).note(note).recipient(recipient).group(group).build();
    }

    static Fingerprint fingerprint(ReviewRequest request) {
        return NORMALIZER.of(request);
    }

    static long key(ReviewRequest request) {
        return NORMALIZER.of(request).key();
    }

    /** Indexes the requests' notes and clusters them. */
    static TemplateIndex index(ReviewRequest... requests) {
        TemplateIndex index = new TemplateIndex();
        for (ReviewRequest request : requests) {
            index.add(NORMALIZER.of(request));
        }
        index.cluster();
        return index;
    }

    /** The size of the cluster a request's note landed in. */
    static int clusterSize(TemplateIndex index, ReviewRequest request) {
        return index.clusterSize(index.id(key(request)));
    }
}
