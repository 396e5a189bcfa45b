package dev.knigge.internal.lint;

import java.util.BitSet;
import java.util.List;

/** A parsed regular expression, as much of it as the backtracking analysis needs. */
sealed interface RegexNode {

    /** One character out of a set (a literal, a class, {@code .}, {@code \w}…). */
    record Chars(BitSet set, String source) implements RegexNode {}

    /** Something that matches without consuming text: an anchor, a boundary, empty. */
    record Empty() implements RegexNode {}

    /** A lookahead or lookbehind: consumes nothing, but its body is a pattern of its own. */
    record Lookaround(RegexNode body) implements RegexNode {}

    /** A back-reference: matches whatever its group matched, so anything, possibly nothing. */
    record Backreference() implements RegexNode {}

    /** Items matched one after the other. */
    record Sequence(List<RegexNode> items) implements RegexNode {}

    /** Branches separated by {@code |}. */
    record Alternation(List<RegexNode> branches, String source) implements RegexNode {}

    /** A group; an atomic one ({@code (?>…)}) never gives back what it matched. */
    record Group(RegexNode body, boolean atomic) implements RegexNode {}

    /**
     * A quantified item.
     *
     * @param max the most repetitions, or -1 for no limit
     * @param possessive whether it never gives back what it matched ({@code a*+})
     * @param source the item and its quantifier, as written
     */
    record Repeat(RegexNode body, int min, int max, boolean possessive, String source) implements RegexNode {

        /** Whether the number of repetitions can vary, so text can move between this and its neighbours. */
        boolean variable() {
            return !possessive && (max < 0 || max > min);
        }
    }
}
