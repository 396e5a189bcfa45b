package dev.knigge.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API of core is what {@code docs/architecture.md} lists, and nothing leaks through it:
 * read from the compiled classes, so a new public type, a public constructor beside a builder, or
 * an internal type in a public signature fails the build until it is meant.
 */
class PublicApiTest {
    /**
     * The public top-level types of each public package: the embedding API, then what rule authors use.
     * {@code NoteSignature} and {@code SenderCounts} (issue 17): the audit's note comparison and its
     * counts, public so a stream of requests (knigge-kafka) counts a sender's history as the audit
     * counts a campaign, from the same code. {@code PhraseMatch} and {@code WhyNot} (issue 15): what
     * {@code knigge explain} answers a rule author.
     */
    static final Map<String, List<String>> API = Map.of(
            "dev.knigge", List.of("Advisor", "AdvisorListener", "Policy", "PolicyWatcher"),
            "dev.knigge.request", List.of("Account", "Activity", "AddressForm", "Group", "InvalidRequestException",
                    "Platform", "Recipient", "Relationship", "RequestType", "Requester", "ReviewRequest", "SenderAnswers"),
            "dev.knigge.advice", List.of("Advice", "Evidence", "Finding", "ReviewException", "RuleDescription", "Severity",
                    "Verdict"),
            "dev.knigge.policy", List.of("PolicyException"),
            "dev.knigge.json", List.of("AdviceJson", "CampaignJson", "RequestJson"),
            "dev.knigge.audit", List.of("AuditEntry", "Campaign", "CampaignReport", "NoteSignature", "SenderCounts"),
            "dev.knigge.authoring", List.of("Derived", "Findings", "Note", "Parameters", "PhraseMatch", "WhyNot"),
            "dev.knigge.scenario", List.of("Expectation", "PolicyComparison", "QualityReport", "QualityTargets",
                    "Scenario", "ScenarioProblem"));

    static Path classes() {
        try {
            return Path.of(dev.knigge.Advisor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every class compiled into core, nested ones included. */
    static List<Class<?>> compiled() {
        Path root = classes();
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (!name.endsWith("package-info") && !name.equals("module-info")) {
                    types.add(Class.forName(name, false, PublicApiTest.class.getClassLoader()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return types;
    }

    static boolean internal(String packageName) {
        return packageName.equals("dev.knigge.internal") || packageName.startsWith("dev.knigge.internal.");
    }

    /** A type other code can reach: public, and every class it is nested in public too. */
    static boolean visible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    static List<Class<?>> api() {
        return compiled().stream().filter(PublicApiTest::visible).filter(t -> !internal(t.getPackageName())).toList();
    }

    @Test
    void thePublicPackagesHoldExactlyTheListedTypes() {
        Map<String, TreeSet<String>> found = new TreeMap<>();
        api().stream().filter(type -> type.getEnclosingClass() == null)
                .forEach(type -> found.computeIfAbsent(type.getPackageName(), k -> new TreeSet<>()).add(type.getSimpleName()));
        Map<String, TreeSet<String>> listed = new TreeMap<>();
        API.forEach((pkg, types) -> listed.put(pkg, new TreeSet<>(types)));

        assertThat(found).isEqualTo(listed);
        assertThat(found.values().stream().mapToInt(TreeSet::size).sum()).isEqualTo(44);
    }

    @Test
    void noTypeWithABuilderHasAPublicConstructor() {
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : api()) {
            boolean builder = Stream.of(type.getMethods()).anyMatch(m -> m.getName().equals("builder")
                    && Modifier.isStatic(m.getModifiers()));
            if (builder) {
                Stream.of(type.getConstructors()).map(Constructor::toString).forEach(offenders::add);
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** Internal types named anywhere in the public or protected members of the public types. */
    static List<String> leaks(List<Class<?>> api) {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : api) {
            List<Type> named = new ArrayList<>();
            named.add(type.getGenericSuperclass());
            named.addAll(List.of(type.getGenericInterfaces()));
            List<Executable> members = new ArrayList<>(List.of(type.getDeclaredConstructors()));
            members.addAll(List.of(type.getDeclaredMethods()));
            for (Executable member : members) {
                if (reachable(member.getModifiers()) && !member.isSynthetic()) {
                    named.addAll(List.of(member.getGenericParameterTypes()));
                    named.addAll(List.of(member.getGenericExceptionTypes()));
                    if (member instanceof Method method) {
                        named.add(method.getGenericReturnType());
                    }
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (reachable(field.getModifiers()) && !field.isSynthetic()) {
                    named.add(field.getGenericType());
                }
            }
            if (type.isRecord()) {
                Stream.of(type.getRecordComponents()).map(RecordComponent::getGenericType).forEach(named::add);
            }
            for (Type t : named) {
                for (Class<?> used : classesIn(t)) {
                    if (internal(used.getPackageName())) {
                        leaks.add(type.getName() + " names " + used.getName());
                    }
                }
            }
        }
        return leaks;
    }

    static boolean reachable(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    static List<Class<?>> classesIn(Type type) {
        List<Class<?>> classes = new ArrayList<>();
        if (type instanceof Class<?> c) {
            classes.add(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof ParameterizedType p) {
            classes.addAll(classesIn(p.getRawType()));
            Stream.of(p.getActualTypeArguments()).forEach(arg -> classes.addAll(classesIn(arg)));
        } else if (type instanceof GenericArrayType a) {
            classes.addAll(classesIn(a.getGenericComponentType()));
        } else if (type instanceof WildcardType w) {
            Stream.of(w.getUpperBounds()).forEach(bound -> classes.addAll(classesIn(bound)));
            Stream.of(w.getLowerBounds()).forEach(bound -> classes.addAll(classesIn(bound)));
        }
        return classes;
    }

    @Test
    void noPublicSignatureNamesAnInternalType() {
        assertThat(leaks(api())).isEmpty();
    }

    @Test
    void theLeakCheckFindsAnInternalTypeInASignature() {
        assertThat(leaks(List.of(Leaky.class))).containsExactly(
                Leaky.class.getName() + " names dev.knigge.internal.Limits");
    }

    /** A public type whose method returns an internal one: what the check must catch. */
    public static final class Leaky {
        public List<? extends dev.knigge.internal.Limits> limits() {
            return List.of();
        }
    }
}
