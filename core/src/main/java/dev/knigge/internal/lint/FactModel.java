package dev.knigge.internal.lint;

import dev.knigge.Activity;
import dev.knigge.Group;
import dev.knigge.Recipient;
import dev.knigge.Relationship;
import dev.knigge.Requester;
import dev.knigge.ReviewRequest;
import dev.knigge.authoring.Derived;
import dev.knigge.authoring.Note;
import dev.knigge.authoring.Parameters;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What DRL may name, read from Knigge's own classes rather than listed by hand: the fact types a
 * pattern may match, the fields of each (its public accessors: the no-argument methods it declares,
 * with their types), the accessors of {@link Parameters} (its public one-argument methods), and the
 * enums of {@code dev.knigge}. A field added to a request value or to {@link Derived} is allowed the
 * moment it exists.
 */
public final class FactModel {
    /** The facts Knigge inserts into every session: the request and its parts, the note, the derived readings, the parameters. */
    public static final List<Class<?>> FACT_TYPES = List.of(ReviewRequest.class, Requester.class, Recipient.class,
            Relationship.class, Activity.class, Group.class, Note.class, Derived.class, Parameters.class);
    /** The facts of one review, inserted before and deleted after it: every fact but the parameters. */
    public static final Set<Class<?>> PER_REVIEW = Set.copyOf(FACT_TYPES.subList(0, FACT_TYPES.size() - 1));
    /** Zero-argument queries allowed on a collection or text field: constant time, no side effect. */
    static final Set<String> COLLECTION_QUERIES = Set.of("isEmpty", "size");
    /** Public no-argument methods of a fact that are not fields: how a value is made, copied and printed. */
    private static final Set<String> NOT_FIELDS = Set.of("builder", "toBuilder", "toString", "hashCode", "equals");
    /**
     * Words MVEL gives a meaning of its own ({@code empty} and {@code nil} are literals, the rest
     * keywords): never read as a field, whatever a fact calls its accessors.
     */
    private static final Set<String> MVEL_WORDS = Set.of("empty", "nil", "null", "true", "false", "this", "new",
            "def", "var", "function", "isdef", "with", "foreach", "until", "if", "else", "while", "for", "do",
            "return", "instanceof", "is", "contains", "memberOf", "matches", "soundslike", "in", "not", "import",
            "class", "assert", "modify", "update", "insert", "retract", "delete");

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

    /**
     * The accessors of a class by name, with their return types, sorted by name: the public,
     * non-static methods it declares that take no argument and return a value, except how a value
     * is made, copied and printed ({@code builder}, {@code toBuilder}, {@code toString},
     * {@code hashCode}, {@code equals}). For a fact these are its fields; for any other class, the
     * properties a constraint can read.
     */
    public static Map<String, Class<?>> accessors(Class<?> type) {
        Map<String, Class<?>> accessors = new TreeMap<>();
        for (Method method : type.getDeclaredMethods()) {
            if (isAccessor(method)) {
                accessors.put(method.getName(), method.getReturnType());
            }
        }
        return accessors;
    }

    private static boolean isAccessor(Method method) {
        int modifiers = method.getModifiers();
        return Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !method.isSynthetic()
                && !method.isBridge() && method.getParameterCount() == 0 && method.getReturnType() != void.class
                && !NOT_FIELDS.contains(method.getName());
    }

    /** The fields of a fact type by name, sorted; empty for {@code Parameters}, which has accessors instead. */
    static Map<String, ValueType> fields(Class<?> fact) {
        return FIELDS.get(fact);
    }

    private static final ClassValue<Map<String, ValueType>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, ValueType> computeValue(Class<?> fact) {
            Map<String, ValueType> fields = new TreeMap<>();
            if (isFact(fact) && fact != Parameters.class) {
                for (Method method : fact.getDeclaredMethods()) {
                    if (isAccessor(method) && !MVEL_WORDS.contains(method.getName())) {
                        fields.put(method.getName(), ValueType.of(method.getReturnType(), method.getGenericReturnType()));
                    }
                }
            }
            return java.util.Collections.unmodifiableMap(fields);
        }
    };

    /**
     * Where a field that is not on a fact lives instead: {@code "Derived"} for a derived reading
     * written on the part it used to be on ({@code Relationship( stranger )}), or {@code null}.
     */
    static String movedTo(Class<?> fact, String field) {
        return fact != Derived.class && fields(Derived.class).containsKey(field) ? "Derived" : null;
    }

    /**
     * What to import for a pattern type that resolves to nothing but names a fact, or {@code null}:
     * the request's parts are {@code dev.knigge} classes, and {@code Request} is {@code ReviewRequest}.
     */
    static String importHint(String typeName) {
        if (typeName.equals("Request") || typeName.equals("dev.knigge.authoring.Request")) {
            return "the request is ReviewRequest: import dev.knigge.ReviewRequest and write ReviewRequest( … )";
        }
        String simple = typeName.substring(typeName.lastIndexOf('.') + 1);
        for (Class<?> fact : FACT_TYPES) {
            if (fact.getSimpleName().equals(simple)) {
                return simple + " is " + fact.getName() + ": import " + fact.getName();
            }
        }
        return null;
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
