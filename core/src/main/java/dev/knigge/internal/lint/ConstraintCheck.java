package dev.knigge.internal.lint;

import dev.knigge.internal.lint.ValueType.Kind;
import dev.knigge.internal.policy.PolicyLimits;
import java.util.Set;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConnectiveType;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;

/**
 * Checks one constraint of a pattern in untrusted DRL on the tree Drools' own expression parser
 * makes of it (the tree the compiler builds the constraint from): connectives {@code &&} and
 * {@code ||}, comparisons with the allowed operators, bindings, and operands that
 * {@link ValueCheck} accepts, with their types compatible with the operator.
 */
final class ConstraintCheck {
    /** Comparison operators allowed, as Drools' parser names them ({@code in} arrives as {@code ==}s). */
    static final Set<String> OPERATORS = Set.of("==", "!=", "<", "<=", ">", ">=", "contains", "memberOf");
    private static final Set<String> ORDERING = Set.of("<", "<=", ">", ">=");

    private final ValueCheck.Scope scope;
    private final FileReport report;
    private final String text;
    private final int base;
    private int cursor;
    /** Where the last value checked starts, relative to the constraint. */
    private int valueAt;

    private ConstraintCheck(ValueCheck.Scope scope, FileReport report, String text, int base) {
        this.scope = scope;
        this.report = report;
        this.text = text;
        this.base = base;
    }

