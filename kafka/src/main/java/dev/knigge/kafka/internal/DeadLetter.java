package dev.knigge.kafka.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The value of a dead-letter record: where the record was (topic, partition, offset, timestamp),
 * what went wrong ({@code error}: {@code invalid-request}, {@code no-sender} or {@code review-failed}),
 * where ({@code path}, the JSON path of an invalid request, or {@code rule}, the rule whose review
 * failed) and the problem in words. The request itself stays where the offset says; it is not copied.
 *
 * <pre>{@code
 * {"topic":"outbox","partition":0,"offset":42,"timestamp":1767225600000,"error":"invalid-request",
 *  "path":"$.relationship.degree","message":"must be 0, 1, 2 or 3 (was 4)"}
 * }</pre>
 *
 * @param topic the record's topic, or {@code null} when not known
 * @param partition its partition, or -1
 * @param offset its offset, or -1
 * @param timestamp its timestamp
 * @param error what kind of error
 * @param path the JSON path of the problem, or {@code null}
 * @param rule the rule whose review failed, or {@code null}
 * @param message the problem in words
 */
record DeadLetter(String topic, int partition, long offset, long timestamp, String error, String path, String rule,
                  String message) {
    static final String INVALID_REQUEST = "invalid-request";
    static final String NO_SENDER = "no-sender";
    static final String REVIEW_FAILED = "review-failed";

    private static final JsonFactory JSON = new JsonFactory();

    /** The record's value, JSON in UTF-8. */
    byte[] toJson() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            out.writeStartObject();
            if (topic != null) {
                out.writeStringField("topic", topic);
            }
            out.writeNumberField("partition", partition);
            out.writeNumberField("offset", offset);
            out.writeNumberField("timestamp", timestamp);
            out.writeStringField("error", error);
            if (path != null) {
                out.writeStringField("path", path);
            }
            if (rule != null) {
                out.writeStringField("rule", rule);
            }
            out.writeStringField("message", message);
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** How the record is named in a log line: where it was and what went wrong, never its content. */
    String describe() {
        return topic + "-" + partition + "@" + offset + ": " + error + (path == null ? "" : " at " + path)
                + (rule == null ? "" : " in rule " + rule);
    }
}
