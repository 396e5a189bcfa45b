package dev.knigge;

import dev.knigge.internal.Limits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Checks shared by the request builders; every failure names the field as a JSON path. */
final class Validation {
    // The request classes name the limits here; their values are Limits', shared with the JSON codec.
    static final int MAX_NOTE = Limits.MAX_NOTE;
    static final int MAX_SUBJECT = Limits.MAX_SUBJECT;
    static final int MAX_STRING = Limits.MAX_STRING;
    static final int MAX_ITEMS = Limits.MAX_ITEMS;

    private Validation() {}

    static String text(String value, String field, int max) {
        if (value != null && value.length() > max && value.codePointCount(0, value.length()) > max) {
            throw new InvalidRequestException("$." + field,
                    "longer than " + max + " characters (" + value.codePointCount(0, value.length()) + ")");
        }
        return value;
    }

    /** An optional short string; blank reads as absent. */
    static String optional(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(value.strip(), field, MAX_STRING);
    }

    static List<String> strings(List<String> values, String field) {
        if (values == null) {
            throw new NullPointerException(field + " == null");
        }
        if (values.size() > MAX_ITEMS) {
            throw new InvalidRequestException("$." + field, "more than " + MAX_ITEMS + " items (" + values.size() + ")");
        }
        List<String> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null) {
                throw new NullPointerException(field + "[" + i + "] == null");
            }
            copy.add(text(value, field + "[" + i + "]", MAX_STRING));
        }
        return Collections.unmodifiableList(copy);
    }

    static int count(int value, String field) {
        if (value < 0) {
            throw new InvalidRequestException("$." + field, "must not be negative (was " + value + ")");
        }
        return value;
    }

    static Integer count(Integer value, String field) {
        return value == null ? null : count(value.intValue(), field);
    }

    static Double share(Double value, String field) {
        if (value != null && !(value >= 0.0 && value <= 1.0)) {
            throw new InvalidRequestException("$." + field, "must be between 0 and 1 (was " + value + ")");
        }
        return value;
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new NullPointerException(field + " == null");
        }
        return value;
    }
}
