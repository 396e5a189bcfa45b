package dev.knigge.advice;

import java.util.Objects;


/**
 * A span of the note that made a finding fire: what a compose box highlights. Offsets count
 * UTF-16 code units, as Java and JavaScript do.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param text the note's text between the two
 */
public record Evidence(int start, int end, String text) {

    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("evidence span [" + start + ", " + end + ") is not a span");
        }
        Objects.requireNonNull(text, "evidence.text == null");
    }
}
