package dev.knigge.internal.lint;

import dev.knigge.internal.lint.ValueType.Kind;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.MVELExprDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Checks one rule of untrusted DRL on its descriptors: no attributes, only the allowed metadata
 * with plain values, conditions made of patterns on Knigge's facts (with {@code not},
 * {@code exists}, {@code and}, {@code or} and {@code from} over a bound fact's collection field),
 * constraints as {@link ConstraintCheck} allows, and a consequence as {@link ConsequenceCheck} allows.
 */
final class UntrustedRule {
    /** Metadata keys a rule may carry; values are plain tokens. */
    static final Set<String> METADATA_KEYS = Set.of("id", "severity", "evidence", "unchecked");
    /** A bound variable's name. */
    static final Pattern VARIABLE = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern PLAIN_VALUE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern SPACED_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(\\s+[A-Za-z0-9_-]+)+");
    /**
     * What a rule name may hold. Drools writes names into the Java code it generates; plain words
     * and punctuation cannot close a comment or a string there.
     */
    private static final Pattern PLAIN_NAME = Pattern.compile("[\\p{L}\\p{N} _.,:;'()!?&%+=-]{1,200}");

    private final FileReport report;
    private final TypeResolver types;
    private final RuleDescr rule;
    private final Map<String, ValueType> variables = new HashMap<>();

    private UntrustedRule(FileReport report, TypeResolver types, RuleDescr rule) {
        this.report = report;
        this.types = types;
        this.rule = rule;
    }

    /** Checks a rule; problems go to the report. */
    static void check(RuleDescr rule, TypeResolver types, FileReport report) {
        UntrustedRule check = new UntrustedRule(report, types, rule);
        if (rule instanceof QueryDescr) {
            report.at(rule, "queries" + UntrustedLanguage.ARE_REFUSED + "; write rules that raise findings");
            return;
        }
        check.header();
        check.lhs(rule.getLhs());
        check.consequence();
    }

