package dev.knigge.internal.lint;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Tells whether a regular expression can backtrack catastrophically (exponentially in the
 * length of the text) on Java's backtracking matcher. Conservative: it flags every repetition
 * whose body can match one text in more than one way, which is what makes backtracking
 * exponential, even where a human sees that the rest of the pattern never forces it.
 *
 * <p>A repetition {@code X*} (or {@code X+}, {@code X{n,m}} with m &gt; 1) is flagged when
 * <ul>
 *   <li>X can match empty text and something else ({@code (a?)*}, {@code (a*)*});</li>
 *   <li>X ends with a variable repetition Y whose characters can also start X, or starts with one
 *       whose characters can also end X, so text can move between Y and the next or previous
 *       repetition ({@code (a+)+}, {@code (\w+\s?)*}, {@code (.*,)+}); or</li>
 *   <li>X contains alternatives that can start with the same character ({@code (a|a)*},
 *       {@code (a|ab)+}).</li>
 * </ul>
 * Bounded repetitions of a single character class ({@code [^.?!]{0,80}}, {@code \d{2}}) and
 * unrepeated alternatives ({@code \b(19|20)\d{2}\b}) are fine; possessive quantifiers and atomic
 * groups never give text back, so nothing moves between them and their neighbours.
 */
public final class Backtracking {
    private Backtracking() {}

    /** Why the pattern can backtrack catastrophically, or {@code null} when this analysis finds no way. */
    public static String reason(String pattern) {
        return visit(RegexParser.parse(pattern));
    }

