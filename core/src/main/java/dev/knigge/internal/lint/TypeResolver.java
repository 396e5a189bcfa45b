package dev.knigge.internal.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;

/**
 * Finds the class a type name in a DRL file means, the way Drools does: an explicit import, then
 * the file's own package, then wildcard imports, then {@code java.lang}. Classes are looked up
 * without being initialised, so nothing of theirs runs.
 */
final class TypeResolver {
    private final ClassLoader loader;
    private final String namespace;
    private final Map<String, String> explicit = new HashMap<>();
    private final List<String> wildcards = new ArrayList<>();
    private final Map<String, Optional<Class<?>>> cache = new HashMap<>();

    TypeResolver(PackageDescr pkg, ClassLoader loader) {
        this.loader = loader;
        this.namespace = pkg.getNamespace() == null ? "" : pkg.getNamespace();
        for (ImportDescr descr : pkg.getImports()) {
            String target = descr.getTarget();
            if (target == null) {
                continue;
            }
            if (target.endsWith(".*")) {
                wildcards.add(target.substring(0, target.length() - 2));
            } else {
                explicit.put(target.substring(target.lastIndexOf('.') + 1), target);
            }
        }
    }

    /** The class a simple name means in this file, or {@code null} when it names none. */
    Class<?> simple(String name) {
        String imported = explicit.get(name);
        if (imported != null) {
            return qualified(imported);
        }
        if (!namespace.isEmpty()) {
            Class<?> own = load(namespace + "." + name);
            if (own != null) {
                return own;
            }
        }
        for (String wildcard : wildcards) {
            Class<?> found = qualified(wildcard + "." + name);
            if (found != null) {
                return found;
            }
        }
        return load("java.lang." + name);
    }

    /** The class a name means: qualified ({@code java.util.Map.Entry}) or simple. */
    Class<?> resolve(String name) {
        return name.indexOf('.') < 0 ? simple(name) : qualified(name);
    }

    /** The class a qualified name means, nested classes written with dots, or {@code null}. */
    Class<?> qualified(String name) {
        String candidate = name;
        while (true) {
            Class<?> found = load(candidate);
            if (found != null) {
                return found;
            }
            int dot = candidate.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            candidate = candidate.substring(0, dot) + '$' + candidate.substring(dot + 1);
        }
    }

    private Class<?> load(String name) {
        return cache.computeIfAbsent(name, n -> {
            try {
                return Optional.of(Class.forName(n, false, loader));
            } catch (ClassNotFoundException | LinkageError | IllegalArgumentException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }
}
