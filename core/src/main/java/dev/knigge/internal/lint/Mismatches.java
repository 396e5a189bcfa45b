package dev.knigge.internal.lint;

import dev.knigge.internal.lint.ValueType.Kind;
import java.util.List;

/**
 * How lint words a comparison whose two sides cannot be compared: what each side is, and the
 * spelling that compares what the author meant ({@code recruiter == "yes"} → {@code recruiter ==
 * true}; {@code degree == "3"} → {@code degree == 3}; {@code type == "INMAIL"} →
 * {@code RequestType.INMAIL}). Drools would coerce or fail at the first review instead.
 */
final class Mismatches {
    private Mismatches() {}

    /**
     * The problem with {@code left operator right}.
     *
     * @param leftText the left side as written, or {@code null} when it is not a plain value
     * @param rightText the right side as written, or {@code null}
     * @param why what the operator takes, as in {@code '==' compares a boolean with text}
     */
    static String describe(String operator, String leftText, ValueType left, String rightText, ValueType right,
                           String why) {
        if (leftText == null || rightText == null) {
            return why;
        }
        boolean swap = literal(leftText) && !literal(rightText);
        String field = swap ? rightText : leftText;
        ValueType fieldType = swap ? right : left;
        String value = swap ? leftText : rightText;
        ValueType valueType = swap ? left : right;
        String fix = fix(operator, field, fieldType, value, valueType);
        return why + ": " + field + " is " + what(fieldType) + ", and " + value + " is " + valueType.describe()
                + (fix.isEmpty() ? "" : "; " + fix);
    }

    private static String what(ValueType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "true or false";
            case ENUM -> "a " + type.type().getSimpleName();
            default -> type.describe();
        };
    }

    private static String fix(String operator, String field, ValueType type, String value, ValueType valueType) {
        String unquoted = valueType.kind() == Kind.TEXT && value.length() >= 2 && value.startsWith("\"")
                && value.endsWith("\"") ? value.substring(1, value.length() - 1).strip() : null;
        switch (type.kind()) {
            case BOOLEAN:
                return "write " + field + " == true or " + field + " == false";
            case NUMBER:
                if (unquoted != null && unquoted.matches("-?\\d+(\\.\\d+)?")) {
                    return "write the number without quotes: " + field + " " + operator + " " + unquoted;
                }
                return "compare it with a number, as in " + field + " " + operator + " 3";
            case ENUM:
                List<String> constants = ValueCheck.constants(type.type());
                String simple = type.type().getSimpleName();
                if (unquoted != null && constants.contains(unquoted)) {
                    return "write " + field + " " + operator + " " + simple + "." + unquoted;
                }
                return "compare it with a constant of " + simple + ": " + String.join(", ", constants);
            case TEXT:
                return "compare it with text in double quotes, as in " + field + " " + operator + " \"…\"";
            default:
                return "";
        }
    }

    /** Whether a side is written as a literal: text, a number, true, false or null. */
    private static boolean literal(String text) {
        return text.startsWith("\"") || text.matches("-?\\d.*") || text.equals("true") || text.equals("false")
                || text.equals("null");
    }
}
