package dev.knigge.internal.lint;

import dev.knigge.authoring.Parameters;
import dev.knigge.internal.Suggestions;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * Parses and types one value of untrusted DRL, as Drools' expression parser leaves it in an
 * {@code AtomicExprDescr} (or a binding, or a {@code from} source): accepted only when it is a
 * literal, a field of the pattern's fact, a bound variable, a field of a bound fact, an enum
 * constant of {@code dev.knigge}, a {@code Parameters} accessor with a literal key, {@code isEmpty()}
 * or {@code size()} of a collection or text field, or arithmetic and negation over those. Every
 * name is resolved against Knigge's classes; anything else is a problem at its offset.
 */
final class ValueCheck {

    /** Receives a problem at an offset into the checked text. */
    @FunctionalInterface
    interface Report {
        void at(int offset, String message);
    }

    /**
     * What names mean where a value is checked.
     *
     * @param fact the fact type of the pattern the value is in, or {@code null} (a consequence, a {@code from})
     * @param variables the variables bound so far, with their types
     * @param types how the file resolves type names
     * @param typesOnly whether only types are checked (trusted DRL, which may be full DRL): what is
     *        outside the untrusted language is then not a problem, and a value holding it is not typed
     */
    record Scope(Class<?> fact, Map<String, ValueType> variables, TypeResolver types, boolean typesOnly) {
        /** A scope of untrusted DRL, where everything outside the language is a problem. */
        Scope(Class<?> fact, Map<String, ValueType> variables, TypeResolver types) {
            this(fact, variables, types, false);
        }
    }

    /** Words that mean something to Java, MVEL or Drools, with what they would do. */
    private static final Map<String, String> SPECIAL_WORDS = Map.of(
            "new", "creating objects (new …)",
            "this", "'this' (the fact itself)",
            "drools", "the rule context (drools)",
            "kcontext", "the rule context (kcontext, which only Findings.raise takes)",
            "entryPoints", "entry points",
            "class", "'class'");

    private final List<Token> tokens;
    private final Scope scope;
    private final Report report;
    private int at;
    private boolean failed;

    private ValueCheck(List<Token> tokens, Scope scope, Report report) {
        this.tokens = tokens;
        this.scope = scope;
        this.report = report;
    }

    /** The type of a value written as {@code text}, or {@code null} when it is refused (reported). */
    static ValueType check(String text, Scope scope, Report report) {
        Report refusals = scope.typesOnly() ? (offset, message) -> { } : report;
        List<Token> tokens = StrictLexer.tokens(text, false, UntrustedLanguage.CONSTRAINTS, refusals);
        if (tokens == null) {
            return null;
        }
        if (tokens.isEmpty()) {
            refusals.at(0, "an empty value; " + UntrustedLanguage.CONSTRAINTS);
            return null;
        }
        return check(tokens, 0, tokens.size(), scope, report);
    }

    /** The type of the value {@code tokens[from, to)}, or {@code null} when it is refused (reported). */
    static ValueType check(List<Token> tokens, int from, int to, Scope scope, Report report) {
        ValueCheck check = new ValueCheck(tokens.subList(from, to), scope, report);
        ValueType type = check.additive();
        if (!check.failed && check.at < check.tokens.size()) {
            check.refuse(check.tokens.get(check.at), "'" + check.tokens.get(check.at).text() + "' is not expected here; "
                    + UntrustedLanguage.CONSTRAINTS);
        }
        return check.failed ? null : type;
    }

    private ValueType additive() {
        return arithmetic(this::multiplicative, "+", "-");
    }

    private ValueType multiplicative() {
        return arithmetic(this::unary, "*", "/");
    }

    /** Operands joined by either of two operators of the same precedence, left to right. */
    private ValueType arithmetic(java.util.function.Supplier<ValueType> operand, String one, String other) {
        ValueType left = operand.get();
        while (!failed && (peek(one) || peek(other))) {
            Token operator = next();
            ValueType right = operand.get();
            left = arithmetic(operator, left, right);
        }
        return left;
    }

