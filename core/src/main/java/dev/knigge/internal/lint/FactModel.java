package dev.knigge.internal.lint;

import dev.knigge.authoring.Activity;
import dev.knigge.authoring.Group;
import dev.knigge.authoring.Note;
import dev.knigge.authoring.Parameters;
import dev.knigge.authoring.Recipient;
import dev.knigge.authoring.Relationship;
import dev.knigge.authoring.Request;
import dev.knigge.authoring.Requester;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What untrusted DRL may name, read from Knigge's own classes rather than listed by hand: the fact
 * types a pattern may match, the fields of each (the components of its record, with their types),
 * the accessors of {@link Parameters} (its public one-argument methods), and the enums of
 * {@code dev.knigge}. A field added to a fact record is allowed the moment it exists.
 */
final class FactModel {
    /** The facts Knigge inserts into every session. */
    static final List<Class<?>> FACT_TYPES = List.of(Request.class, Requester.class, Recipient.class,
            Relationship.class, Activity.class, Group.class, Note.class, Parameters.class);
    /** Zero-argument queries allowed on a collection or text field: constant time, no side effect. */
    static final Set<String> COLLECTION_QUERIES = Set.of("isEmpty", "size");
    /**
     * Words MVEL gives a meaning of its own ({@code empty} and {@code nil} are literals, the rest
     * keywords): never read as a field, whatever a record calls its components.
     */
    private static final Set<String> MVEL_WORDS = Set.of("empty", "nil", "null", "true", "false", "this", "new",
            "def", "var", "function", "isdef", "with", "foreach", "until", "if", "else", "while", "for", "do",
            "return", "instanceof", "is", "contains", "memberOf", "matches", "soundslike", "in", "not", "import",
            "class", "assert", "modify", "update", "insert", "retract", "delete");
    private static final String AUTHORING = "dev.knigge.authoring";

    private FactModel() {}

    /** Whether a class is one of the facts a pattern may match. */
    static boolean isFact(Class<?> type) {
        return FACT_TYPES.contains(type);
    }

    /** Whether a class is an enum of {@code dev.knigge} (the request's vocabulary). */
    static boolean isKniggeEnum(Class<?> type) {
        return type != null && type.isEnum() && type.getPackageName().equals("dev.knigge");
    }

    /** Whether a class may be imported by name: a fact, {@code Findings}, or an enum of {@code dev.knigge}. */
    static boolean importable(Class<?> type) {
        return type != null && (isFact(type) || isKniggeEnum(type) || type == dev.knigge.authoring.Findings.class);
    }

    /** The fields of a fact type by name, in record order; empty for {@code Parameters}. */
    static Map<String, ValueType> fields(Class<?> fact) {
        Map<String, ValueType> fields = new LinkedHashMap<>();
        if (fact.isRecord() && fact.getPackageName().equals(AUTHORING)) {
            for (RecordComponent component : fact.getRecordComponents()) {
                if (!MVEL_WORDS.contains(component.getName())) {
                    fields.put(component.getName(), ValueType.of(component.getType(), component.getGenericType()));
                }
            }
        }
        return fields;
    }

    /** The accessors of {@code Parameters} by name: its public methods that take one argument. */
    static Map<String, Method> parameterAccessors() {
        Map<String, Method> accessors = new LinkedHashMap<>();
        for (Method method : Parameters.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && method.getParameterCount() == 1) {
                accessors.put(method.getName(), method);
            }
        }
        return accessors;
    }

    /** The names a message can offer as "allowed here" for a fact. */
    static Set<String> names(Class<?> fact) {
        Set<String> names = new TreeSet<>(fields(fact).keySet());
        if (fact == Parameters.class) {
            parameterAccessors().keySet().forEach(name -> names.add(name + "(…)"));
        }
        return names;
    }

    /** The element type of a collection's generic type, or {@code Object} when it does not say. */
    static Class<?> elementOf(Type generic) {
        if (generic instanceof ParameterizedType parameterized && Collection.class.isAssignableFrom(
                (Class<?>) parameterized.getRawType()) && parameterized.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }
}
