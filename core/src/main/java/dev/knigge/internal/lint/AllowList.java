package dev.knigge.internal.lint;

import java.util.Map;
import java.util.Set;

/**
 * The types DRL from an untrusted policy may use: Knigge's authoring types and the enums of
 * {@code dev.knigge}, {@code java.lang} values, {@code java.util}, {@code java.util.regex},
 * {@code java.time} and {@code java.math}. Everything else, and in particular anything that
 * reaches outside the review (files, network, processes, reflection, class loading, threads,
 * {@code System}), is refused with the reason.
 */
final class AllowList {
    private AllowList() {}

    /** What a refused type would reach; the wording problems use. */
    static final String FILES = "file access";
    static final String NETWORK = "network access";
    static final String PROCESSES = "running processes";
    static final String SYSTEM = "system access: environment, properties, exit";
    static final String THREADS = "threads";
    static final String CLASS_LOADING = "class loading";
    static final String REFLECTION = "reflection";
    static final String GLOBAL_STATE = "changes state shared beyond the review";
    static final String NOT_LISTED = "not on the allow-list";

    /** Members (called, or read as MVEL properties) that reach outside the review, with why. */
    private static final Map<String, String> MEMBERS = Map.ofEntries(
            Map.entry("getClass", REFLECTION),
            Map.entry("getDeclaringClass", REFLECTION),
            Map.entry("declaringClass", REFLECTION),
            Map.entry("getClassLoader", CLASS_LOADING),
            Map.entry("classLoader", CLASS_LOADING),
            Map.entry("getContextClassLoader", CLASS_LOADING),
            Map.entry("contextClassLoader", CLASS_LOADING),
            Map.entry("getSystemClassLoader", CLASS_LOADING),
            Map.entry("forName", CLASS_LOADING),
            Map.entry("loadClass", CLASS_LOADING),
            Map.entry("getModule", CLASS_LOADING),
            Map.entry("newInstance", REFLECTION),
            Map.entry("invoke", REFLECTION),
            Map.entry("setAccessible", REFLECTION),
            Map.entry("getMethod", REFLECTION),
            Map.entry("getMethods", REFLECTION),
            Map.entry("getDeclaredMethod", REFLECTION),
            Map.entry("getDeclaredMethods", REFLECTION),
            Map.entry("getField", REFLECTION),
            Map.entry("getFields", REFLECTION),
            Map.entry("getDeclaredField", REFLECTION),
            Map.entry("getDeclaredFields", REFLECTION),
            Map.entry("getConstructor", REFLECTION),
            Map.entry("getConstructors", REFLECTION),
            Map.entry("getDeclaredConstructor", REFLECTION),
            Map.entry("getDeclaredConstructors", REFLECTION),
            Map.entry("wait", THREADS),
            Map.entry("notify", THREADS),
            Map.entry("notifyAll", THREADS),
            // Integer.getInteger, Long.getLong and Boolean.getBoolean read system properties.
            Map.entry("getInteger", SYSTEM),
            Map.entry("getLong", SYSTEM),
            Map.entry("getBoolean", SYSTEM),
            // Locale.setDefault, TimeZone.setDefault change every thread's defaults.
            Map.entry("setDefault", GLOBAL_STATE));
    private static final Set<String> JAVA_LANG = Set.of("Object", "String", "CharSequence", "StringBuilder",
            "Boolean", "Character", "Byte", "Short", "Integer", "Long", "Float", "Double", "Number", "Math",
            "StrictMath", "Comparable", "Enum", "Iterable", "Void");
    private static final Map<String, String> JAVA_UTIL_REFUSED = Map.of(
            "ServiceLoader", CLASS_LOADING,
            "ResourceBundle", CLASS_LOADING,
            "PropertyResourceBundle", CLASS_LOADING,
            "ListResourceBundle", CLASS_LOADING,
            "Timer", THREADS,
            "TimerTask", THREADS,
            // new Formatter("name") opens a file.
            "Formatter", FILES);
    private static final Set<String> ALLOWED_PACKAGES = Set.of("dev.knigge.authoring", "dev.knigge", "java.lang",
            "java.util", "java.util.regex", "java.math", "java.time", "java.time.format", "java.time.temporal",
            "java.time.chrono");