    private ValueType arithmetic(Token operator, ValueType left, ValueType right) {
        if (failed) {
            return null;
        }
        if (!numeric(left) || !numeric(right)) {
            return fail(operator, "'" + operator.text() + "' takes numbers on both sides, not "
                    + (!numeric(left) ? left : right).describe());
        }
        return ValueType.NUMBER;
    }

    private static boolean numeric(ValueType type) {
        return type.kind() == ValueType.Kind.NUMBER || type.kind() == ValueType.Kind.UNKNOWN;
    }

    private ValueType unary() {
        if (peek("!") || peek("-")) {
            Token operator = next();
            int start = at;
            ValueType operand = unary();
            if (failed) {
                return null;
            }
            ValueType.Kind wanted = operator.is("!") ? ValueType.Kind.BOOLEAN : ValueType.Kind.NUMBER;
            if (operand.kind() != wanted && operand.kind() != ValueType.Kind.UNKNOWN) {
                return fail(operator, "'" + operator.text() + "' takes " + (operator.is("!") ? "a boolean" : "a number")
                        + ", not " + operand.describe());
            }
            if (operator.is("!") && operand.nullable()) {
                String negated = text(start, at);
                return fail(operator, Nullables.negated(negated));
            }
            return operand;
        }
        return primary();
    }

    private ValueType primary() {
        if (at >= tokens.size()) {
            return refuse(tokens.isEmpty() ? null : tokens.get(tokens.size() - 1), "a value is missing at the end");
        }
        Token token = next();
        switch (token.kind()) {
            case NUMBER:
                return ValueType.NUMBER;
            case STRING:
                return ValueType.TEXT;
            case PUNCTUATION:
                if (token.is("(")) {
                    ValueType inner = additive();
                    if (!failed && !expect(")")) {
                        return null;
                    }
                    return inner;
                }
                return refuse(token, "'" + token.text() + "' is not expected here; " + UntrustedLanguage.CONSTRAINTS);
            default:
                break;
        }
        switch (token.text()) {
            case "true", "false":
                return ValueType.BOOLEAN;
            case "null":
                return ValueType.NULL;
            default:
                break;
        }
        if (token.text().startsWith("$")) {
            ValueType variable = scope.variables().get(token.text());
            if (variable == null) {
                return refuse(token, "unknown variable " + token.text() + "; bind it in an earlier pattern, as in "
                        + token.text() + " : field");
            }
            return members(variable);
        }
        return name(token);
    }

    /** A name that is not a variable: a field of the pattern's fact, an accessor, or an enum constant. */
    private ValueType name(Token first) {
        String special = SPECIAL_WORDS.get(first.text());
        if (special != null) {
            return refuse(first, special + UntrustedLanguage.REFUSED + "; " + UntrustedLanguage.CONSTRAINTS);
        }
        Class<?> fact = scope.fact();
        if (fact != null) {
            ValueType field = FactModel.fields(fact).get(first.text());
            if (field != null) {
                return members(field);
            }
            if (fact == Parameters.class && peek("(")) {
                return accessor(first);
            }
        }
        if (scope.typesOnly() && scope.variables().containsKey(first.text())) {
            // A global or another name trusted DRL declares.
            return members(scope.variables().get(first.text()));
        }
        int end = at - 1;
        StringBuilder name = new StringBuilder(first.text());
        for (int i = at; i + 1 < tokens.size() && tokens.get(i).is(".") && tokens.get(i + 1).isIdentifier(); i += 2) {
            Class<?> type = scope.types().resolve(name.toString());
            if (type != null) {
                at = i;
                return enumConstant(first, type);
            }
            name.append('.').append(tokens.get(i + 1).text());
            end = i + 1;
        }
        if (end > at - 1 && scope.types().resolve(name.toString()) != null) {
            return refuse(first, name + UntrustedLanguage.REFUSED + " as a value; "
                    + UntrustedLanguage.CONSTRAINTS);
        }
        if (fact == null) {
            return refuse(first, "'" + first.text() + "' names nothing here; " + UntrustedLanguage.CONSTRAINTS);
        }
        if (scope.typesOnly() && peek("(")) {
            // A function or method call, which trusted DRL may make.
            return refuse(first, "a call");
        }
        String moved = FactModel.movedTo(fact, first.text());
        if (moved != null) {
            return fail(first, unknownField(first.text(), fact) + "; " + first.text() + " is on " + moved
                    + ", as in " + onDerived(first.text()));
        }
        String closest = Suggestions.didYouMean(first.text(), FactModel.names(fact));
        return fail(first, unknownField(first.text(), fact)
                + (closest.isEmpty() ? "; its fields: " + String.join(", ", FactModel.names(fact)) : closest));
    }

