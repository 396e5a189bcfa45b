package dev.knigge.internal.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An enum's constants by their exact names, in declaration order, for decoding and suggestions. */
final class Names<E extends Enum<E>> {
    private final Map<String, E> byName = new HashMap<>();
    private final List<String> names;

    Names(E[] values) {
        List<String> list = new ArrayList<>(values.length);
        for (E value : values) {
            byName.put(value.name(), value);
            list.add(value.name());
        }
        this.names = List.copyOf(list);
    }

    E get(String name) {
        return byName.get(name);
    }

    List<String> names() {
        return names;
    }
}
