package dev.knigge.internal.facts;

import dev.knigge.authoring.Note;
import dev.knigge.authoring.Parameters;
import dev.knigge.internal.engine.FactTypes;
import dev.knigge.internal.lint.FactModel;
import dev.knigge.internal.note.Detector;
import dev.knigge.internal.note.NoteFacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The reference of the facts DRL sees: every fact type of the model lint types against
 * ({@link FactModel}) with each field's name, type and nullability from the classes, and its
 * meaning, source and when it is {@code null} from {@code knigge/facts.properties}; the
 * {@code Parameters} accessors; and the lexicon keys with the {@code Note} fields each sets. One
 * source for {@code knigge facts}, {@code knigge facts --lexicon} and {@code docs/facts.md}.
 * Immutable.
 */
public final class FactReference {
    /** The resource with the words. */
    public static final String RESOURCE = "knigge/facts.properties";
    /** What a word list affects when it serves every detector's phrases rather than named fields. */
    static final String EVERY_DETECTOR = "every detector's reading";
    /** How a word class's key starts: {@code class.work} is named in phrases as {@code <work>}. */
    public static final String CLASS_PREFIX = "class.";

    /**
     * One fact type.
     *
     * @param name its simple name, as a pattern writes it
     * @param className its class
     * @param meaning what it is
     * @param fields its fields, by name
     * @param accessors the methods a constraint may call (only {@code Parameters} has them)
     */
    public record Fact(String name, String className, String meaning, List<Field> fields, List<Accessor> accessors) {}

    /**
     * One field of a fact.
     *
     * @param name as DRL writes it
     * @param kind {@code boolean}, {@code number}, {@code text}, {@code enum}, {@code collection}, {@code fact} or
     *        {@code other}
     * @param type how the reference names its type ({@code number}, {@code enum RequestType}, {@code collection of text})
     * @param values an enum's constants, else empty
     * @param nullWhen when it is {@code null}; {@code null} for a field that never is
     * @param meaning what it means
     * @param source the request's JSON path it comes from, or {@code derived: …}
     */
    public record Field(String name, String kind, String type, List<String> values, String nullWhen, String meaning,
                        String source) {
        /** Whether the field may be {@code null} in a review. */
        public boolean nullable() {
            return nullWhen != null;
        }
    }

    /**
     * A {@code Parameters} accessor.
     *
     * @param name the method's name
     * @param argument the type of its argument ({@code String}, {@code RequestType})
     * @param returns what it returns: {@code number}, {@code decimal number} or {@code boolean}
     * @param meaning what it does
     * @param example a pattern that calls it
     */
    public record Accessor(String name, String argument, String returns, String meaning, String example) {}

    /**
     * A key a lexicon file may define.
     *
     * @param key as the file writes it
     * @param detector whether its phrases detect a {@code Note} reading, rather than serve the analyzer as a word list
     * @param sets the {@code Note} fields its entries set or affect
     * @param meaning what its entries are
     */
    public record LexiconKey(String key, boolean detector, List<String> sets, String meaning) {}

    private final List<Fact> facts;
    private final List<LexiconKey> lexiconKeys;

    private FactReference(List<Fact> facts, List<LexiconKey> lexiconKeys) {
        this.facts = List.copyOf(facts);
        this.lexiconKeys = List.copyOf(lexiconKeys);
    }

    /** The fact types in the order a session inserts them, {@code Parameters} last. */
    public List<Fact> facts() {
        return facts;
    }

    /** Every key a lexicon may hold: the detectors first, then the word lists. */
    public List<LexiconKey> lexiconKeys() {
        return lexiconKeys;
    }

    /** The reference from the model and {@link #RESOURCE}. */
    public static FactReference load() {
        return of(words());
    }

