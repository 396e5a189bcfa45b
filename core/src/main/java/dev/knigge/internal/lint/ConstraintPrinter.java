package dev.knigge.internal.lint;

import java.util.ArrayList;
import java.util.List;
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
 * Writes a constraint of untrusted DRL back as text from the tree Drools' expression parser makes
 * of it. That parser stops at the first thing it cannot read and keeps no trace of the rest
 * ({@code a == 1 b} reads as {@code a == 1}), so the text a constraint was written as may hold
 * more than its tree; the compiler is given this text instead, which holds exactly what was
 * checked. Only trees the check accepted are printed.
 */
final class ConstraintPrinter {
    private ConstraintPrinter() {}

    /** The constraint as its tree reads, or {@code null} when it does not parse. */
    static String reprint(String expression) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
        ConstraintConnectiveDescr tree = parser.parse(expression);
        return parser.hasErrors() || tree == null ? null : print(tree);
    }

    private static String print(BaseDescr descr) {
        if (descr instanceof ConstraintConnectiveDescr connective) {
            List<String> parts = new ArrayList<>();
            for (BaseDescr child : connective.getDescrs()) {
                parts.add(print(child));
            }
            String joined = String.join(connective.getConnective() == ConnectiveType.OR ? " || " : " && ", parts);
            return (connective.isNegated() ? "!" : "") + (parts.size() == 1 && !connective.isNegated() ? joined
                    : "(" + joined + ")");
        }
        if (descr instanceof RelationalExprDescr relation) {
            String operator = relation.getOperator();
            boolean word = operator.equals("contains") || operator.equals("memberOf");
            String text = print(relation.getLeft()) + (relation.isNegated() && word ? " not " : " ") + operator + " "
                    + print(relation.getRight());
            // The parser pushes a negation over comparisons down to each one: !(a > 1 && b < 2).
            return relation.isNegated() && !word ? "!(" + text + ")" : text;
        }
        if (descr instanceof BindingDescr binding) {
            return binding.getVariable() + " : " + binding.getExpression();
        }
        if (descr instanceof AtomicExprDescr atom) {
            return atom.getExpression();
        }
        throw new IllegalArgumentException("not a constraint of the untrusted language: " + descr);
    }
}
