package dev.knigge.internal.engine;

import java.util.List;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.mvel.MVELConstraint;
import org.kie.api.definition.rule.Rule;
import org.mvel2.CompileException;

/**
 * The rule of a constraint MVEL could not compile when it first ran ({@code degree == "zero"}:
 * MVEL converts the literal when it compiles the constraint, at the first fact it sees). That
 * error names the expression but no rule, so the rule is the one with a constraint of that text.
 * Only reached when MVEL is on the class path: the error is one of its classes.
 */
final class MvelConstraints {
    private MvelConstraints() {}

    /** Whether the error is MVEL's compile error, told by name so MVEL's absence costs nothing. */
    static boolean isCompileError(Throwable error) {
        return error.getClass().getName().equals("org.mvel2.CompileException");
    }

    /** The rule with a constraint written as the expression MVEL failed on, or {@code null}. */
    static RuleMeta ruleOf(Throwable compileError, CompiledRules rules) {
        char[] expr = ((CompileException) compileError).getExpr();
        if (expr == null) {
            return null;
        }
        String expression = new String(expr).strip();
        for (var pkg : rules.base().getPackages()) {
            for (Rule rule : pkg.getRules()) {
                if (rule instanceof RuleImpl impl && holds(impl.getLhs(), expression)) {
                    RuleMeta meta = rules.meta(rule);
                    if (meta != null) {
                        return meta;
                    }
                }
            }
        }
        return null;
    }

    private static boolean holds(RuleConditionElement element, String expression) {
        if (element instanceof Pattern pattern) {
            List<Constraint> constraints = pattern.getConstraints();
            for (Constraint constraint : constraints) {
                if (constraint instanceof MVELConstraint mvel && mvel.getExpression().strip().equals(expression)) {
                    return true;
                }
            }
            return pattern.getSource() != null && holds(pattern.getSource(), expression);
        }
        if (element instanceof GroupElement group) {
            for (RuleConditionElement child : group.getChildren()) {
                if (holds(child, expression)) {
                    return true;
                }
            }
        }
        return false;
    }
}