    /**
     * Checks a constraint written as {@code text}, which starts at {@code offset} in the file (or -1
     * when unknown); bindings it makes are added to the scope.
     */
    static void check(String text, int offset, ValueCheck.Scope scope, FileReport report) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
        ConstraintConnectiveDescr tree = parser.parse(text);
        ConstraintCheck check = new ConstraintCheck(scope, report, text, Math.max(0, offset));
        if (parser.hasErrors() || tree == null) {
            // The compiler reports why it does not parse; nothing of it is compiled.
            check.refuse(0, "this constraint does not parse as a constraint; " + UntrustedLanguage.CONSTRAINTS);
            return;
        }
        check.condition(tree);
    }

    private void condition(BaseDescr descr) {
        if (descr instanceof ConstraintConnectiveDescr connective) {
            if (connective.getConnective() != ConnectiveType.AND && connective.getConnective() != ConnectiveType.OR) {
                refuse(0, "the connective '" + connective.getConnective() + "'" + UntrustedLanguage.REFUSED + "; use && or ||");
                return;
            }
            for (BaseDescr child : connective.getDescrs()) {
                condition(child);
            }
        } else if (descr instanceof RelationalExprDescr relation) {
            relation(relation);
        } else if (descr instanceof BindingDescr binding) {
            bind(binding);
        } else if (descr instanceof AtomicExprDescr atom) {
            ValueType type = value(atom.getExpression());
            if (type != null && type.kind() != Kind.BOOLEAN && type.kind() != Kind.UNKNOWN) {
                problem(find(atom.getExpression()), "'" + PolicyLimits.quote(atom.getExpression()) + "' is "
                        + type.describe() + ", not a condition; compare it, as in " + atom.getExpression() + " == …");
            } else if (type != null && type.kind() == Kind.BOOLEAN && type.nullable()) {
                problem(find(atom.getExpression()), Nullables.alone(PolicyLimits.quote(atom.getExpression().strip())));
            }
        } else {
            refuse(0, (descr == null ? "an empty constraint" : descr.getClass().getSimpleName())
                    + UntrustedLanguage.REFUSED + "; " + UntrustedLanguage.CONSTRAINTS);
        }
    }

    private void relation(RelationalExprDescr relation) {
        String operator = relation.getOperator();
        if (!OPERATORS.contains(operator)) {
            String hint = operator.equals("matches") || operator.equals("soundslike") || operator.equals("str")
                    ? UntrustedLanguage.CLASSIFY_IN_JAVA : "use ==, !=, <, <=, >, >=, in, contains or memberOf";
            refuse(find(operator), "the operator '" + operator + "'" + UntrustedLanguage.REFUSED + "; " + hint);
            return;
        }
        if (relation.getParameters() != null && !relation.getParameters().isEmpty()) {
            refuse(find(operator), "operator parameters (" + operator + "[…])" + UntrustedLanguage.ARE_REFUSED);
            return;
        }
        ValueType left = relation.getLeft() instanceof BindingDescr binding ? bind(binding) : operand(relation.getLeft());
        ValueType right = operand(relation.getRight());
        int rightAt = valueAt;
        if (left == null || right == null) {
            return;
        }
        String mismatch = mismatch(operator, left, right);
        if (mismatch != null) {
            problem(rightAt, Mismatches.describe(operator, expression(relation.getLeft()), left,
                    expression(relation.getRight()), right, mismatch));
        }
    }

    /** Why the operator cannot compare the two, or {@code null} when it can. */
    private static String mismatch(String operator, ValueType left, ValueType right) {
        if (left.kind() == Kind.UNKNOWN || right.kind() == Kind.UNKNOWN) {
            return null;
        }
        if (ORDERING.contains(operator)) {
            return left.kind() == Kind.NUMBER && right.kind() == Kind.NUMBER ? null
                    : "'" + operator + "' compares numbers, not " + left.describe() + " with " + right.describe();
        }
        if (operator.equals("contains")) {
            return left.kind() == Kind.COLLECTION || left.kind() == Kind.TEXT ? null
                    : "'contains' needs a collection or text on its left, not " + left.describe();
        }
        if (operator.equals("memberOf")) {
            return right.kind() == Kind.COLLECTION ? null
                    : "'memberOf' needs a collection on its right, not " + right.describe();
        }
        boolean comparable = left.kind() == Kind.NULL || right.kind() == Kind.NULL
                || (left.kind() == right.kind() && (left.kind() != Kind.ENUM || left.type() == right.type()));
        return comparable ? null : "'" + operator + "' compares " + left.describe() + " with " + right.describe();
    }

    private ValueType operand(BaseDescr descr) {
        if (descr instanceof AtomicExprDescr atom) {
            return value(atom.getExpression());
        }
        refuse(0, (descr == null ? "a missing operand" : descr.getClass().getSimpleName()) + UntrustedLanguage.REFUSED
                + " as an operand; " + UntrustedLanguage.CONSTRAINTS);
        return null;
    }

    private ValueType bind(BindingDescr binding) {
        String variable = binding.getVariable();
        if (binding.isUnification()) {
            refuse(find(variable), "unification (:=)" + UntrustedLanguage.REFUSED + "; bind with " + variable + " : …");
            scope.variables().put(variable, ValueType.UNKNOWN);
            return null;
        }
        if (!UntrustedRule.VARIABLE.matcher(variable).matches() && !scope.typesOnly()) {
            problem(find(variable), "the variable '" + variable + "' must start with $, as in $sent : similarSentLast7Days");
            return null;
        }
        ValueType type = value(binding.getExpression());
        scope.variables().put(variable, type != null ? type : ValueType.UNKNOWN);
        return type;
    }

    private ValueType value(String expression) {
        int at = find(expression);
        valueAt = at;
        return ValueCheck.check(expression, scope, (offset, message) -> problem(at + offset, message));
    }

    /** Where a part of the constraint is, relative to its start: the next place it occurs. */
    private int find(String part) {
        int at = text.indexOf(part, cursor);
        if (at < 0) {
            at = text.indexOf(part);
        }
        if (at < 0) {
            return 0;
        }
        cursor = at + part.length();
        return at;
    }

    /** The text of an operand as the parser read it, or {@code null} when it is not a plain value. */
    private static String expression(BaseDescr descr) {
        if (descr instanceof AtomicExprDescr atom) {
            return atom.getExpression().strip();
        }
        return descr instanceof BindingDescr binding ? binding.getExpression().strip() : null;
    }

    /** A type or name problem: reported in any DRL. */
    private void problem(int inner, String message) {
        report.at(base + inner, message);
    }

    /** Something outside the untrusted language: reported only in untrusted DRL. */
    private void refuse(int inner, String message) {
        if (!scope.typesOnly()) {
            problem(inner, message);
        }
    }
}
