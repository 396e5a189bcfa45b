package dev.knigge.internal.lint;

import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.policy.PolicyException.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The types of trusted DRL, which may be full DRL: every constraint of a pattern on one of Knigge's
 * facts is typed against the fact model as in untrusted DRL — a field that is not there, an enum
 * constant that does not exist, a comparison of a field with a value of another type, a field that
 * may be null negated or standing alone — while what the untrusted language would refuse (calls,
 * globals, {@code eval}, {@code accumulate}…) is left to the compiler, untyped and without a problem.
 * Untrusted DRL gets the same checks as part of {@link UntrustedDrl}.
 */
final class TypedRules {
    private TypedRules() {}

    /** Types every rule of a trusted file; problems go to the list. */
    static void check(PolicyFile file, PackageDescr pkg, ClassLoader loader, List<Problem> problems) {
        FileReport report = new FileReport(file, problems);
        TypeResolver types = new TypeResolver(pkg, loader);
        for (RuleDescr rule : pkg.getRules()) {
            Map<String, ValueType> variables = new HashMap<>();
            for (GlobalDescr global : pkg.getGlobals()) {
                variables.put(global.getIdentifier(), ValueType.UNKNOWN);
            }
            conditions(rule.getLhs(), variables, types, report);
        }
    }

    private static void conditions(BaseDescr descr, Map<String, ValueType> variables, TypeResolver types,
                                   FileReport report) {
        if (descr instanceof PatternDescr pattern) {
            pattern(pattern, variables, types, report);
        } else if (descr instanceof ConditionalElementDescr element) {
            for (Object child : element.getDescrs()) {
                conditions((BaseDescr) child, variables, types, report);
            }
        }
    }

    private static void pattern(PatternDescr pattern, Map<String, ValueType> variables, TypeResolver types,
                                FileReport report) {
        String typeName = pattern.getObjectType();
        Class<?> type = typeName == null ? null : types.resolve(typeName.strip());
        boolean fact = type != null && FactModel.isFact(type) && pattern.getSource() == null;
        if (fact) {
            ValueCheck.Scope scope = new ValueCheck.Scope(type, variables, types, true);
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expression
                        && expression.getType() == ExprConstraintDescr.Type.NAMED) {
                    ConstraintCheck.check(expression.getExpression(), constraint.getStartCharacter(), scope, report);
                } else if (constraint instanceof BindingDescr binding) {
                    ConstraintCheck.check(binding.getVariable() + " : " + binding.getExpression(),
                            constraint.getStartCharacter(), scope, report);
                }
            }
        } else {
            // A pattern on another class, or over a source: its own bindings are not typed.
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof BindingDescr binding) {
                    variables.put(binding.getVariable(), ValueType.UNKNOWN);
                }
            }
            if (pattern.getSource() instanceof ConditionalElementDescr source) {
                conditions((BaseDescr) source, variables, types, report);
            }
        }
        if (pattern.getIdentifier() != null) {
            variables.put(pattern.getIdentifier(), fact ? ValueType.fact(type) : ValueType.UNKNOWN);
        }
    }
}