    /** How a pattern on {@code Derived} reads the field, in the spelling that is safe when it may be null. */
    private static String onDerived(String field) {
        ValueType type = FactModel.fields(dev.knigge.authoring.Derived.class).get(field);
        return "Derived( " + field + (type.kind() == ValueType.Kind.BOOLEAN && type.nullable() ? " == true" : "") + " )";
    }

    private static String unknownField(String name, Class<?> fact) {
        return "unknown field '" + name + "' on " + fact.getSimpleName();
    }

    private ValueType enumConstant(Token first, Class<?> type) {
        if (!FactModel.isKniggeEnum(type)) {
            return refuse(first, type.getName().replace('$', '.') + UntrustedLanguage.REFUSED
                    + " (only the enums of dev.knigge, such as RequestType.CONNECTION)");
        }
        expect(".");
        Token constant = next();
        for (Object value : type.getEnumConstants()) {
            if (((Enum<?>) value).name().equals(constant.text())) {
                if (peek(".") || peek("(")) {
                    return refuse(tokens.get(at), "an enum constant is used as it is; members of "
                            + type.getSimpleName() + "." + constant.text() + UntrustedLanguage.ARE_REFUSED);
                }
                return ValueType.constant(type);
            }
        }
        return fail(constant, type.getSimpleName() + " has no constant " + constant.text()
                + Suggestions.didYouMean(constant.text(), constants(type)) + "; its constants: "
                + String.join(", ", constants(type)));
    }

    static List<String> constants(Class<?> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(value -> ((Enum<?>) value).name()).toList();
    }

    /** {@code .field}, {@code .accessor(…)} or {@code .isEmpty()} after a value of the given type. */
    private ValueType members(ValueType type) {
        ValueType current = type;
        while (!failed && peek(".")) {
            next();
            if (at >= tokens.size() || !tokens.get(at).isIdentifier() || tokens.get(at).text().startsWith("$")) {
                return refuse(tokens.get(at - 1), "a name must follow '.'");
            }
            Token member = next();
            boolean call = peek("(");
            if (current.kind() == ValueType.Kind.UNKNOWN) {
                if (call) {
                    int close = closing(at);
                    at = close < 0 ? tokens.size() : close + 1;
                }
            } else if (current.kind() == ValueType.Kind.FACT && current.type() == Parameters.class && call) {
                current = accessor(member);
            } else if (call && (current.kind() == ValueType.Kind.COLLECTION || current.kind() == ValueType.Kind.TEXT)
                    && FactModel.COLLECTION_QUERIES.contains(member.text())) {
                next();
                if (!expect(")")) {
                    return null;
                }
                current = member.is("isEmpty") ? ValueType.BOOLEAN : ValueType.NUMBER;
            } else if (!call && current.kind() == ValueType.Kind.FACT && current.type() != Parameters.class) {
                ValueType field = FactModel.fields(current.type()).get(member.text());
                if (field == null) {
                    String moved = FactModel.movedTo(current.type(), member.text());
                    return fail(member, unknownField(member.text(), current.type()) + (moved != null
                            ? "; " + member.text() + " is on " + moved + ", as in " + onDerived(member.text())
                            : Suggestions.didYouMean(member.text(), FactModel.names(current.type()))));
                }
                current = field;
            } else if (call) {
                return refuse(member, "calling " + member.text() + "()" + UntrustedLanguage.REFUSED
                        + "; the only calls are the Parameters accessors (" + String.join(", ",
                        FactModel.names(Parameters.class)) + ") and isEmpty() or size() of a collection or text");
            } else {
                return refuse(member, "'." + member.text() + "' on " + current.describe() + UntrustedLanguage.REFUSED
                        + "; read fields of a fact, as in $fact.field");
            }
        }
        return current;
    }

