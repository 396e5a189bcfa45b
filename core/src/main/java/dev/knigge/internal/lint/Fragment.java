package dev.knigge.internal.lint;

import org.drools.drl.ast.descr.RuleDescr;

/**
 * A piece of a DRL file that runs or names a type: a constraint, an {@code eval}, a {@code from}
 * source, an accumulate argument, an attribute or metadata value, a pattern's type, a consequence.
 *
 * @param kind what it is
 * @param text its text
 * @param offset where the text starts in the file, or -1 when it could not be found
 * @param line the line to report when the offset is not known (1-based)
 * @param column the column to report when the offset is not known (1-based, 0 for none)
 * @param rule the rule it belongs to, or {@code null} for the package
 */
record Fragment(Kind kind, String text, int offset, int line, int column, RuleDescr rule) {

    /** What a fragment is, which decides how it is checked. */
    enum Kind {
        /** MVEL or Java expression: constraints, eval, from, accumulate arguments, attributes, metadata. */
        EXPRESSION,
        /** The name of a type: a pattern's or a query parameter's. */
        TYPE,
        /** Java (or MVEL) statements after {@code then}. */
        CONSEQUENCE,
        /** The name of an accumulate function. */
        ACCUMULATE_FUNCTION,
        /** Inline accumulate code (init, action, reverse, result). */
        ACCUMULATE_CODE,
        /** A construct this walker does not know; the text names it. */
        UNCHECKED
    }

    /** The 1-based line of a position inside the text. */
    int line(int inner, LineIndex lines) {
        return offset >= 0 ? lines.line(offset + inner) : line;
    }

    /** The 1-based column of a position inside the text. */
    int column(int inner, LineIndex lines) {
        return offset >= 0 ? lines.column(offset + inner) : column;
    }
}
