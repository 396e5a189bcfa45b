package dev.knigge.internal.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;

/** The built-in policies on a class path: every jar lists its own in {@code knigge/policies.list}. */
public final class BuiltInPolicies {
    private BuiltInPolicies() {}

    /** The ids of all built-in policies the class loader can see, sorted. */
    public static List<String> ids(ClassLoader loader) {
        TreeSet<String> ids = new TreeSet<>();
        try {
            Enumeration<URL> lists = loader.getResources(PolicyFolder.BUILT_IN_LIST);
            while (lists.hasMoreElements()) {
                try (BufferedReader reader = new BufferedReader(
                        new InputStreamReader(lists.nextElement().openStream(), StandardCharsets.UTF_8))) {
                    reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                            .forEach(ids::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(ids);
    }
}
