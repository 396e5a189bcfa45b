package dev.knigge.audit;

import static dev.knigge.audit.CampaignFixtures.ADVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.request.Recipient;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import org.junit.jupiter.api.Test;

class NoteSignatureTest {

    private static ReviewRequest to(String first, String last, String note) {
        return ReviewRequest.builder(RequestType.CONNECTION).note(note)
                .recipient(Recipient.builder().firstName(first).lastName(last).build()).build();
    }

    private static NoteSignature sign(ReviewRequest request) {
        return ADVISOR.noteSignature(request);
    }

    @Test
    void theSamePitchWithTheNamesSwappedIsOneTemplate() {
        NoteSignature anna = sign(to("Anna", "Schmidt", "Hi Anna, I help companies like yours grow with AI. Let's book a demo!"));
        NoteSignature ben = sign(to("Ben", "Okafor", "Hi Ben, I help companies like yours grow with AI. Let's book a demo!"));

        assertThat(anna.template()).isEqualTo(ben.template());
        assertThat(anna.similarity(ben)).isEqualTo(1.0);
        assertThat(anna.nearCopyOf(ben)).isTrue();
    }

    @Test
    void aCompanyNameSwappedInIsANearCopyButNotTheSameTemplate() {
        NoteSignature acme = sign(to("Anna", "Schmidt", "Hi Anna, I noticed that Acme is hiring data engineers. "
                + "I run a small consultancy in Berlin and would love to connect with you."));
        NoteSignature globex = sign(to("Ben", "Okafor", "Hi Ben, I noticed that Globex is hiring data engineers. "
                + "I run a small consultancy in Berlin and would love to connect with you."));

        assertThat(acme.template()).isNotEqualTo(globex.template());
        assertThat(acme.similarity(globex)).isBetween(NoteSignature.NEAR_COPY, 0.99);
        assertThat(acme.nearCopyOf(globex)).isTrue();
    }

    @Test
    void notesWrittenForTheirReadersAreNotNearCopies() {
        NoteSignature talk = sign(to("Anna", "Schmidt", "Hi Anna, your talk on routing at the logistics summit "
                + "changed how we plan tours; could I ask you one question about depots?"));
        NoteSignature paper = sign(to("Ben", "Okafor", "Hello Ben, I read your paper about claims automation "
                + "and wondered whether the model also works for small insurers like ours."));

        assertThat(talk.nearCopyOf(paper)).isFalse();
        assertThat(talk.similarity(paper)).isLessThan(NoteSignature.NEAR_COPY);
    }

    @Test
    void aRequestWithoutANoteHasNoSignature() {
        assertThat(sign(ReviewRequest.builder(RequestType.CONNECTION).build())).isNull();
        assertThat(sign(to("Anna", "Schmidt", "   "))).isNull();
    }

    @Test
    void survivesItsBytes() {
        NoteSignature signature = sign(to("Anna", "Schmidt", "Hi Anna, let's connect and talk about solar yield."));
        NoteSignature read = NoteSignature.fromBytes(signature.toBytes());

        assertThat(read).isEqualTo(signature);
        assertThat(read.similarity(signature)).isEqualTo(1.0);
        assertThat(signature.toBytes()).hasSize(9 + 2 * NoteSignature.MINIMA);
    }

    @Test
    void aSignatureWithoutMinimaMatchesOnlyItsTemplate() {
        NoteSignature bare = NoteSignature.of(42L, null);
        NoteSignature other = NoteSignature.of(43L, new char[NoteSignature.MINIMA]);

        assertThat(NoteSignature.fromBytes(bare.toBytes())).isEqualTo(bare);
        assertThat(bare.toBytes()).hasSize(9);
        assertThat(bare.nearCopyOf(NoteSignature.of(42L, null))).isTrue();
        assertThat(bare.similarity(other)).isZero();
    }

    @Test
    void rejectsWhatIsNotASignature() {
        assertThatThrownBy(() -> NoteSignature.fromBytes(new byte[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a note signature of format 1");
        assertThatThrownBy(() -> NoteSignature.fromBytes(new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a note signature has 9 or 249 bytes (was 3)");
        assertThatThrownBy(() -> NoteSignature.of(1L, new char[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minima.length must be 120 (was 3)");
        assertThatThrownBy(() -> NoteSignature.fromBytes(null)).hasMessage("bytes == null");
    }

    @Test
    void copiesTheMinimaItIsGiven() {
        char[] minima = new char[NoteSignature.MINIMA];
        NoteSignature signature = NoteSignature.of(7L, minima);
        minima[0] = 'x';

        assertThat(signature).isEqualTo(NoteSignature.of(7L, new char[NoteSignature.MINIMA]));
    }
}
