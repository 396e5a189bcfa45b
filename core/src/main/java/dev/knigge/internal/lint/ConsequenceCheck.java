package dev.knigge.internal.lint;

import dev.knigge.authoring.Findings;
import dev.knigge.authoring.Parameters;
import dev.knigge.internal.policy.PolicyLimits;
import java.util.List;

/**
 * Checks the consequence of a rule in untrusted DRL: exactly one call
 * {@code Findings.raise(kcontext, "name", value, …);} (comments around it), where {@code Findings} is Knigge's, each name is a string literal and each value
 * is a bound variable, a literal or a {@code Parameters} accessor on a bound {@code Parameters}.
 * Nothing else reaches the Java compiler.
 */
final class ConsequenceCheck {
    private ConsequenceCheck() {}

    /** Checks the consequence text; offsets reported are into it. */
    static void check(String consequence, ValueCheck.Scope scope, ValueCheck.Report report) {
        List<Token> tokens = StrictLexer.tokens(consequence, true, UntrustedLanguage.CONSEQUENCE, report);
        if (tokens == null) {
            return;
        }
        if (tokens.isEmpty()) {
            report.at(0, "an empty consequence; " + UntrustedLanguage.CONSEQUENCE);
            return;
        }
        int open = callee(tokens, scope, report);
        if (open < 0) {
            return;
        }
        int close = closing(tokens, open);
        int end = tokens.size() - 1;
        if (close >= 0 && close == tokens.size() - 1) {
            report.at(tokens.get(close).offset(), "a consequence ends with ';', as in " + UntrustedLanguage.CONSEQUENCE
                    .substring(UntrustedLanguage.CONSEQUENCE.indexOf("Findings")));
            return;
        }
        if (close < 0 || close != end - 1 || !tokens.get(end).is(";")) {
            Token where = close < 0 ? tokens.get(open) : tokens.get(close + 1);
            report.at(where.offset(), "a consequence is one call and nothing after it; " + UntrustedLanguage.CONSEQUENCE);
            return;
        }
        List<int[]> arguments = Tokens.arguments(tokens, open, close);
        if (arguments.isEmpty() || arguments.get(0)[1] - arguments.get(0)[0] != 1
                || !tokens.get(arguments.get(0)[0]).is("kcontext")) {
            int at = arguments.isEmpty() ? tokens.get(open).offset() : tokens.get(arguments.get(0)[0]).offset();
            report.at(at, "Findings.raise takes kcontext as its first argument, and kcontext is used for nothing else");
            return;
        }
        for (int a = 1; a < arguments.size(); a++) {
            int[] range = arguments.get(a);
            if (range[0] >= range[1]) {
                report.at(tokens.get(Math.min(range[0], tokens.size() - 1)).offset(), "an empty argument");
            } else if (a % 2 == 1) {
                name(tokens, range, report);
            } else {
                value(tokens, range, scope, report);
            }
        }
    }

    /** Checks {@code Findings.raise} (or its qualified form) and returns the index of its {@code (}, or -1. */
    private static int callee(List<Token> tokens, ValueCheck.Scope scope, ValueCheck.Report report) {
        int end = tokens.get(0).isIdentifier() ? Tokens.qualifiedEnd(tokens, 0, tokens.size()) : 0;
        boolean shaped = end >= 3 && end < tokens.size() && tokens.get(end).is("(") && tokens.get(end - 1).is("raise");
        Class<?> owner = shaped ? scope.types().resolve(Tokens.name(tokens, 0, end - 2)) : null;
        if (owner != Findings.class) {
            report.at(tokens.get(0).offset(), (shaped ? Tokens.name(tokens, 0, end) + " is not Knigge's Findings.raise"
                    : "'" + PolicyLimits.quote(Tokens.name(tokens, 0, Math.max(1, end))) + "'" + UntrustedLanguage.REFUSED)
                    + "; " + UntrustedLanguage.CONSEQUENCE);
            return -1;
        }
        return end;
    }

    private static void name(List<Token> tokens, int[] range, ValueCheck.Report report) {
        if (range[1] - range[0] != 1 || !tokens.get(range[0]).isString()) {
            report.at(tokens.get(range[0]).offset(), "a placeholder name is a string literal, as in \"sent\"");
        }
    }

    private static void value(List<Token> tokens, int[] range, ValueCheck.Scope scope, ValueCheck.Report report) {
        Token first = tokens.get(range[0]);
        int length = range[1] - range[0];
        boolean literal = length == 1 && (first.kind() == Token.Kind.NUMBER || first.isString()
                || first.is("true") || first.is("false") || first.is("null"));
        boolean negative = length == 2 && first.is("-") && tokens.get(range[0] + 1).kind() == Token.Kind.NUMBER;
        boolean variable = first.isIdentifier() && first.text().startsWith("$");
        if (literal || negative) {
            return;
        }
        if (variable && length == 1) {
            ValueCheck.check(tokens, range[0], range[1], scope, report);
            return;
        }
        ValueType bound = variable ? scope.variables().get(first.text()) : null;
        boolean accessor = bound != null && bound.type() == Parameters.class && length >= 4
                && tokens.get(range[0] + 1).is(".") && tokens.get(range[0] + 3).is("(")
                && closing(tokens, range[0] + 3) == range[1] - 1;
        if (!accessor) {
            report.at(first.offset(), "a value passed to Findings.raise is a bound variable, a literal or a"
                    + " Parameters accessor such as $p.integer(\"key\"); compute it in the conditions and bind it");
            return;
        }
        ValueCheck.check(tokens, range[0], range[1], scope, report);
    }

    private static int closing(List<Token> tokens, int open) {
        int close = Tokens.closing(tokens, open);
        return close >= tokens.size() ? -1 : close;
    }
}
