package dev.knigge.internal.lint;

/**
 * What lint says of a field that may be {@code null} used as if it could not: a {@code Boolean}
 * reading that is not known for every note ({@code Note( specifics )} when the note's language
 * cannot be read) fails the review when it is negated or stands alone, so each message gives the
 * spelling that stays silent when the value is not known.
 */
final class Nullables {
    private Nullables() {}

    /** {@code !field} on a field that may be null. */
    static String negated(String field) {
        return "'" + field + "' may be null (not known), and !" + field + " then fails the review; write " + field
                + " == false, which holds only when it is known to be false";
    }

    /** A constraint that is a field that may be null, alone. */
    static String alone(String field) {
        return "'" + field + "' may be null (not known), and a constraint on it alone then fails the review; write "
                + field + " == true, which holds only when it is known to be true";
    }
}
