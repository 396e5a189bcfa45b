package dev.knigge.request;

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

    /**
     * Language codes as their lower-case primary subtag: {@code "de-AT"}, {@code "DE"} and
     * {@code "de_AT"} are all {@code "de"}.
     */
    static List<String> languages(List<String> values, String field) {
        List<String> checked = strings(values, field);
        List<String> codes = new ArrayList<>(checked.size());
        for (String code : checked) {
            codes.add(primaryLanguage(code));
        }
        return Collections.unmodifiableList(codes);
    }

    /**
     * The lower-case primary subtag of a language code: what comes before the first {@code -} or
     * {@code _}, stripped. Only ASCII letters change case: codes are ASCII, and nothing gets longer.
     */
    static String primaryLanguage(String code) {
        String stripped = code.strip();
        int dash = stripped.indexOf('-');
        int underscore = stripped.indexOf('_');
        int cut = dash < 0 ? underscore : underscore < 0 ? dash : Math.min(dash, underscore);
        return asciiCase(cut > 0 ? stripped.substring(0, cut) : stripped, false);
    }

    /** An optional code in upper case ({@code "at"} is {@code "AT"}); blank reads as absent. */
    static String upperCase(String value, String field) {
        String code = optional(value, field);
        return code == null ? null : asciiCase(code, true);
    }

    private static String asciiCase(String text, boolean upper) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char mapped = upper ? (c >= 'a' && c <= 'z' ? (char) (c - 32) : c) : (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            if (mapped != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = mapped;
            }
        }
        return chars == null ? text : new String(chars);
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
