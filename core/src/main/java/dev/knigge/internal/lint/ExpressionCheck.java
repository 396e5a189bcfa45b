package dev.knigge.internal.lint;

import java.util.List;
import java.util.Set;

/**
 * Checks the tokens of one expression (or statement) against the allow-list: every type it
 * names, whether simple ({@code System}), fully qualified ({@code java.io.File}), after
 * {@code new}, {@code instanceof} or MVEL's inline cast {@code #}; members that lead to
 * reflection or class loading ({@code getClass()}, {@code .class}, MVEL's {@code .classLoader});
 * loops, lambdas, method references and anonymous classes; the rule context ({@code drools},
 * {@code kcontext}); changes to facts; and regular expressions written as literals.
 */
final class ExpressionCheck {

    /** Receives a problem at an offset into the checked text. */
    @FunctionalInterface
    interface Report {
        void at(int offset, String message);
    }

    static final String REFUSED = " is not allowed in a policy from disk";
    static final String ARE_REFUSED = " are not allowed in a policy from disk";
    private static final String UNBOUNDED = "a library method can run it without end, as Stream.iterate does";

    private static final Set<String> LOOPS = Set.of("for", "while", "do", "foreach", "until");
    /*
     * A rule only reads facts. The facts are Knigge's snapshot of the request, built for one review:
     * modifying or retracting them makes other rules fire again (the classic endless modify loop),
     * makes the result depend on firing order, and lets one rule hide what others (or a parent
     * policy's rules) would find. So modify, update, delete and retract are refused outright.
     */
    private static final Set<String> FACT_CHANGES = Set.of("modify", "update", "delete", "retract");
    private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "short", "int", "long",
            "float", "double", "var");

    private final TypeResolver types;

    ExpressionCheck(TypeResolver types) {
        this.types = types;
    }

    /** Checks {@code tokens[from, to)}. */
    void check(List<Token> tokens, int from, int to, Report report) {
        int i = from;
        while (i < to) {
            Token token = tokens.get(i);
            if (token.is("#") && i + 1 < to && tokens.get(i + 1).isIdentifier()) {
                int end = Tokens.qualifiedEnd(tokens, i + 1, to);
                type(Tokens.name(tokens, i + 1, end), tokens.get(i + 1).offset(), report);
                i = end;
                continue;
            }
            if (token.isString()) {
                RegexLiterals.check(tokens, i, from, report);
                i++;
                continue;
            }
            if (token.is("-") && i + 1 < to && tokens.get(i + 1).is(">")
                    && tokens.get(i + 1).offset() == token.offset() + 1) {
                report.at(token.offset(), "lambdas" + ARE_REFUSED + ": '->' (" + UNBOUNDED + ")");
            } else if (token.is("::")) {
                report.at(token.offset(), "method references" + ARE_REFUSED + ": '::' (" + UNBOUNDED + ")");
            }
            if (!token.isIdentifier()) {
                i++;
                continue;
            }
            if (member(tokens, i, from)) {
                memberName(tokens, i, to, report);
                i++;
                continue;
            }
            i = word(tokens, i, to, report);
        }
    }

    /** Checks a type name as written (a pattern's type, a query parameter's). */
    void type(String name, int offset, Report report) {
        String written = name.replaceAll("\\s+", "");
        int generic = written.indexOf('<');
        if (generic >= 0) {
            written = written.substring(0, generic);
        }
        while (written.endsWith("[]")) {
            written = written.substring(0, written.length() - 2);
        }
        if (written.isEmpty() || PRIMITIVES.contains(written)) {
            return;
        }
        Class<?> type = types.resolve(written);
        if (type == null && written.indexOf('.') < 0) {
            return; // Names nothing: the compiler reports it, and nothing can run.
        }
        String refusal = AllowList.refusal(type != null ? type.getName() : written, type);
        if (refusal != null) {
            report.at(offset, (type != null ? type.getName().replace('$', '.') : written) + REFUSED
                    + " (" + refusal + ")");
        }
    }

    /** Handles the identifier at {@code i} that starts a name; returns where to go on. */
    private int word(List<Token> tokens, int i, int to, Report report) {
        Token token = tokens.get(i);
        String word = token.text();
        boolean call = i + 1 < to && tokens.get(i + 1).is("(");
        if (LOOPS.contains(word)) {
            report.at(token.offset(), "loops" + ARE_REFUSED + ": '" + word
                    + "' (a loop inside a rule cannot be stopped)");
            return i + 1;
        }
        if (word.equals("synchronized")) {
            report.at(token.offset(), "'synchronized'" + REFUSED + " (" + AllowList.THREADS + ")");
            return i + 1;
        }
        if ((word.equals("new") || word.equals("instanceof")) && i + 1 < to && tokens.get(i + 1).isIdentifier()) {
            int end = Tokens.qualifiedEnd(tokens, i + 1, to);
            type(Tokens.name(tokens, i + 1, end), tokens.get(i + 1).offset(), report);
            if (word.equals("new") && anonymousClass(tokens, end, to)) {
                report.at(token.offset(), "anonymous classes" + ARE_REFUSED + " (their methods can call themselves"
                        + " without end)");
            }
            return end;
        }
        if (word.equals("kcontext") && raiseContext(tokens, i, to)) {
            return i + 1;
        }
        if (word.equals("drools") || word.equals("kcontext")) {
            report.at(token.offset(), "'" + word + "'" + REFUSED
                    + "; a consequence passes kcontext to Findings.raise and uses it for nothing else");
            return Tokens.qualifiedEnd(tokens, i, to);
        }
        if (FACT_CHANGES.contains(word) && call) {
            report.at(token.offset(), "'" + word + "'" + REFUSED
                    + ": facts are Knigge's snapshot of the request, and rules only read them");
            return i + 1;
        }
        if ((word.equals("insert") || word.equals("insertLogical")) && call) {
            report.at(token.offset(), "'" + word + "' is only allowed as a statement of its own in a consequence");
            return i + 1;
        }
        if (call && AllowList.member(word) != null) {
            report.at(token.offset(), word + "()" + REFUSED + " (" + AllowList.member(word) + ")");
            return i + 1;
        }
        int end = Tokens.qualifiedEnd(tokens, i, to);
        chain(tokens, i, end, report);
        for (int j = i + 2; j < end; j += 2) {
            memberName(tokens, j, to, report);
        }
        return end;
    }

    /** A dotted name {@code a.b.C.d} that is not a member of something before it. */
    private void chain(List<Token> tokens, int start, int end, Report report) {
        String first = tokens.get(start).text();
        if (first.startsWith("$")) {
            return;
        }
        if (Character.isUpperCase(first.charAt(0))) {
            Class<?> type = types.simple(first);
            if (type != null) {
                String refusal = AllowList.refusal(type.getName(), type);
                if (refusal != null) {
                    report.at(tokens.get(start).offset(), type.getName().replace('$', '.') + REFUSED
                            + " (" + refusal + ")");
                }
            }
            return;
        }
        for (int j = start + 2; j < end; j += 2) {
            String segment = tokens.get(j).text();
            if (Character.isUpperCase(segment.charAt(0))) {
                String name = Tokens.name(tokens, start, j + 1);
                Class<?> type = types.qualified(name);
                String refusal = AllowList.refusal(type != null ? type.getName() : name, type);
                // A name that loads nothing is a field chain or a compile error; only a known
                // dangerous package is refused by name alone.
                if (refusal != null && (type != null || !refusal.equals(AllowList.NOT_LISTED))) {
                    report.at(tokens.get(start).offset(), (type != null ? type.getName().replace('$', '.') : name)
                            + REFUSED + " (" + refusal + ")");
                }
                return;
            }
        }
    }

    private void memberName(List<Token> tokens, int i, int to, Report report) {
        Token token = tokens.get(i);
        String word = token.text();
        if (word.equals("class")) {
            report.at(token.offset(), ".class" + REFUSED + " (" + AllowList.REFLECTION + ")");
        } else if (AllowList.member(word) != null) {
            boolean call = i + 1 < to && tokens.get(i + 1).is("(");
            report.at(token.offset(), word + (call ? "()" : "") + REFUSED + " (" + AllowList.member(word) + ")");
        }
    }

    /** Whether {@code new X<…>(…)} ending before {@code end} goes on with a class body {@code {…}}. */
    private static boolean anonymousClass(List<Token> tokens, int end, int to) {
        int i = end;
        if (i < to && tokens.get(i).is("<")) {
            int depth = 0;
            for (; i < to; i++) {
                depth += tokens.get(i).is("<") ? 1 : tokens.get(i).is(">") ? -1 : 0;
                if (depth == 0) {
                    i++;
                    break;
                }
            }
        }
        if (i >= to || !tokens.get(i).is("(")) {
            return false;
        }
        int close = Tokens.closing(tokens, i);
        return close + 1 < to && tokens.get(close + 1).is("{");
    }

    /** Whether {@code kcontext} at {@code i} is the first argument of {@code Findings.raise(…)}, its one use. */
    private static boolean raiseContext(List<Token> tokens, int i, int to) {
        return i >= 4 && tokens.get(i - 1).is("(") && tokens.get(i - 2).is("raise") && tokens.get(i - 3).is(".")
                && tokens.get(i - 4).is("Findings") && i + 1 < to && (tokens.get(i + 1).is(",") || tokens.get(i + 1).is(")"));
    }

    /** Whether the identifier at {@code i} follows {@code .}, {@code ::} or MVEL's null-safe {@code .?}. */
    private static boolean member(List<Token> tokens, int i, int from) {
        if (i - 1 < from) {
            return false;
        }
        Token previous = tokens.get(i - 1);
        return previous.is(".") || previous.is("::")
                || (previous.is("?") && i - 2 >= from && tokens.get(i - 2).is("."));
    }
}
