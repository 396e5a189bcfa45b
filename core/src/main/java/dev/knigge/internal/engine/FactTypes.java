package dev.knigge.internal.engine;

import dev.knigge.authoring.Derived;
import dev.knigge.authoring.Note;
import dev.knigge.authoring.Parameters;
import dev.knigge.request.Activity;
import dev.knigge.request.Group;
import dev.knigge.request.Recipient;
import dev.knigge.request.Relationship;
import dev.knigge.request.Requester;
import dev.knigge.request.ReviewRequest;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The classes of the facts a review inserts, and how their fields are read from them: what the
 * session inserts, what the saved rules' key covers, and what the compiled-rules check and the
 * untrusted language ({@code internal.lint.FactModel}) allow.
 */
public final class FactTypes {
    /** The facts of a session: the request and its parts, the note, the derived readings, the parameters. */
    public static final List<Class<?>> ALL = List.of(ReviewRequest.class, Requester.class, Recipient.class,
            Relationship.class, Activity.class, Group.class, Note.class, Derived.class, Parameters.class);
    /** The facts of one review, inserted before and deleted after it: every fact but the parameters. */
    public static final Set<Class<?>> PER_REVIEW = Set.copyOf(ALL.subList(0, ALL.size() - 1));
    /** Public no-argument methods of a fact that are not fields: how a value is made, copied and printed. */
    private static final Set<String> NOT_FIELDS = Set.of("builder", "toBuilder", "toString", "hashCode", "equals");

    private FactTypes() {}

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

    /** Whether a method is an accessor ({@link #accessors}). */
    public static boolean isAccessor(Method method) {
        int modifiers = method.getModifiers();
        return Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !method.isSynthetic()
                && !method.isBridge() && method.getParameterCount() == 0 && method.getReturnType() != void.class
                && !NOT_FIELDS.contains(method.getName());
    }
}
