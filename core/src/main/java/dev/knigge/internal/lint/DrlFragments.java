package dev.knigge.internal.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BehaviorDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.WindowReferenceDescr;

/**
 * Walks a parsed DRL file and lists every piece of code in it with where it is in the file:
 * package attributes, and for each rule or query its metadata and attribute values, every
 * constraint, {@code eval}, {@code from}, {@code accumulate} and {@code collect} source, the types
 * its patterns name, and its consequences. Imports, globals, functions and declarations are
 * read from the {@link PackageDescr} directly by whoever needs them.
 */
final class DrlFragments {
    private final String text;
    private final List<Fragment> out = new ArrayList<>();

    private DrlFragments(String text) {
        this.text = text;
    }

    /** The fragments of a file, in file order within each rule. */
    static List<Fragment> of(String fileText, PackageDescr pkg) {
        DrlFragments walker = new DrlFragments(fileText);
        for (AttributeDescr attribute : pkg.getAttributes()) {
            walker.attribute(attribute, null);
        }
        for (RuleDescr rule : pkg.getRules()) {
            walker.rule(rule);
        }
        return List.copyOf(walker.out);
    }

    private void rule(RuleDescr rule) {
        int start = rule.getStartCharacter();
        int end = rule.getEndCharacter() >= 0 ? Math.min(text.length(), rule.getEndCharacter() + 1) : text.length();
        String consequence = rule.getConsequence() instanceof String s ? s : null;
        int consequenceAt = consequence == null || consequence.isBlank() ? -1 : find(consequence, start, end);
        annotations(rule, start, consequenceAt >= 0 ? consequenceAt : end);
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            attribute(attribute, rule);
        }
        if (rule instanceof QueryDescr query && query.getParameterTypes() != null) {
            for (String type : query.getParameterTypes()) {
                add(Fragment.Kind.TYPE, type, find(type, start, end), rule, rule);
            }
        }
        lhs(rule.getLhs(), rule, start, end);
        if (consequence != null && !consequence.isBlank()) {
            add(Fragment.Kind.CONSEQUENCE, consequence, consequenceAt, rule, rule);
        }
        for (Map.Entry<String, Object> named : rule.getNamedConsequences().entrySet()) {
            if (named.getValue() instanceof String code && !code.isBlank()) {
                add(Fragment.Kind.CONSEQUENCE, code, find(code, start, end), rule, rule);
            }
        }
    }

    /**
     * Rule metadata ({@code @name(value)}) from the rule's text before its consequence: Drools
     * evaluates metadata values as MVEL when it compiles, so they are code too.
     */
    private void annotations(RuleDescr rule, int from, int to) {
        if (from < 0) {
            for (String name : rule.getAnnotationNames()) {
                Object value = rule.getAnnotation(name).getValue();
                if (value != null) {
                    add(Fragment.Kind.EXPRESSION, value.toString(), -1, rule, rule);
                }
            }
            return;
        }
        String header = text.substring(from, Math.max(from, to));
        List<Token> tokens = JavaLexer.tokens(header);
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!tokens.get(i).is("@") || !tokens.get(i + 1).isIdentifier()) {
                continue;
            }
            int open = i + 2;
            while (open + 1 < tokens.size() && tokens.get(open).is(".") && tokens.get(open + 1).isIdentifier()) {
                open += 2;
            }
            if (open >= tokens.size() || !tokens.get(open).is("(")) {
                continue;
            }
            int close = Tokens.closing(tokens, open);
            int valueStart = tokens.get(open).offset() + 1;
            int valueEnd = close < tokens.size() ? tokens.get(close).offset() : header.length();
            add(Fragment.Kind.EXPRESSION, header.substring(valueStart, valueEnd), from + valueStart, rule, rule);
            i = close;
        }
    }

    private void attribute(AttributeDescr attribute, RuleDescr rule) {
        if (attribute.getType() != AttributeDescr.Type.EXPRESSION || attribute.getValue() == null) {
            return;
        }
        String value = attribute.getValue();
        int at = attribute.getStartCharacter() >= 0 ? find(value, attribute.getStartCharacter(), text.length()) : -1;
        add(Fragment.Kind.EXPRESSION, value, at, attribute, rule);
    }

    private void lhs(BaseDescr descr, RuleDescr rule, int from, int to) {
        if (descr == null) {
            return;
        }
        int start = descr.getStartCharacter() >= 0 ? descr.getStartCharacter() : from;
        int end = descr.getEndCharacter() >= 0 ? Math.min(text.length(), descr.getEndCharacter() + 1) : to;
        if (descr instanceof PatternDescr pattern) {
            pattern(pattern, rule, start, end);
        } else if (descr instanceof EvalDescr eval) {
            String content = String.valueOf(eval.getContent());
            add(Fragment.Kind.EXPRESSION, content, find(content, start, end), descr, rule);
        } else if (descr instanceof ConditionalBranchDescr branch) {
            lhs(branch.getCondition(), rule, start, end);
            lhs(branch.getElseBranch(), rule, start, end);
        } else if (descr instanceof NamedConsequenceDescr || descr instanceof BehaviorDescr) {
            // A name only.
        } else if (descr instanceof PatternSourceDescr source) {
            source(source, rule, start, end);
        } else if (descr instanceof ConditionalElementDescr element) {
            for (Object child : element.getDescrs()) {
                lhs((BaseDescr) child, rule, start, end);
            }
        } else {
            add(Fragment.Kind.UNCHECKED, descr.getClass().getSimpleName(), start, descr, rule);
        }
    }

    private void pattern(PatternDescr pattern, RuleDescr rule, int start, int end) {
        if (!pattern.isQuery() && pattern.getObjectType() != null) {
            add(Fragment.Kind.TYPE, pattern.getObjectType(), find(pattern.getObjectType(), start, end), pattern, rule);
        }
        for (BaseDescr constraint : pattern.getDescrs()) {
            String expression = constraint instanceof ExprConstraintDescr e ? e.getExpression()
                    : constraint instanceof BindingDescr b ? b.getVariable() + " : " + b.getExpression() : null;
            if (expression == null) {
                add(Fragment.Kind.UNCHECKED, constraint.getClass().getSimpleName(), start, constraint, rule);
                continue;
            }
            int hint = constraint.getStartCharacter() >= 0 ? constraint.getStartCharacter() : start;
            int at = text.startsWith(expression, hint) ? hint : find(expression, start, end);
            add(Fragment.Kind.EXPRESSION, expression, at, constraint, rule);
        }
        if (pattern.getSource() != null) {
            source(pattern.getSource(), rule, start, end);
        }
    }

    private void source(PatternSourceDescr source, RuleDescr rule, int from, int to) {
        int start = source.getStartCharacter() >= 0 ? source.getStartCharacter() : from;
        int end = source.getEndCharacter() >= 0 ? Math.min(text.length(), source.getEndCharacter() + 1) : to;
        if (source instanceof FromDescr fromDescr) {
            String expression = fromDescr.getDataSource() == null ? null : fromDescr.getDataSource().toString();
            if (expression != null) {
                add(Fragment.Kind.EXPRESSION, expression, findLast(expression, start, end), source, rule);
            }
        } else if (source instanceof AccumulateDescr accumulate && source.getClass() == AccumulateDescr.class) {
            lhs(accumulate.getInput(), rule, start, end);
            int after = accumulate.getInput() != null && accumulate.getInput().getEndCharacter() >= 0
                    ? accumulate.getInput().getEndCharacter() : start;
            for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
                int at = find(function.getFunction(), after, end);
                add(Fragment.Kind.ACCUMULATE_FUNCTION, function.getFunction(), at, source, rule);
                for (String parameter : function.getParams()) {
                    add(Fragment.Kind.EXPRESSION, parameter, find(parameter, Math.max(at, after), end), source, rule);
                }
            }
            for (String code : new String[] {accumulate.getInitCode(), accumulate.getActionCode(),
                    accumulate.getReverseCode(), accumulate.getResultCode()}) {
                if (code != null && !code.isBlank()) {
                    add(Fragment.Kind.ACCUMULATE_CODE, code, find(code, start, end), source, rule);
                    break; // One problem per accumulate is enough.
                }
            }
        } else if (source instanceof CollectDescr collect) {
            lhs(collect.getInputPattern(), rule, start, end);
        } else if (source instanceof EntryPointDescr || source instanceof WindowReferenceDescr) {
            // Names only: where facts come from, not code.
        } else {
            add(Fragment.Kind.UNCHECKED, source.getClass().getSimpleName(), start, source, rule);
        }
    }

    private void add(Fragment.Kind kind, String fragment, int offset, BaseDescr where, RuleDescr rule) {
        int line = where.getLine() > 0 ? where.getLine() : rule != null ? rule.getLine() : 0;
        int column = where.getLine() > 0 ? where.getColumn() + 1 : rule != null ? rule.getColumn() + 1 : 0;
        out.add(new Fragment(kind, fragment, offset, line, column, rule));
    }

    private int find(String needle, int from, int to) {
        if (from < 0 || needle.isEmpty()) {
            return -1;
        }
        int at = text.indexOf(needle, from);
        return at >= 0 && at + needle.length() <= Math.max(to, from) ? at : -1;
    }

    private int findLast(String needle, int from, int to) {
        if (from < 0 || needle.isEmpty()) {
            return -1;
        }
        int at = text.lastIndexOf(needle, Math.min(text.length(), to) - needle.length());
        return at >= from ? at : -1;
    }
}
