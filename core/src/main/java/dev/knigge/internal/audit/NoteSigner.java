package dev.knigge.internal.audit;

import dev.knigge.audit.NoteSignature;
import dev.knigge.internal.note.Greetings;
import dev.knigge.request.ReviewRequest;

/**
 * Signs a request's note exactly as the audit indexes it: {@link NoteNormalizer}'s template, its
 * key, and {@link MinHash} over its shingles. Immutable and thread-safe.
 */
public final class NoteSigner {
    private final NoteNormalizer normalizer;

    /** A signer that knows the salutations of the policy's lexicons. */
    public NoteSigner(Greetings greetings) {
        this.normalizer = new NoteNormalizer(greetings);
    }

    /** The note's signature, or {@code null} when the request has no note. */
    public NoteSignature sign(ReviewRequest request) {
        Fingerprint fingerprint = normalizer.of(request);
        if (fingerprint == null) {
            return null;
        }
        long[] shingles = fingerprint.shingles();
        if (shingles.length == 0) {
            return NoteSignature.of(fingerprint.key(), null);
        }
        char[] minima = new char[MinHash.SIZE];
        MinHash.sign(shingles, minima, 0);
        return NoteSignature.of(fingerprint.key(), minima);
    }
}
