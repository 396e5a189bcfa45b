package dev.knigge.internal.facts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a committed {@code docs/facts.md} is the reference as generated now. */
public final class DocumentCheck {
    private DocumentCheck() {}

    /** {@code null} when the file holds the generated reference, else what is wrong and how to regenerate it. */
    public static String check(Path document) throws IOException {
        if (!Files.exists(document)) {
            return document + " does not exist; regenerate it from the repository's root: " + FactsText.REGENERATE;
        }
        String committed = Files.readString(document, StandardCharsets.UTF_8);
        String generated = FactsText.markdown(FactReference.load());
        if (committed.equals(generated)) {
            return null;
        }
        return document + " differs from the generated reference at line " + firstDifference(committed, generated)
                + "; regenerate it from the repository's root: " + FactsText.REGENERATE;
    }

    /** The first line (from 1) where two texts differ. */
    public static int firstDifference(String a, String b) {
        String[] left = a.split("\n", -1);
        String[] right = b.split("\n", -1);
        int line = 0;
        while (line < left.length && line < right.length && left[line].equals(right[line])) {
            line++;
        }
        return line + 1;
    }
}