    private static String visit(RegexNode node) {
        if (node instanceof RegexNode.Repeat repeat) {
            String reason = repeat(repeat);
            return reason != null ? reason : visit(repeat.body());
        }
        for (RegexNode child : children(node)) {
            String reason = visit(child);
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    private static String repeat(RegexNode.Repeat repeat) {
        if (repeat.possessive() || (repeat.max() >= 0 && repeat.max() <= 1)) {
            return null;
        }
        RegexNode body = repeat.body();
        if (nullable(body) && !chars(body).isEmpty()) {
            return repeat.source() + " repeats a part that can match empty text";
        }
        BitSet first = first(body);
        for (RegexNode.Repeat inner : tails(body)) {
            if (chars(inner.body()).intersects(first)) {
                return movable(repeat, inner);
            }
        }
        BitSet last = last(body);
        for (RegexNode.Repeat inner : heads(body)) {
            if (chars(inner.body()).intersects(last)) {
                return movable(repeat, inner);
            }
        }
        for (RegexNode.Alternation alternation : alternations(body, new ArrayList<>())) {
            List<RegexNode> branches = alternation.branches();
            List<BitSet> firsts = branches.stream().map(Backtracking::first).toList();
            for (int i = 0; i < branches.size(); i++) {
                for (int j = i + 1; j < branches.size(); j++) {
                    if (firsts.get(i).intersects(firsts.get(j))
                            || (nullable(branches.get(i)) && nullable(branches.get(j)))) {
                        return repeat.source() + " repeats alternatives that can match the same text ("
                                + alternation.source() + ")";
                    }
                }
            }
        }
        return null;
    }

    private static String movable(RegexNode.Repeat outer, RegexNode.Repeat inner) {
        return outer.source() + " repeats " + inner.source()
                + " next to itself, so one text can be split between the repetitions in very many ways";
    }

    private static List<RegexNode> children(RegexNode node) {
        if (node instanceof RegexNode.Sequence sequence) {
            return sequence.items();
        } else if (node instanceof RegexNode.Alternation alternation) {
            return alternation.branches();
        } else if (node instanceof RegexNode.Group group) {
            return List.of(group.body());
        } else if (node instanceof RegexNode.Lookaround lookaround) {
            return List.of(lookaround.body());
        } else if (node instanceof RegexNode.Repeat repeat) {
            return List.of(repeat.body());
        }
        return List.of();
    }

    private static boolean nullable(RegexNode node) {
        if (node instanceof RegexNode.Chars) {
            return false;
        } else if (node instanceof RegexNode.Sequence sequence) {
            return sequence.items().stream().allMatch(Backtracking::nullable);
        } else if (node instanceof RegexNode.Alternation alternation) {
            return alternation.branches().stream().anyMatch(Backtracking::nullable);
        } else if (node instanceof RegexNode.Group group) {
            return nullable(group.body());
        } else if (node instanceof RegexNode.Repeat repeat) {
            return repeat.min() == 0 || nullable(repeat.body());
        }
        return true; // Empty, Lookaround, Backreference
    }

    /** Every character the node can consume. */
    private static BitSet chars(RegexNode node) {
        if (node instanceof RegexNode.Chars chars) {
            return chars.set();
        } else if (node instanceof RegexNode.Backreference) {
            return CharSets.all();
        } else if (node instanceof RegexNode.Lookaround) {
            return new BitSet();
        }
        BitSet all = new BitSet();
        for (RegexNode child : children(node)) {
            all.or(chars(child));
        }
        return all;
    }

    /** The characters a match of the node can start with. */
    private static BitSet first(RegexNode node) {
        return edge(node, true);
    }

    /** The characters a match of the node can end with. */
    private static BitSet last(RegexNode node) {
        return edge(node, false);
    }

    private static BitSet edge(RegexNode node, boolean start) {
        if (node instanceof RegexNode.Chars chars) {
            return chars.set();
        } else if (node instanceof RegexNode.Backreference) {
            return CharSets.all();
        } else if (node instanceof RegexNode.Sequence sequence) {
            BitSet set = new BitSet();
            List<RegexNode> items = sequence.items();
            for (int k = 0; k < items.size(); k++) {
                RegexNode item = items.get(start ? k : items.size() - 1 - k);
                set.or(edge(item, start));
                if (!nullable(item)) {
                    break;
                }
            }
            return set;
        } else if (node instanceof RegexNode.Alternation alternation) {
            BitSet set = new BitSet();
            alternation.branches().forEach(branch -> set.or(edge(branch, start)));
            return set;
        } else if (node instanceof RegexNode.Group group) {
            return edge(group.body(), start);
        } else if (node instanceof RegexNode.Repeat repeat) {
            return repeat.max() == 0 ? new BitSet() : edge(repeat.body(), start);
        }
        return new BitSet();
    }

    /** Variable repetitions a match of the node can end with (everything after them can match empty text). */
    private static List<RegexNode.Repeat> tails(RegexNode node) {
        return ends(node, false, new ArrayList<>());
    }

    /** Variable repetitions a match of the node can start with. */
    private static List<RegexNode.Repeat> heads(RegexNode node) {
        return ends(node, true, new ArrayList<>());
    }

    private static List<RegexNode.Repeat> ends(RegexNode node, boolean start, List<RegexNode.Repeat> out) {
        if (node instanceof RegexNode.Repeat repeat) {
            if (repeat.possessive()) {
                return out;
            }
            if (repeat.variable()) {
                out.add(repeat);
            }
            ends(repeat.body(), start, out);
        } else if (node instanceof RegexNode.Group group && !group.atomic()) {
            ends(group.body(), start, out);
        } else if (node instanceof RegexNode.Alternation alternation) {
            alternation.branches().forEach(branch -> ends(branch, start, out));
        } else if (node instanceof RegexNode.Sequence sequence) {
            List<RegexNode> items = sequence.items();
            for (int k = 0; k < items.size(); k++) {
                RegexNode item = items.get(start ? k : items.size() - 1 - k);
                ends(item, start, out);
                if (!nullable(item)) {
                    break;
                }
            }
        }
        return out;
    }

    private static List<RegexNode.Alternation> alternations(RegexNode node, List<RegexNode.Alternation> out) {
        if (node instanceof RegexNode.Alternation alternation) {
            out.add(alternation);
        }
        for (RegexNode child : children(node)) {
            alternations(child, out);
        }
        return out;
    }
}