    /**
     * The reference from the model and the given words.
     *
     * @throws IllegalStateException listing every {@link #problems(Properties) problem} of the words
     */
    static FactReference of(Properties words) {
        List<String> problems = problems(words);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " does not describe the facts: " + String.join("; ", problems));
        }
        List<Fact> facts = new ArrayList<>();
        for (Class<?> type : FactTypes.ALL) {
            String name = type.getSimpleName();
            List<Field> fields = new ArrayList<>();
            FactModel.describe(type).forEach((field, model) -> {
                String[] parts = split(words.getProperty(name + "." + field));
                fields.add(new Field(field, model.kind(), typeName(model), constants(model.type()),
                        words.getProperty(name + "." + field + ".null"), parts[0], parts[1]));
            });
            List<Accessor> accessors = new ArrayList<>();
            if (type == Parameters.class) {
                for (Method method : sortedParameters()) {
                    String[] parts = split(words.getProperty(name + "." + method.getName()));
                    accessors.add(new Accessor(method.getName(), method.getParameterTypes()[0].getSimpleName(),
                            returns(method.getReturnType()), parts[0], parts[1]));
                }
            }
            facts.add(new Fact(name, type.getName(), words.getProperty(name), fields, accessors));
        }
        List<LexiconKey> keys = new ArrayList<>();
        for (String key : lexiconKeyOrder()) {
            String[] parts = split(words.getProperty("lexicon." + key));
            keys.add(new LexiconKey(key, Detector.byKey(key) != null, list(parts[0]), parts[1]));
        }
        return new FactReference(facts, keys);
    }

    /** The words of {@link #RESOURCE}. */
    static Properties words() {
        try (InputStream in = FactReference.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the class path");
            }
            Properties words = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                words.load(reader);
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What is wrong with the words, compared with the model: a fact, field, accessor or lexicon key
     * without an entry (or with an entry that lacks its meaning or source), an entry that names
     * nothing of the model, a {@code .null} line on a field whose type cannot hold {@code null}, and
     * a lexicon key whose Note fields do not exist or leave out the field its detector sets. Empty
     * when the words describe the model exactly.
     */
    public static List<String> problems(Properties words) {
        List<String> problems = new ArrayList<>();
        Set<String> expected = new TreeSet<>();
        Set<String> notes = FactModel.describe(Note.class).keySet();
        for (Class<?> type : FactTypes.ALL) {
            String name = type.getSimpleName();
            expected.add(name);
            if (blank(words.getProperty(name))) {
                problems.add(name + ": no meaning in " + RESOURCE);
            }
            for (FactModel.Field field : FactModel.describe(type).values()) {
                String key = name + "." + field.name();
                expected.add(key);
                checkPair(words, key, "meaning | source", problems);
                if (words.getProperty(key + ".null") != null) {
                    expected.add(key + ".null");
                    if (field.type().isPrimitive()) {
                        problems.add(key + ".null: " + field.name() + " is of type " + field.type() + ", never null");
                    } else if (blank(words.getProperty(key + ".null"))) {
                        problems.add(key + ".null: empty; say when it is null");
                    }
                }
            }
            if (type == Parameters.class) {
                for (String accessor : FactModel.parameterAccessors().keySet()) {
                    expected.add(name + "." + accessor);
                    checkPair(words, name + "." + accessor, "what it does | an example", problems);
                }
            }
        }
        for (String key : lexiconKeyOrder()) {
            String entry = "lexicon." + key;
            expected.add(entry);
            if (checkPair(words, entry, "Note fields | what its entries are", problems)) {
                List<String> sets = list(split(words.getProperty(entry))[0]);
                for (String field : sets) {
                    if (!notes.contains(field) && !field.equals(EVERY_DETECTOR)) {
                        problems.add(entry + ": '" + field + "' is no field of Note");
                    }
                }
                Detector detector = Detector.byKey(key);
                if (detector != null && !sets.contains(detector.fact())) {
                    problems.add(entry + ": the detector sets " + detector.fact() + ", which the entry leaves out");
                }
            }
        }
        for (String key : new TreeSet<>(words.stringPropertyNames())) {
            if (!expected.contains(key)) {
                problems.add(key + ": " + unknown(key));
            }
        }
        return problems;
    }

    /** Why an entry names nothing: the fact or field it names does not exist. */
    private static String unknown(String key) {
        if (key.startsWith("lexicon.")) {
            return "no lexicon key '" + key.substring("lexicon.".length()) + "' exists";
        }
        String[] parts = key.split("\\.", -1);
        for (Class<?> type : FactTypes.ALL) {
            if (type.getSimpleName().equals(parts[0])) {
                return parts.length == 3 && parts[2].equals("null")
                        ? "no field '" + parts[1] + "' on " + parts[0]
                        : parts.length == 2 ? "no field '" + parts[1] + "' on " + parts[0]
                        : "not an entry of the form Type.field or Type.field.null";
            }
        }
        return "no fact type '" + parts[0] + "'";
    }

    private static boolean checkPair(Properties words, String key, String form, List<String> problems) {
        String value = words.getProperty(key);
        if (value == null) {
            problems.add(key + ": no entry in " + RESOURCE + " (" + key + " = " + form + ")");
            return false;
        }
        String[] parts = value.split(" \\| ", -1);
        if (parts.length != 2 || blank(parts[0]) || blank(parts[1])) {
            problems.add(key + ": write " + form + ", separated by ' | '");
            return false;
        }
        return true;
    }

    private static String[] split(String value) {
        String[] parts = value.split(" \\| ", -1);
        return new String[] {parts[0].strip(), parts[1].strip()};
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The detectors' keys in their order, then the word lists'. */
    static List<String> lexiconKeyOrder() {
        Set<String> keys = new LinkedHashSet<>();
        for (Detector detector : Detector.values()) {
            keys.add(detector.key());
        }
        keys.addAll(NoteFacts.WORD_LISTS);
        return List.copyOf(keys);
    }

    private static List<Method> sortedParameters() {
        List<Method> methods = new ArrayList<>(FactModel.parameterAccessors().values());
        methods.sort(java.util.Comparator.comparing(Method::getName));
        return methods;
    }

    private static List<String> constants(Class<?> type) {
        if (!type.isEnum()) {
            return List.of();
        }
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    private static String returns(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        return type == double.class || type == Double.class ? "decimal number" : "number";
    }

    /** How the reference names a field's type. */
    private static String typeName(FactModel.Field field) {
        return switch (field.kind()) {
            case "boolean" -> "boolean";
            case "number" -> returns(field.type());
            case "text" -> "text";
            case "enum" -> "enum " + field.type().getSimpleName();
            case "collection" -> "collection of " + element(field.element());
            case "fact" -> "fact " + field.type().getSimpleName();
            default -> simple(field.generic());
        };
    }

    private static String element(Class<?> element) {
        return element == String.class ? "text" : element.getSimpleName();
    }

    /** A generic type without package names: {@code Map<String, List<Evidence>>}. */
    private static String simple(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return simple(parameterized.getRawType()) + Arrays.stream(parameterized.getActualTypeArguments())
                    .map(FactReference::simple).collect(Collectors.joining(", ", "<", ">"));
        }
        return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
    }
}
