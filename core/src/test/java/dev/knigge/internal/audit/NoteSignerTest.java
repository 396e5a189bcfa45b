package dev.knigge.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.audit.NoteSignature;
import dev.knigge.request.ReviewRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The signature a stream keeps is the audit's own: the same template key, and the similarity its clustering uses. */
class NoteSignerTest {
    private static final NoteSigner SIGNER = new NoteSigner(Notes.GREETINGS);

    private static final List<ReviewRequest> NOTES = List.of(
            Notes.to("Anna", "Schmidt", "Hi Anna, I noticed that Acme is hiring data engineers. I run a small consultancy."),
            Notes.to("Ben", "Okafor", "Hi Ben, I noticed that Globex is hiring data engineers. I run a small consultancy."),
            Notes.to("Clara", "Weiss", "Hallo Clara, ich habe Ihren Vortrag gehört und hätte eine Frage zu Ihrem Projekt."),
            Notes.to("David", "Novak", "Dear David, your paper on risk models was a great read; may I ask about the data?"));

    @Test
    void theKeyIsTheAuditsTemplateKey() {
        for (ReviewRequest request : NOTES) {
            assertThat(SIGNER.sign(request).template()).isEqualTo(Notes.key(request));
        }
    }

    @Test
    void theSimilarityIsTheOneTheAuditClustersBy() {
        char[] packed = new char[NOTES.size() * MinHash.SIZE];
        for (int i = 0; i < NOTES.size(); i++) {
            MinHash.sign(Notes.fingerprint(NOTES.get(i)).shingles(), packed, i * MinHash.SIZE);
        }
        for (int i = 0; i < NOTES.size(); i++) {
            for (int j = i + 1; j < NOTES.size(); j++) {
                NoteSignature first = SIGNER.sign(NOTES.get(i));
                NoteSignature second = SIGNER.sign(NOTES.get(j));
                assertThat(first.similarity(second)).as("notes %d and %d", i, j)
                        .isEqualTo(MinHash.similarity(packed, i, j));
            }
        }
        assertThat(SIGNER.sign(NOTES.get(0)).nearCopyOf(SIGNER.sign(NOTES.get(1)))).isTrue();
        assertThat(Notes.clusterSize(Notes.index(NOTES.toArray(ReviewRequest[]::new)), NOTES.get(0))).isEqualTo(2);
    }

    @Test
    void aNoteWithNothingLeftHasOnlyItsTemplate() {
        NoteSignature greeting = SIGNER.sign(Notes.to("Anna", "Schmidt", "Hi Anna,"));

        assertThat(greeting.toBytes()).hasSize(9);
        assertThat(greeting.template()).isEqualTo(Notes.key(Notes.to("Ben", "Okafor", "Hi Ben,")));
    }
}
