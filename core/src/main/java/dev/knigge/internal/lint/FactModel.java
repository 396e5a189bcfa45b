package dev.knigge.internal.lint;

import dev.knigge.authoring.Derived;
import dev.knigge.internal.engine.FactTypes;
import dev.knigge.authoring.Parameters;
import dev.knigge.request.Relationship;
import dev.knigge.request.ReviewRequest;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What DRL may name, read from Knigge's own classes rather than listed by hand: the fact types a
 * pattern may match, the fields of each (its public accessors: the no-argument methods it declares,
 * with their types), the accessors of {@link Parameters} (its public one-argument methods), and the
 * enums of {@code dev.knigge.request} and {@code dev.knigge.advice}. A field added to a request
 * value or to {@link Derived} is allowed the moment it exists.
 */
public final class FactModel {
    /** Zero-argument queries allowed on a collection or text field: constant time, no side effect. */
    static final Set<String> COLLECTION_QUERIES = Set.of("isEmpty", "size");
    /**
     * Words MVEL gives a meaning of its own ({@code empty} and {@code nil} are literals, the rest
     * keywords): never read as a field, whatever a fact calls its accessors.
     */
    private static final Set<String> MVEL_WORDS = Set.of("empty", "nil", "null", "true", "false", "this", "new",
            "def", "var", "function", "isdef", "with", "foreach", "until", "if", "else", "while", "for", "do",
            "return", "instanceof", "is", "contains", "memberOf", "matches", "soundslike", "in", "not", "import",
            "class", "assert", "modify", "update", "insert", "retract", "delete");

    /** The packages whose enums a policy may name: the request's vocabulary and the advice's. */
    private static final Set<String> ENUM_PACKAGES = Set.of("dev.knigge.request", "dev.knigge.advice");

    private FactModel() {}

    /** Whether a class is one of the facts a pattern may match. */
    static boolean isFact(Class<?> type) {
        return FactTypes.ALL.contains(type);
    }

    /** Whether a class is an enum of the request's or the advice's vocabulary. */
    static boolean isKniggeEnum(Class<?> type) {
        return type != null && type.isEnum() && ENUM_PACKAGES.contains(type.getPackageName());
    }

    /** Whether a class may be imported by name: a fact, {@code Findings}, or an enum ({@link #isKniggeEnum}). */
    static boolean importable(Class<?> type) {
        return type != null && (isFact(type) || isKniggeEnum(type) || type == dev.knigge.authoring.Findings.class);
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
                    if (FactTypes.isAccessor(method) && !MVEL_WORDS.contains(method.getName())) {
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
            return "the request is ReviewRequest: import dev.knigge.request.ReviewRequest"
                    + " and write ReviewRequest( … )";
        }
        String simple = typeName.substring(typeName.lastIndexOf('.') + 1);
        for (Class<?> fact : FactTypes.ALL) {
            if (fact.getSimpleName().equals(simple)) {
                return simple + " is " + fact.getName() + ": import " + fact.getName();
            }
        }
        return null;
    }

    /** The accessors of {@code Parameters} a constraint may call, by name: its public methods that take one argument. */
    public static Map<String, Method> parameterAccessors() {
        return PARAMETER_ACCESSORS;
    }

    private static final Map<String, Method> PARAMETER_ACCESSORS = readParameterAccessors();

    private static Map<String, Method> readParameterAccessors() {
        Map<String, Method> accessors = new LinkedHashMap<>();
        for (Method method : Parameters.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && method.getParameterCount() == 1) {
                accessors.put(method.getName(), method);
            }
        }
        return java.util.Collections.unmodifiableMap(accessors);
    }

    /** The names a message can offer as "allowed here" for a fact. */
    static Set<String> names(Class<?> fact) {
        Set<String> names = new TreeSet<>(fields(fact).keySet());
        if (fact == Parameters.class) {
            parameterAccessors().keySet().forEach(name -> names.add(name + "(…)"));
        }
        return names;
    }

    /**
     * A field of a fact as a reference of the facts shows it.
     *
     * @param name the field's name, as DRL writes it
     * @param kind what kind of value: {@code boolean}, {@code number}, {@code text}, {@code enum},
     *        {@code collection}, {@code fact} or {@code other}
     * @param type the accessor's declared type ({@code int}, {@code Integer}, {@code RequestType}, …)
     * @param generic the accessor's generic type, for a collection's or map's element types
     * @param element the class of a collection's elements, else {@code null}
     * @param nullable whether lint treats the value as possibly {@code null} (a boxed {@code Boolean} or number)
     */
    public record Field(String name, String kind, Class<?> type, Type generic, Class<?> element, boolean nullable) {}

    /** The fields of a fact type as lint types them, sorted by name; empty for {@code Parameters}. */
    public static Map<String, Field> describe(Class<?> fact) {
        Map<String, Field> described = new TreeMap<>();
        fields(fact).forEach((name, type) -> {
            Method method;
            try {
                method = fact.getMethod(name);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(fact.getSimpleName() + "." + name + " has no accessor", e);
            }
            described.put(name, new Field(name, type.kind().name().toLowerCase(java.util.Locale.ROOT),
                    method.getReturnType(), method.getGenericReturnType(), type.element(), type.nullable()));
        });
        return java.util.Collections.unmodifiableMap(described);
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
