package dev.knigge.internal.explain;

import dev.knigge.authoring.WhyNot;
import dev.knigge.internal.engine.FactTypes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Reads the probes' matches back into the rules' conditions: what held, what failed first, what each one saw. */
final class WhyNotReport {
    /** A name a constraint reads: not a member of something else, not a call, not a variable. */
    private static final Pattern NAME = Pattern.compile("(?<![\\w$.#])([A-Za-z_]\\w*)(?!\\s*\\()");
    private static final int MAX_VALUE = 80;

    private final List<ProbedRule> rules;
    private final Map<String, Probes.Probe> probes = new HashMap<>();
    /** The probes in the order they were made: each rule's prefixes from the shortest to the longest. */
    private final List<Probes.Probe> inOrder;
    private final Map<String, List<Map<String, Object>>> matches;
    private final List<Object> facts;
    private final Predicate<String> enabled;

    WhyNotReport(List<ProbedRule> rules, List<Probes.Probe> probes, Map<String, List<Map<String, Object>>> matches,
                 List<Object> facts, Predicate<String> enabled) {
        this.rules = rules;
        this.inOrder = probes;
        for (Probes.Probe probe : probes) {
            this.probes.put(key(probe.rule(), probe.kind(), probe.element(), probe.count()), probe);
        }
        this.matches = matches;
        this.facts = facts;
        this.enabled = enabled;
    }

    WhyNot whyNot(String id, String policy, String version) {
        List<WhyNot.Rule> explained = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            explained.add(rule(r));
        }
        return new WhyNot(id, policy, version, explained);
    }

    private WhyNot.Rule rule(int r) {
        ProbedRule rule = rules.get(r);
        Map<String, Object> bound = bindings(r);
        int[] failed = firstFailed(r);
        List<WhyNot.Condition> conditions = new ArrayList<>();
        List<ProbedRule.Element> elements = rule.elements();
        for (int k = 0; k < elements.size(); k++) {
            ProbedRule.Element element = elements.get(k);
            Object fact = element.split() ? fact(element.type()) : null;
            List<WhyNot.Condition> constraints = new ArrayList<>();
            for (int c = 0; c < element.constraints().size(); c++) {
                ProbedRule.Constraint constraint = element.constraints().get(c);
                constraints.add(new WhyNot.Condition(constraint.text(), constraint.descr().getLine(),
                        constraint.descr().getColumn() + 1, held(r, k, c), failed[0] == k && failed[1] == c,
                        values(constraint.text(), fact, bound), List.of()));
            }
            List<String> values = element.split() && fact == null
                    ? List.of("no " + simpleName(element.type()) + " fact in this review")
                    : element.split() ? List.of() : values(element.text(), null, bound);
            conditions.add(new WhyNot.Condition(element.text(),
                    element.descr().getLine(), element.descr().getColumn() + 1, held(r, k, -1),
                    failed[0] == k && failed[1] == -1, values, constraints));
        }
        return new WhyNot.Rule(rule.meta().name(), rule.meta().origin(), rule.meta().line(),
                rule.meta().severity().name(), enabled.test(rule.meta().id()), failed[0] < 0, conditions);
    }

    /**
     * The first condition that failed as the engine joins them: {element, constraint}, the
     * constraint -1 when the element itself failed (another element, or no fact of the pattern's
     * type), or {-1, -1} when every condition held together.
     */
    private int[] firstFailed(int r) {
        List<ProbedRule.Element> elements = rules.get(r).elements();
        for (int k = 0; k < elements.size(); k++) {
            ProbedRule.Element element = elements.get(k);
            if (!element.split()) {
                if (!matched(r, Probes.Kind.PREFIX, k, -1)) {
                    return new int[] {k, -1};
                }
                continue;
            }
            for (int count = 0; count <= element.constraints().size(); count++) {
                if (!matched(r, Probes.Kind.PREFIX, k, count)) {
                    return new int[] {k, count - 1};
                }
            }
        }
        return new int[] {-1, -1};
    }

    /** Whether a condition held on its own, or {@code null} when it has no probe of its own. */
    private Boolean held(int r, int k, int c) {
        Probes.Probe probe = probes.get(key(r, Probes.Kind.ALONE, k, c));
        return probe == null ? null : matches.containsKey(probe.name());
    }

    private boolean matched(int r, Probes.Kind kind, int k, int count) {
        Probes.Probe probe = probes.get(key(r, kind, k, count));
        return probe != null && matches.containsKey(probe.name());
    }

    /**
     * The values of the rule's bindings: from the deepest prefix of its conditions that matched
     * (the join as the engine made it), then from the probes of single conditions for bindings no
     * prefix reached.
     */
    private Map<String, Object> bindings(int r) {
        Map<String, Object> bound = new LinkedHashMap<>();
        List<Probes.Probe> order = new ArrayList<>();
        for (Probes.Probe probe : inOrder) {
            if (probe.rule() == r && probe.kind() == Probes.Kind.PREFIX) {
                order.add(0, probe);
            }
        }
        for (Probes.Probe probe : inOrder) {
            if (probe.rule() == r && probe.kind() == Probes.Kind.ALONE) {
                order.add(probe);
            }
        }
        for (Probes.Probe probe : order) {
            for (Map<String, Object> match : matches.getOrDefault(probe.name(), List.of())) {
                match.forEach(bound::putIfAbsent);
            }
        }
        return bound;
    }

    /** What a condition reads: each field of the fact it names, then each variable it uses or declares. */
    private static List<String> values(String text, Object fact, Map<String, Object> bound) {
        Set<String> values = new LinkedHashSet<>();
        String plain = ProbedRule.withoutStrings(text);
        if (fact != null) {
            Map<String, Class<?>> fields = FactTypes.accessors(fact.getClass());
            Matcher names = NAME.matcher(plain);
            while (names.find()) {
                String name = names.group(1);
                if (fields.containsKey(name)) {
                    values.add(name + " = " + show(read(fact, name)));
                }
            }
        }
        for (String variable : ProbedRule.variables(text)) {
            if (bound.containsKey(variable)) {
                Object value = bound.get(variable);
                values.add(variable + " = " + (value != null && FactTypes.ALL.contains(value.getClass())
                        ? "the " + value.getClass().getSimpleName() + " fact" : show(value)));
            } else {
                values.add(variable + " is not bound (a condition before it failed)");
            }
        }
        return new ArrayList<>(values);
    }

    private Object fact(String type) {
        for (Object fact : facts) {
            Class<?> c = fact.getClass();
            if (c.getSimpleName().equals(type) || c.getName().equals(type)) {
                return fact;
            }
        }
        return null;
    }

    private static Object read(Object fact, String field) {
        try {
            Method accessor = fact.getClass().getMethod(field);
            return accessor.invoke(fact);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("no accessor " + field + " on " + fact.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            return "(reading it failed: " + e.getCause() + ")";
        }
    }

    /** A value as the DRL would write it: strings quoted, long ones cut. */
    private static String show(Object value) {
        String shown = value instanceof String text ? '"' + text + '"' : String.valueOf(value);
        shown = shown.replaceAll("\\s+", " ");
        return shown.length() <= MAX_VALUE ? shown : shown.substring(0, MAX_VALUE - 1) + "…";
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static String key(int rule, Probes.Kind kind, int element, int count) {
        return rule + "/" + kind + "/" + element + "/" + count;
    }
}
