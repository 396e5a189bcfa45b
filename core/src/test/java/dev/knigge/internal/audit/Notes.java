package dev.knigge.internal.audit;

import dev.knigge.request.Group;
import dev.knigge.request.Recipient;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;

/** Test helper: requests that differ in their note and recipient. */
final class Notes {
    private Notes() {}

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
        return NoteNormalizer.of(request);
    }

    static long key(ReviewRequest request) {
        return NoteNormalizer.of(request).key();
    }

    /** Indexes the requests' notes and clusters them. */
    static TemplateIndex index(ReviewRequest... requests) {
        TemplateIndex index = new TemplateIndex();
        for (ReviewRequest request : requests) {
            index.add(NoteNormalizer.of(request));
        }
        index.cluster();
        return index;
    }

    /** The size of the cluster a request's note landed in. */
    static int clusterSize(TemplateIndex index, ReviewRequest request) {
        return index.clusterSize(index.id(key(request)));
    }
}
