package dev.knigge.internal.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a consequence of a policy from disk: each statement must be
 * {@code Findings.raise(kcontext, …)} or {@code insert(new X(…))} / {@code insertLogical(new X(…))}
 * of one of Knigge's authoring types, and every argument passes the {@link ExpressionCheck}.
 * A statement of any other shape is refused, naming what in it reaches outside the review when
 * something does.
 */
final class ConsequenceCheck {
    static final String FINDINGS = "dev.knigge.authoring.Findings";
    private static final String AUTHORING = "dev.knigge.authoring";
    private static final String SHAPE = "a consequence may only call Findings.raise(kcontext, …), insert(new …)"
            + " or insertLogical(new …)";

    private final TypeResolver types;
    private final ExpressionCheck expressions;

    ConsequenceCheck(TypeResolver types) {
        this.types = types;
        this.expressions = new ExpressionCheck(types);
    }

    /** Checks every statement of a consequence. */
    void check(List<Token> tokens, ExpressionCheck.Report report) {
        int start = 0;
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("(") || token.is("[") || token.is("{")) {
                depth++;
            } else if (token.is(")") || token.is("]") || token.is("}")) {
                depth--;
                if (depth == 0 && token.is("}")) {
                    statement(tokens, start, i + 1, report);
                    start = i + 1;
                }
            } else if (token.is(";") && depth == 0) {
                statement(tokens, start, i, report);
                start = i + 1;
            }
        }
        statement(tokens, start, tokens.size(), report);
    }

    private void statement(List<Token> tokens, int start, int end, ExpressionCheck.Report report) {
        if (start >= end || raise(tokens, start, end, report) || insert(tokens, start, end, report)) {
            return;
        }
        List<Runnable> found = new ArrayList<>();
        expressions.check(tokens, start, end, (offset, message) -> found.add(() -> report.at(offset, message)));
        if (found.isEmpty()) {
            report.at(tokens.get(start).offset(), SHAPE);
        } else {
            found.forEach(Runnable::run);
        }
    }

    /** {@code Findings.raise(kcontext, …)}, written with or without the package. */
    private boolean raise(List<Token> tokens, int start, int end, ExpressionCheck.Report report) {
        if (!tokens.get(start).isIdentifier()) {
            return false;
        }
        int nameEnd = Tokens.qualifiedEnd(tokens, start, end);
        if (nameEnd - start < 3 || nameEnd >= end || !tokens.get(nameEnd).is("(")
                || !tokens.get(nameEnd - 1).is("raise")) {
            return false;
        }
        Class<?> owner = types.resolve(Tokens.name(tokens, start, nameEnd - 2));
        int close = Tokens.closing(tokens, nameEnd);
        if (owner == null || !owner.getName().equals(FINDINGS) || close != end - 1) {
            return false;
        }
        List<int[]> arguments = Tokens.arguments(tokens, nameEnd, close);
        if (arguments.isEmpty() || arguments.get(0)[1] - arguments.get(0)[0] != 1
                || !tokens.get(arguments.get(0)[0]).is("kcontext")) {
            int at = arguments.isEmpty() ? tokens.get(nameEnd).offset() : tokens.get(arguments.get(0)[0]).offset();
            report.at(at, "Findings.raise takes kcontext as its first argument");
        }
        for (int a = 1; a < arguments.size(); a++) {
            expressions.check(tokens, arguments.get(a)[0], arguments.get(a)[1], report);
        }
        return true;
    }

    /** {@code insert(new X(…))} or {@code insertLogical(new X(…))} of an authoring type. */
    private boolean insert(List<Token> tokens, int start, int end, ExpressionCheck.Report report) {
        Token first = tokens.get(start);
        if (!(first.is("insert") || first.is("insertLogical")) || start + 1 >= end || !tokens.get(start + 1).is("(")
                || Tokens.closing(tokens, start + 1) != end - 1) {
            return false;
        }
        int argument = start + 2;
        boolean fact = false;
        if (argument + 1 < end - 1 && tokens.get(argument).is("new") && tokens.get(argument + 1).isIdentifier()) {
            int nameEnd = Tokens.qualifiedEnd(tokens, argument + 1, end - 1);
            Class<?> type = types.resolve(Tokens.name(tokens, argument + 1, nameEnd));
            fact = type != null && type.getPackageName().equals(AUTHORING) && !type.getName().equals(FINDINGS)
                    && nameEnd < end - 1 && tokens.get(nameEnd).is("(")
                    && Tokens.closing(tokens, nameEnd) == end - 2;
        }
        if (!fact) {
            report.at(tokens.get(Math.min(argument, end - 1)).offset(), first.text()
                    + "(…) takes a new fact of one of Knigge's authoring types, as in " + first.text() + "(new Note(…))");
        }
        expressions.check(tokens, argument, end - 1, report);
        return true;
    }
}
