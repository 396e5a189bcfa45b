package dev.knigge.internal.explain;

import dev.knigge.internal.engine.RuleMeta;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * A DRL rule read as the conditions {@code --why-not} probes: its top-level condition elements in
 * order, a plain pattern split into its constraints, anything else ({@code not}, {@code exists},
 * {@code or}, {@code eval}, a pattern {@code from} a source) kept whole. Every text is a slice of
 * the rule's own file, so a probe made of them says nothing the rule does not.
 */
record ProbedRule(RuleMeta meta, String fileText, List<Element> elements) {
    private static final Pattern BINDING = Pattern.compile("^\\s*(\\$[\\w$]*)\\s*:(?!=)");
    private static final Pattern VARIABLE = Pattern.compile("\\$[\\w$]*");

    /**
     * One condition element.
     *
     * @param head for a pattern split into constraints, its binding and type ({@code $r : ReviewRequest}), else {@code null}
     * @param type the pattern's fact type as written, or {@code null} for another element
     */
    record Element(BaseDescr descr, String text, String head, String type, List<Constraint> constraints) {
        boolean split() {
            return head != null;
        }

        /** The element with only the constraints whose indexes are given, in order. */
        String with(List<Integer> indexes) {
            if (!split()) {
                return text;
            }
            List<String> parts = new ArrayList<>();
            for (int i : indexes) {
                parts.add(constraints.get(i).text());
            }
            return head + "( " + String.join(", ", parts) + " )";
        }

        /** The variable the pattern itself binds ({@code $r : ReviewRequest( … )}), or {@code null}. */
        String binding() {
            return descr instanceof PatternDescr pattern && split() ? pattern.getIdentifier() : null;
        }
    }

    /**
     * One constraint of a split pattern.
     *
     * @param binding the variable it declares ({@code $stale : integer("stale.months")}), or {@code null}
     */
    record Constraint(ExprConstraintDescr descr, String text, String binding) {}

    static ProbedRule of(RuleMeta meta, String fileText, RuleDescr rule) {
        List<Element> elements = new ArrayList<>();
        for (BaseDescr descr : rule.getLhs().getDescrs()) {
            String text = slice(fileText, descr);
            if (descr instanceof PatternDescr pattern && pattern.getSource() == null && allExpressions(pattern)) {
                List<Constraint> constraints = new ArrayList<>();
                for (BaseDescr constraint : pattern.getDescrs()) {
                    String written = slice(fileText, constraint);
                    Matcher binding = BINDING.matcher(written);
                    constraints.add(new Constraint((ExprConstraintDescr) constraint, written,
                            binding.find() ? binding.group(1) : null));
                }
                String head = (pattern.getIdentifier() == null ? "" : pattern.getIdentifier() + " : ")
                        + pattern.getObjectType();
                elements.add(new Element(descr, text, head, pattern.getObjectType(), constraints));
            } else {
                elements.add(new Element(descr, text, null, null, List.of()));
            }
        }
        return new ProbedRule(meta, fileText, elements);
    }

    /** The variables a condition's text uses or declares. */
    static Set<String> variables(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(withoutStrings(text));
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** The text with every string literal blanked, so that names inside quotes are not read as names. */
    static String withoutStrings(String text) {
        StringBuilder out = new StringBuilder(text.length());
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && i + 1 < text.length()) {
                    out.append("  ");
                    i++;
                    continue;
                }
                if (c == quote) {
                    quote = 0;
                    out.append(c);
                } else {
                    out.append(' ');
                }
            } else {
                if (c == '"' || c == '\'') {
                    quote = c;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean allExpressions(PatternDescr pattern) {
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (!(constraint instanceof ExprConstraintDescr)) {
                return false;
            }
        }
        return true;
    }

    /** The descriptor's text in its file (the parser's end character is inclusive). */
    static String slice(String fileText, BaseDescr descr) {
        int start = Math.max(0, descr.getStartCharacter());
        int end = Math.min(fileText.length(), descr.getEndCharacter() + 1);
        return start < end ? fileText.substring(start, end).strip() : "";
    }
}
