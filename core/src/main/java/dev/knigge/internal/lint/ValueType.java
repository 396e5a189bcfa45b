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
 */
record ValueType(Kind kind, Class<?> type, Class<?> element) {

    /** What kind of value. */
    enum Kind { BOOLEAN, NUMBER, TEXT, ENUM, COLLECTION, NULL, FACT, OTHER, UNKNOWN }

    static final ValueType BOOLEAN = new ValueType(Kind.BOOLEAN, Boolean.class, null);
    static final ValueType NUMBER = new ValueType(Kind.NUMBER, Number.class, null);
    static final ValueType TEXT = new ValueType(Kind.TEXT, String.class, null);
    static final ValueType NULL = new ValueType(Kind.NULL, Object.class, null);
    /**
     * The type of a variable whose binding was refused: accepted wherever it is used, so one
     * refusal is one problem and not one more for every use.
     */
    static final ValueType UNKNOWN = new ValueType(Kind.UNKNOWN, Object.class, null);

    /** The type of a field or method result declared as {@code raw} (generic form {@code generic}). */
    static ValueType of(Class<?> raw, Type generic) {
        if (raw == boolean.class || raw == Boolean.class) {
            return BOOLEAN;
        }
        if (raw.isPrimitive() || Number.class.isAssignableFrom(raw)) {
            return NUMBER;
        }
        if (raw == String.class) {
            return TEXT;
        }
        if (raw.isEnum()) {
            return new ValueType(Kind.ENUM, raw, null);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return new ValueType(Kind.COLLECTION, raw, FactModel.elementOf(generic));
        }
        if (FactModel.isFact(raw)) {
            return new ValueType(Kind.FACT, raw, null);
        }
        return new ValueType(Kind.OTHER, raw, null);
    }

    /** The type of a bound fact. */
    static ValueType fact(Class<?> fact) {
        return new ValueType(Kind.FACT, fact, null);
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
