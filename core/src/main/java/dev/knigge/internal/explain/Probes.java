package dev.knigge.internal.explain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The probe rules of {@code --why-not}: for each rule asked about, one rule per prefix of its
 * conditions as the engine joins them (the first prefix that matches nothing holds the first
 * condition that failed), and one per condition on its own, with only the bindings it needs from
 * the rest. The engine evaluates them on the review's facts, so a condition holds here exactly
 * when it holds in the rule.
 *
 * <p>A probe file is the policy file with its rules taken out and the probes put in: its package,
 * imports and everything else stay, and each probe is made of slices of the file's own conditions,
 * so it goes through the same checks as the file (the untrusted language for a file from disk).
 */
final class Probes {
    /** The probes' rule id: written like a rule id, so the probe file's metadata checks pass. */
    static final String PROBE_ID = "KNIGGE-PROBE";
    private static final String FINDINGS = "dev.knigge.authoring.Findings";

    /** What one probe rule tests. */
    enum Kind {
        /** The rule's conditions up to and with some constraints of one element. */
        PREFIX,
        /** One element or one constraint on its own, with the bindings it needs. */
        ALONE
    }

    /**
     * One probe.
     *
     * @param rule the index of the rule probed
     * @param element the index of its element
     * @param count for {@link Kind#PREFIX}: how many of the element's constraints it takes, -1 for the whole
     *        element; for {@link Kind#ALONE}: the constraint tested, -1 for the whole element
     */
    record Probe(String name, int rule, Kind kind, int element, int count) {}

    private final List<Probe> probes = new ArrayList<>();

    List<Probe> all() {
        return probes;
    }

    /**
     * The probe file for one policy file: its text without its rules, with the probes of the rules
     * given (which are in it).
     *
     * @param first the index of the first of these rules among all rules probed
     */
    String file(String text, PackageDescr pkg, List<ProbedRule> rules, int first) {
        List<RuleDescr> written = new ArrayList<>(pkg.getRules());
        written.sort((a, b) -> Integer.compare(a.getStartCharacter(), b.getStartCharacter()));
        int importAt = importEnd(pkg);
        if (importAt < 0) {
            importAt = written.isEmpty() ? text.length() : Math.max(0, written.get(0).getStartCharacter());
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        boolean imported = false;
        for (RuleDescr rule : written) {
            int start = Math.max(at, rule.getStartCharacter());
            imported |= copy(text, at, start, imported ? -1 : importAt, out);
            at = Math.max(start, Math.min(text.length(), rule.getEndCharacter() + 1));
        }
        copy(text, at, text.length(), imported ? -1 : importAt, out);
        for (int r = 0; r < rules.size(); r++) {
            add(out, first + r, rules.get(r));
        }
        return out.toString();
    }

    /**
     * Copies a stretch of the file, putting the import of {@code Findings} in when it falls there.
     *
     * @param importAt where the import goes, or -1 once it is in
     * @return whether the import went in
     */
    private static boolean copy(String text, int from, int to, int importAt, StringBuilder out) {
        if (importAt >= from && importAt <= to) {
            out.append(text, from, importAt).append("\nimport ").append(FINDINGS).append(";\n")
                    .append(text, importAt, to);
            return true;
        }
        out.append(text, from, to);
        return false;
    }

    private void add(StringBuilder out, int index, ProbedRule rule) {
        List<ProbedRule.Element> elements = rule.elements();
        for (int k = 0; k < elements.size(); k++) {
            ProbedRule.Element element = elements.get(k);
            if (element.split()) {
                for (int count = 0; count <= element.constraints().size(); count++) {
                    write(out, new Probe(name(), index, Kind.PREFIX, k, count), prefix(elements, k, count));
                }
                for (int c = 0; c < element.constraints().size(); c++) {
                    alone(out, index, elements, k, c);
                }
            } else {
                write(out, new Probe(name(), index, Kind.PREFIX, k, -1), prefix(elements, k, -1));
            }
            alone(out, index, elements, k, -1);
        }
    }

    private String name() {
        return "knigge probe " + probes.size();
    }

    private static List<String> prefix(List<ProbedRule.Element> elements, int k, int count) {
        List<String> lines = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            lines.add(elements.get(j).text());
        }
        ProbedRule.Element element = elements.get(k);
        lines.add(count < 0 ? element.text() : element.with(range(0, count)));
        return lines;
    }

    /** A probe of one element or constraint with the bindings of the others, when everything it uses is bound. */
    private void alone(StringBuilder out, int index, List<ProbedRule.Element> elements, int k, int c) {
        List<String> lines = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        for (int j = 0; j < elements.size(); j++) {
            ProbedRule.Element element = elements.get(j);
            if (j == k) {
                List<Integer> taken = new ArrayList<>();
                if (c >= 0) {
                    for (int i = 0; i < c; i++) {
                        if (element.constraints().get(i).binding() != null) {
                            taken.add(i);
                        }
                    }
                    taken.add(c);
                    lines.add(element.with(taken));
                } else {
                    lines.add(element.text());
                }
                declare(element, taken, c < 0, declared);
            } else if (element.split()) {
                List<Integer> bindings = new ArrayList<>();
                for (int i = 0; i < element.constraints().size(); i++) {
                    if (element.constraints().get(i).binding() != null) {
                        bindings.add(i);
                    }
                }
                if (!bindings.isEmpty() || element.binding() != null) {
                    lines.add(element.with(bindings));
                    declare(element, bindings, false, declared);
                }
            }
        }
        Set<String> used = new HashSet<>();
        for (String line : lines) {
            used.addAll(ProbedRule.variables(line));
        }
        if (declared.containsAll(used)) {
            write(out, new Probe(name(), index, Kind.ALONE, k, c), lines);
        }
    }

    private static void declare(ProbedRule.Element element, List<Integer> taken, boolean whole, Set<String> declared) {
        if (element.binding() != null) {
            declared.add(element.binding());
        }
        for (int i = 0; i < element.constraints().size(); i++) {
            String binding = element.constraints().get(i).binding();
            if (binding != null && (whole || taken.contains(i))) {
                declared.add(binding);
            }
        }
    }

    private void write(StringBuilder out, Probe probe, List<String> lines) {
        probes.add(probe);
        out.append("\nrule \"").append(probe.name()).append("\"\n    @id(").append(PROBE_ID)
                .append(")\n    @severity(ADVICE)\nwhen\n");
        for (String line : lines) {
            out.append("    ").append(line).append('\n');
        }
        out.append("then\n    Findings.raise(kcontext);\nend\n");
    }

    private static int importEnd(PackageDescr pkg) {
        int end = -1;
        for (ImportDescr descr : pkg.getImports()) {
            end = Math.max(end, descr.getEndCharacter() + 1);
        }
        return end;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> range = new ArrayList<>();
        for (int i = from; i < to; i++) {
            range.add(i);
        }
        return range;
    }
}