    private void header() {
        if (rule.getName() == null || !PLAIN_NAME.matcher(rule.getName()).matches()) {
            report.at(rule, "a rule name holds letters, digits, spaces and - _ . , : ; ' ( ) ! ? & % + =, at most 200"
                    + " of them, as in \"ACME-ONE what the rule checks\"");
        }
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            report.at(attribute, "the rule attribute '" + attribute.getName() + "'" + UntrustedLanguage.REFUSED
                    + " (no salience, dialect, timer, enabled, agenda groups…); " + UntrustedLanguage.METADATA);
        }
        if (rule.getParentName() != null) {
            report.at(rule, "a rule that extends another" + UntrustedLanguage.REFUSED + "; repeat its conditions");
        }
        String header = headerText();
        int headerStart = Math.max(0, rule.getStartCharacter());
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            String name = annotation.getName();
            int at = headerStart + locate(header, name);
            if (!METADATA_KEYS.contains(name)) {
                report.at(at, "the metadata @" + name + UntrustedLanguage.REFUSED + "; " + UntrustedLanguage.METADATA);
                continue;
            }
            Map<String, Object> values = annotation.getValueMap();
            Object value = values.size() == 1 ? values.get("value") : null;
            if (name.equals("id") && value instanceof String text && SPACED_ID.matcher(text.strip()).matches()) {
                // An id written with a space: the rule's metadata check says what it should be.
                continue;
            }
            if (!(value instanceof String text) || !PLAIN_VALUE.matcher(text.strip()).matches()) {
                report.at(at, "@" + name + " takes one plain value of letters, digits, - and _, as in @" + name + "("
                        + example(name) + "); metadata is never code");
            }
        }
        for (String named : rule.getNamedConsequences().keySet()) {
            report.at(rule, "the named consequence '" + named + "'" + UntrustedLanguage.REFUSED + "; "
                    + UntrustedLanguage.CONSEQUENCE);
        }
    }

    private static String example(String key) {
        return switch (key) {
            case "severity" -> "WARNING";
            case "evidence" -> "containsPitch";
            case "unchecked" -> "recipient-profile";
            default -> "ACME-ONE";
        };
    }

    /** The rule's text before its conditions, where its metadata is written. */
    private String headerText() {
        String text = report.text();
        int start = rule.getStartCharacter();
        if (start < 0 || start >= text.length()) {
            return "";
        }
        BaseDescr lhs = rule.getLhs();
        int end = lhs != null && lhs.getStartCharacter() > start ? lhs.getStartCharacter() : text.length();
        Matcher when = Pattern.compile("\\bwhen\\b").matcher(text).region(start, end);
        return text.substring(start, when.find() ? when.start() : end);
    }

    private static int locate(String header, String name) {
        Matcher annotation = Pattern.compile("@\\s*" + Pattern.quote(name) + "\\b").matcher(header);
        return annotation.find() ? annotation.start() : 0;
    }

    private void lhs(BaseDescr descr) {
        if (descr == null) {
            return;
        }
        if (descr instanceof PatternDescr pattern) {
            pattern(pattern);
        } else if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
                || descr instanceof ExistsDescr) {
            for (BaseDescr child : ((org.drools.drl.ast.descr.ConditionalElementDescr) descr).getDescrs().stream()
                    .map(BaseDescr.class::cast).toList()) {
                lhs(child);
            }
        } else {
            report.at(descr, element(descr) + UntrustedLanguage.REFUSED + "; " + UntrustedLanguage.CONDITIONS);
        }
    }

    private static String element(BaseDescr descr) {
        if (descr instanceof EvalDescr) {
            return "eval(…)";
        }
        if (descr instanceof ForallDescr) {
            return "forall(…)";
        }
        if (descr instanceof ConditionalBranchDescr || descr instanceof NamedConsequenceDescr) {
            return "a conditional branch (if … do[…])";
        }
        return descr.getClass().getSimpleName().replace("Descr", "");
    }

    private void pattern(PatternDescr pattern) {
        String typeName = pattern.getObjectType();
        Class<?> type = typeName == null ? null : types.resolve(typeName.strip());
        PatternSourceDescr source = pattern.getSource();
        boolean fromCollection = source instanceof FromDescr;
        if (pattern.isQuery()) {
            report.at(pattern, "calling a query" + UntrustedLanguage.REFUSED + "; " + UntrustedLanguage.CONDITIONS);
            return;
        }
        if (source != null && !fromCollection) {
            source(pattern, source, type);
            declare(pattern, null);
            return;
        }
        if (type == null || !(FactModel.isFact(type) || (fromCollection && type == String.class))) {
            String hint = type == null ? FactModel.importHint(typeName.strip()) : null;
            report.at(pattern, (type == null ? "the pattern type '" + typeName + "' names nothing"
                    : "a pattern on " + type.getName().replace('$', '.') + UntrustedLanguage.REFUSED) + "; "
                    + (hint != null ? hint : UntrustedLanguage.CONDITIONS));
            declare(pattern, null);
            return;
        }
        if (!pattern.getAnnotations().isEmpty()) {
            report.at(pattern, "annotations on a pattern (@" + pattern.getAnnotations().iterator().next().getName()
                    + ")" + UntrustedLanguage.ARE_REFUSED);
        }
        if (!pattern.getBehaviors().isEmpty()) {
            report.at(pattern, "windows (over window:…)" + UntrustedLanguage.ARE_REFUSED);
        }
        if (source != null) {
            source(pattern, source, type);
        }
        ValueCheck.Scope scope = new ValueCheck.Scope(type == String.class ? null : type, variables, types);
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression
                    && expression.getType() == ExprConstraintDescr.Type.NAMED) {
                if (readAsWritten(expression)) {
                    ConstraintCheck.check(expression.getExpression(), constraint.getStartCharacter(), scope, report);
                }
            } else if (constraint instanceof BindingDescr binding) {
                ConstraintCheck.check(binding.getVariable() + " : " + binding.getExpression(),
                        constraint.getStartCharacter(), scope, report);
            } else {
                report.at(constraint.getStartCharacter() >= 0 ? constraint : pattern, "positional constraints"
                        + UntrustedLanguage.ARE_REFUSED + "; name the field, as in type == RequestType.CONNECTION");
            }
        }
        declare(pattern, type == String.class ? ValueType.TEXT : ValueType.fact(type));
    }

    /** Declares the pattern's own binding ({@code $p : Parameters(…)}), of unknown type when the pattern was refused. */
    private void declare(PatternDescr pattern, ValueType type) {
        String identifier = pattern.getIdentifier();
        if (identifier == null) {
            return;
        }
        if (pattern.isUnification() || !VARIABLE.matcher(identifier).matches()) {
            report.at(pattern, "bind a pattern as $name : Type(…), not '" + identifier + "'");
        }
        variables.put(identifier, type != null ? type : ValueType.UNKNOWN);
    }

    /**
     * Whether the parser's text of a constraint is the text in the file, white space aside. Drools'
     * parser rewrites some of what it reads ({@code 'D"E'} becomes {@code "D"E"}), and a constraint it
     * rewrote is read one way by the check and could be read another way by whoever reads it next.
     */
    private boolean readAsWritten(ExprConstraintDescr constraint) {
        String text = report.text();
        int start = constraint.getStartCharacter();
        int end = constraint.getEndCharacter();
        String expression = squash(constraint.getExpression());
        boolean same = start >= 0 && end >= start && end <= text.length()
                && (squash(text.substring(start, end)).equals(expression)
                        || (end < text.length() && squash(text.substring(start, end + 1)).equals(expression)));
        if (!same) {
            String written = start >= 0 && end >= start && end <= text.length() ? text.substring(start, end) : "";
            report.at(constraint, written.indexOf('\'') >= 0
                    ? "a single-quoted string" + UntrustedLanguage.REFUSED + "; write \"text\" in double quotes"
                    : "this constraint is not read as it is written; " + UntrustedLanguage.CONSTRAINTS);
        }
        return same;
    }

    private static String squash(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }

    private void source(PatternDescr pattern, PatternSourceDescr source, Class<?> type) {
        if (!(source instanceof FromDescr from) || !(from.getDataSource() instanceof MVELExprDescr data)) {
            String what = source instanceof AccumulateDescr ? "accumulate" : source instanceof CollectDescr ? "collect"
                    : source instanceof EntryPointDescr ? "an entry point" : source.getClass().getSimpleName();
            report.at(source.getStartCharacter() >= 0 ? source : pattern, what + UntrustedLanguage.REFUSED + " as a"
                    + " source; Knigge derives counts and sums in Java, and " + UntrustedLanguage.CONDITIONS);
            return;
        }
        String expression = data.getExpression();
        int at = report.text().indexOf(expression, Math.max(0, pattern.getStartCharacter()));
        ValueCheck.Scope scope = new ValueCheck.Scope(null, variables, types);
        ValueType collection = ValueCheck.check(expression, scope, (offset, message) -> report.at(Math.max(0, at) + offset,
                message));
        if (collection == null) {
            return;
        }
        if (collection.kind() != Kind.COLLECTION || !expression.strip().startsWith("$")) {
            report.at(Math.max(0, at), "from reads a collection field of a bound fact, as in String() from $r.topics, not "
                    + collection.describe());
        } else if (collection.element() != type) {
            report.at(pattern, "the elements of " + expression.strip() + " are " + collection.element().getSimpleName()
                    + ", so the pattern is " + collection.element().getSimpleName() + "()");
        }
    }

    private void consequence() {
        Object consequence = rule.getConsequence();
        String text = consequence instanceof String s ? s : "";
        int at = text.isBlank() ? -1 : report.text().indexOf(text, Math.max(0, rule.getStartCharacter()));
        int base = at >= 0 ? at : Math.max(0, rule.getStartCharacter());
        ValueCheck.Scope scope = new ValueCheck.Scope(null, variables, types);
        ConsequenceCheck.check(text, scope, (offset, message) -> report.at(at >= 0 ? base + offset : base, message));
    }
}