    /**
     * Why a type may not be used, or {@code null} when it may.
     *
     * @param name the type's name as resolved or written
     * @param type the class, or {@code null} when it does not load (then the name decides)
     */
    static String refusal(String name, Class<?> type) {
        Class<?> top = type;
        while (top != null && top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        String pkg = top != null ? top.getPackageName() : packageOf(name);
        String topName = top != null ? top.getName() : topLevelOf(name);
        String simple = topName.substring(pkg.isEmpty() ? 0 : pkg.length() + 1);
        String dangerous = dangerous(pkg, topName, top);
        if (dangerous != null) {
            return dangerous;
        }
        return switch (pkg) {
            case "dev.knigge.authoring" -> null;
            case "dev.knigge" -> type != null && type.isEnum() ? null : "only the enums of dev.knigge are allowed";
            case "java.lang" -> JAVA_LANG.contains(simple) ? null : NOT_LISTED;
            case "java.util" -> JAVA_UTIL_REFUSED.get(simple);
            default -> ALLOWED_PACKAGES.contains(pkg) ? null : NOT_LISTED;
        };
    }

    /** Why a member ({@code getClass}, {@code classLoader}…) may not be called or read on any receiver, or {@code null}. */
    static String member(String name) {
        return MEMBERS.get(name);
    }

    /** Why a wildcard import of a package may not be used, or {@code null} when it may. */
    static String packageRefusal(String pkg) {
        String dangerous = dangerous(pkg, pkg + ".*", null);
        return dangerous != null ? dangerous : ALLOWED_PACKAGES.contains(pkg) ? null : NOT_LISTED;
    }

    private static String dangerous(String pkg, String top, Class<?> type) {
        if (under(pkg, "java.io") || under(pkg, "java.nio")) {
            return FILES;
        }
        if (under(pkg, "java.net") || under(pkg, "javax.net") || under(pkg, "java.rmi") || under(pkg, "javax.naming")
                || under(pkg, "jdk.net")) {
            return NETWORK;
        }
        switch (top) {
            case "java.lang.Process", "java.lang.ProcessBuilder", "java.lang.ProcessHandle", "java.lang.Runtime":
                return PROCESSES;
            case "java.lang.System":
                return SYSTEM;
            case "java.lang.Thread", "java.lang.ThreadGroup", "java.lang.ThreadLocal",
                    "java.lang.InheritableThreadLocal":
                return THREADS;
            case "java.lang.ClassLoader", "java.lang.Module", "java.lang.ModuleLayer":
                return CLASS_LOADING;
            case "java.lang.Class", "java.lang.StackWalker", "java.lang.SecurityManager":
                return REFLECTION;
            default:
                break;
        }
        if (type != null && ClassLoader.class.isAssignableFrom(type)) {
            return CLASS_LOADING;
        }
        if (under(pkg, "java.util.concurrent")) {
            return THREADS;
        }
        if (under(pkg, "java.lang.reflect") || under(pkg, "java.lang.invoke") || under(pkg, "java.beans")
                || under(pkg, "sun") || under(pkg, "jdk.internal") || under(pkg, "com.sun")) {
            return REFLECTION;
        }
        return null;
    }

    private static boolean under(String pkg, String root) {
        return pkg.equals(root) || pkg.startsWith(root + ".");
    }

    /** The package of a dotted name by convention: its segments before the first capitalised one. */
    private static String packageOf(String name) {
        String top = topLevelOf(name);
        int dot = top.lastIndexOf('.');
        return dot < 0 ? "" : top.substring(0, dot);
    }

    /** The top-level class of a dotted name by convention: up to its first capitalised segment. */
    private static String topLevelOf(String name) {
        String[] segments = name.split("\\.");
        StringBuilder out = new StringBuilder();
        for (String segment : segments) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(segment);
            if (!segment.isEmpty() && Character.isUpperCase(segment.charAt(0))) {
                break;
            }
        }
        return out.toString();
    }
}
