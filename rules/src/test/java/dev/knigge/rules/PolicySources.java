package dev.knigge.rules;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The built-in policies' source files, read from this module's folders (the tests run in the
 * module directory), so tests can compare them with what the engine loads.
 */
final class PolicySources {
    static final Path POLICIES = Path.of("src/main/resources/knigge/policies");
    static final Path PROFESSIONAL = POLICIES.resolve("professional");
    static final Path STRICT = POLICIES.resolve("strict");
    static final Path TESTS = Path.of("src/test/java/dev/knigge/rules");

    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"([^\"]+)\"(.*?)^end\\b");
    private static final Pattern ID = Pattern.compile("@id\\(([^)]+)\\)");
    private static final Pattern SEVERITY = Pattern.compile("@severity\\(([^)]+)\\)");
    private static final Pattern UNCHECKED = Pattern.compile("@unchecked\\(([^)]+)\\)");
    private static final Pattern RAISE = Pattern.compile("Findings\\.raise\\(kcontext((?:[^;])*)\\);");
    private static final Pattern NAME = Pattern.compile("\"(\\w+)\"\\s*,");

    private PolicySources() {}

    /**
     * One DRL rule as written: its file, name, id, severity (or, for a rule that reports what could not
     * be judged, what it reports under {@code unchecked}) and the placeholder names it raises.
     */
    record DrlRule(String file, String name, String id, String severity, String unchecked, Set<String> raises) {}

    /** Every rule of every DRL file of the professional policy. */
    static List<DrlRule> professionalRules() {
        List<DrlRule> rules = new ArrayList<>();
        for (Path file : drlFiles()) {
            String text = read(file);
            Matcher rule = RULE.matcher(text);
            while (rule.find()) {
                String body = rule.group(2);
                Set<String> raises = new LinkedHashSet<>();
                Matcher raise = RAISE.matcher(body);
                if (raise.find()) {
                    Matcher name = NAME.matcher(raise.group(1) + ",");
                    while (name.find()) {
                        raises.add(name.group(1));
                    }
                }
                rules.add(new DrlRule(file.getFileName().toString(), rule.group(1), first(ID, body),
                        first(SEVERITY, body), first(UNCHECKED, body), raises));
            }
        }
        return rules;
    }

    static List<Path> drlFiles() {
        try (Stream<Path> files = Files.list(PROFESSIONAL)) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under a folder, as a path relative to it with / separators. */
    static Set<String> filesUnder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-blank, non-comment lines of a list file such as an index. */
    static Set<String> listed(Path file) {
        return read(file).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1).strip() : null;
    }
}
