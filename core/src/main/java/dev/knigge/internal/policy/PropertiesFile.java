package dev.knigge.internal.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code .properties} file read as UTF-8 text, keeping the line of every entry so problems
 * can point at it. Follows {@link java.util.Properties} syntax (comments, {@code =}, {@code :} or
 * white space as separator, backslash continuation and escapes); a key given twice is reported,
 * not silently overwritten.
 */
public final class PropertiesFile {

    /**
     * One entry: its value, the line its key is on and the column its value starts at.
     *
     * @param column 1-based column of the value's first character on the entry's first line, or 0
     *     when the value starts on a continuation line or is not known
     */
    public record Entry(String key, String value, int line, int column) {

        /** An entry whose value's column is not known. */
        public Entry(String key, String value, int line) {
            this(key, value, line, 0);
        }
    }

    private final String origin;
    private final Map<String, Entry> entries;
    private final List<Entry> duplicates;
    /** The file's physical lines, for placing an item of a value that continues over several. */
    private final String[] lines;

    private PropertiesFile(String origin, Map<String, Entry> entries, List<Entry> duplicates, String[] lines) {
        this.origin = origin;
        this.entries = Collections.unmodifiableMap(entries);
        this.duplicates = List.copyOf(duplicates);
        this.lines = lines;
    }

    /** An empty file, standing for one that does not exist. */
    public static PropertiesFile empty(String origin) {
        return new PropertiesFile(origin, new LinkedHashMap<>(), List.of(), new String[0]);
    }

    /** Parses the text of a properties file. */
    public static PropertiesFile parse(String origin, String text) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<Entry> duplicates = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int firstLine = i + 1;
            String line = stripLeading(lines[i]);
            int indent = lines[i].length() - line.length() - (i == 0 && text.startsWith("\uFEFF") ? 1 : 0);
            int firstLength = line.length() - (endsWithContinuation(line) ? 1 : 0);
            if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == '!') {
                continue;
            }
            StringBuilder logical = new StringBuilder(line);
            while (endsWithContinuation(logical) && i + 1 < lines.length) {
                logical.setLength(logical.length() - 1);
                logical.append(stripLeading(lines[++i]));
            }
            if (endsWithContinuation(logical)) {
                logical.setLength(logical.length() - 1);
            }
            Entry entry = entry(logical.toString(), firstLine, indent, firstLength);
            if (entries.containsKey(entry.key())) {
                duplicates.add(entry);
            }
            entries.put(entry.key(), entry);
        }
        if (text.startsWith("\uFEFF") && !entries.isEmpty()) {
            // A byte-order mark would otherwise become part of the first key.
            Map<String, Entry> cleaned = new LinkedHashMap<>();
            entries.forEach((key, entry) -> {
                String clean = key.replace("\uFEFF", "");
                cleaned.put(clean, new Entry(clean, entry.value(), entry.line(), entry.column()));
            });
            entries = cleaned;
        }
        return new PropertiesFile(origin, entries, duplicates, lines);
    }

    /**
     * The line on which an item of a key's {@code |}-separated value is written: the key's own line
     * or the continuation line that holds it. The key's line when the item is not written whole on
     * one line (or has escapes); 0 when the key is absent.
     */
    public int lineOf(String key, String item) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return 0;
        }
        String wanted = item.strip();
        for (int i = entry.line() - 1; i < lines.length; i++) {
            String line = lines[i];
            boolean continues = endsWithContinuation(line);
            String body = continues ? line.substring(0, line.length() - 1) : line;
            if (i == entry.line() - 1) {
                body = afterKey(body);
            }
            for (String written : body.split("\\|", -1)) {
                if (written.strip().equals(wanted)) {
                    return i + 1;
                }
            }
            if (!continues) {
                break;
            }
        }
        return entry.line();
    }

    /** The value part of an entry's first line: what follows the key and its separator ({@code =}, {@code :} or white space). */
    private static String afterKey(String line) {
        String text = stripLeading(line);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
                String rest = stripLeading(text.substring(i));
                return rest.startsWith("=") || rest.startsWith(":") ? rest.substring(1) : rest;
            }
            i++;
        }
        return "";
    }

    /** Where the file came from, as shown in problems. */
    public String origin() {
        return origin;
    }

    /** Every entry by key, in file order. */
    public Map<String, Entry> entries() {
        return entries;
    }

    /** Keys given more than once (the later entries). */
    public List<Entry> duplicates() {
        return duplicates;
    }

    /** The value for a key, or {@code null}. */
    public String get(String key) {
        Entry entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    /** The column a key's value starts at, or 0 when the key is absent or the column is not known. */
    public int column(String key) {
        Entry entry = entries.get(key);
        return entry == null ? 0 : entry.column();
    }

    /** The line of a key, or 0 when the key is absent. */
    public int line(String key) {
        Entry entry = entries.get(key);
        return entry == null ? 0 : entry.line();
    }

    private static String stripLeading(String line) {
        int start = 0;
        while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\t'
                || line.charAt(start) == '\f')) {
            start++;
        }
        return line.substring(start);
    }

    private static boolean endsWithContinuation(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /**
     * The entry of one logical line, which starts {@code indent} characters into its first physical
     * line and has {@code firstLength} characters there.
     */
    private static Entry entry(String line, int lineNumber, int indent, int firstLength) {
        int keyEnd = 0;
        while (keyEnd < line.length()) {
            char c = line.charAt(keyEnd);
            if (c == '\\') {
                keyEnd += 2;
                continue;
            }
            if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
                break;
            }
            keyEnd++;
        }
        keyEnd = Math.min(keyEnd, line.length());
        int valueStart = keyEnd;
        while (valueStart < line.length() && (line.charAt(valueStart) == ' ' || line.charAt(valueStart) == '\t'
                || line.charAt(valueStart) == '\f')) {
            valueStart++;
        }
        if (valueStart < line.length() && (line.charAt(valueStart) == '=' || line.charAt(valueStart) == ':')) {
            valueStart++;
            while (valueStart < line.length() && (line.charAt(valueStart) == ' ' || line.charAt(valueStart) == '\t'
                    || line.charAt(valueStart) == '\f')) {
                valueStart++;
            }
        }
        int column = valueStart < firstLength ? indent + valueStart + 1 : 0;
        return new Entry(unescape(line.substring(0, keyEnd)), unescape(line.substring(valueStart)), lineNumber, column);
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (isHex(text, i + 1)) {
                        out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append('u');
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from) {
        if (from + 4 > text.length()) {
            return false;
        }
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
