package dev.knigge.internal.lint;

import java.lang.reflect.Type;
import java.util.Collection;

/**
 * The type of a value in untrusted DRL, as far as the check needs it: what kind of value it is,
 * its class, and for a collection the class of its elements.
 *
 * @param kind what kind of value
 * @param type its class (boxed), {@code Object} for {@code null}
 * @param element the class of a collection's elements, else {@code null}
 * @param nullable whether the value may be {@code null}: a boxed {@code Boolean} or number field
 *        (a reading the analysis could not make, a count the request left out)
 */
record ValueType(Kind kind, Class<?> type, Class<?> element, boolean nullable) {

    /** What kind of value. */
    enum Kind { BOOLEAN, NUMBER, TEXT, ENUM, COLLECTION, NULL, FACT, OTHER, UNKNOWN }

    static final ValueType BOOLEAN = new ValueType(Kind.BOOLEAN, Boolean.class, null, false);
    static final ValueType NUMBER = new ValueType(Kind.NUMBER, Number.class, null, false);
    static final ValueType TEXT = new ValueType(Kind.TEXT, String.class, null, false);
    static final ValueType NULL = new ValueType(Kind.NULL, Object.class, null, false);
    /** A field that is true, false or not known ({@code null}): a {@code Boolean}. */
    static final ValueType NULLABLE_BOOLEAN = new ValueType(Kind.BOOLEAN, Boolean.class, null, true);
    /** A number field that may be left out ({@code null}): an {@code Integer}, a {@code Double}. */
    static final ValueType NULLABLE_NUMBER = new ValueType(Kind.NUMBER, Number.class, null, true);
    /**
     * The type of a variable whose binding was refused: accepted wherever it is used, so one
     * refusal is one problem and not one more for every use.
     */
    static final ValueType UNKNOWN = new ValueType(Kind.UNKNOWN, Object.class, null, false);

    /** The type of a field or method result declared as {@code raw} (generic form {@code generic}). */
    static ValueType of(Class<?> raw, Type generic) {
        if (raw == boolean.class) {
            return BOOLEAN;
        }
        if (raw == Boolean.class) {
            return NULLABLE_BOOLEAN;
        }
        if (raw.isPrimitive()) {
            return NUMBER;
        }
        if (Number.class.isAssignableFrom(raw)) {
            return NULLABLE_NUMBER;
        }
        if (raw == String.class) {
            return TEXT;
        }
        if (raw.isEnum()) {
            return new ValueType(Kind.ENUM, raw, null, true);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return new ValueType(Kind.COLLECTION, raw, FactModel.elementOf(generic), false);
        }
        if (FactModel.isFact(raw)) {
            return new ValueType(Kind.FACT, raw, null, true);
        }
        return new ValueType(Kind.OTHER, raw, null, true);
    }

    /** The type of a bound fact. */
    static ValueType fact(Class<?> fact) {
        return new ValueType(Kind.FACT, fact, null, false);
    }

    /** An enum constant's type. */
    static ValueType constant(Class<?> type) {
        return new ValueType(Kind.ENUM, type, null, false);
    }

    /** How messages name the type. */
    String describe() {
        return switch (kind) {
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case TEXT -> "text";
            case NULL -> "null";
            case COLLECTION -> "a collection";
            case UNKNOWN -> "a refused value";
            default -> type.getSimpleName();
        };
    }
}