    /** {@code integer("key")}, {@code weeklyCap(RequestType.CONNECTION)}: a Parameters accessor and its argument. */
    private ValueType accessor(Token name) {
        Method method = FactModel.parameterAccessors().get(name.text());
        if (method == null) {
            return fail(name, "Parameters has no accessor " + name.text() + "(…)"
                    + Suggestions.didYouMean(name.text(), FactModel.parameterAccessors().keySet()) + "; its accessors: "
                    + String.join(", ", FactModel.names(Parameters.class)));
        }
        Token open = next();
        int close = closing(at - 1);
        if (close < 0) {
            return refuse(open, "'(' is not closed");
        }
        Class<?> wanted = method.getParameterTypes()[0];
        if (wanted == String.class) {
            if (close != at + 1 || !tokens.get(at).isString()) {
                return refuse(name, name.text() + "(…) takes the parameter's key as one string literal, as in "
                        + name.text() + "(\"mass.sameNote\")");
            }
        } else {
            ValueType argument = check(tokens, at, close, scope, this::forward);
            if (argument == null) {
                failed = true;
                return null;
            }
            if (argument.type() != wanted && argument.kind() != ValueType.Kind.UNKNOWN) {
                return fail(tokens.get(at), name.text() + "(…) takes " + wanted.getSimpleName() + ", not "
                        + argument.describe());
            }
        }
        at = close + 1;
        return ValueType.of(method.getReturnType(), method.getGenericReturnType());
    }

    private void forward(int offset, String message) {
        report.at(offset, message);
    }

    private int closing(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is("(")) {
                depth++;
            } else if (tokens.get(i).is(")") && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The text of tokens {@code [from, to)}, as written but for white space. */
    private String text(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to && i < tokens.size(); i++) {
            text.append(tokens.get(i).text());
        }
        return text.toString();
    }

    private boolean peek(String text) {
        return at < tokens.size() && tokens.get(at).is(text);
    }

    private Token next() {
        if (at >= tokens.size()) {
            refuse(tokens.isEmpty() ? null : tokens.get(tokens.size() - 1), "the value ends too early");
            return new Token(Token.Kind.PUNCTUATION, "", tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).offset());
        }
        return tokens.get(at++);
    }

    private boolean expect(String text) {
        if (peek(text)) {
            at++;
            return true;
        }
        refuse(at < tokens.size() ? tokens.get(at) : tokens.isEmpty() ? null : tokens.get(tokens.size() - 1),
                "'" + text + "' expected");
        return false;
    }

    /**
     * Something outside the untrusted language: a problem in untrusted DRL; in trusted DRL the value
     * is left untyped, without a problem.
     */
    private ValueType refuse(Token where, String message) {
        if (scope.typesOnly()) {
            failed = true;
            return null;
        }
        return fail(where, message);
    }

    /** A value whose types do not fit, or a name that is not there: a problem in any DRL. */
    private ValueType fail(Token where, String message) {
        if (!failed) {
            report.at(where == null ? 0 : where.offset(), message);
        }
        failed = true;
        return null;
    }
}
