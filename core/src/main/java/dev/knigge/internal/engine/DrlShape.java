package dev.knigge.internal.engine;

import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.policy.PolicyException.Problem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two mistakes Drools' parser reports late, read from a file's lines when the parser failed: a rule
 * without {@code end} (the parser reads the next rule as its consequence and complains there), and
 * a condition left open before {@code then} ({@code ReviewRequest( type ==}, reported lines below at
 * the consequence). Each is one problem where it was made; the parser's echoes of it are dropped.
 * Comments and the text of strings are skipped, so only the shape of the DRL is read.
 */
final class DrlShape {
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s*\"([^\"]*)\"");
    private static final Pattern WORD = Pattern.compile("^\\s*(when|then|end)\\s*$");
    private static final Pattern TRAILING_OPERATOR = Pattern.compile(
            "(==|!=|<=|>=|<|>|&&|\\|\\||\\bin|\\bcontains|\\bmemberOf|,)\\s*$");

    private DrlShape() {}

    /** The mistakes of shape in a file, empty when its rules are shaped right. */
    static List<Problem> problems(PolicyFile file) {
        String[] lines = code(file.text()).split("\n", -1);
        String[] written = file.text().split("\n", -1);
        List<Problem> problems = new ArrayList<>();
        String open = null;
        int openLine = 0;
        boolean when = false;
        Deque<int[]> brackets = new ArrayDeque<>();
        int lastLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher rule = RULE.matcher(written[i]);
            if (rule.find()) {
                if (open != null) {
                    problems.add(new Problem(file.origin(), openLine, 1, "rule \"" + open + "\" has no end: its"
                            + " consequence runs into rule \"" + rule.group(1) + "\" at line " + (i + 1)
                            + "; write end after the consequence"));
                }
                open = rule.group(1);
                openLine = i + 1;
                when = false;
                brackets.clear();
                continue;
            }
            Matcher word = WORD.matcher(line);
            if (word.find()) {
                switch (word.group(1)) {
                    case "when" -> when = open != null;
                    case "then" -> {
                        if (when && !brackets.isEmpty()) {
                            problems.add(unclosed(file, lines, brackets.peek(), lastLine));
                        }
                        when = false;
                    }
                    default -> {
                        open = null;
                        when = false;
                    }
                }
                continue;
            }
            if (!when) {
                continue;
            }
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (ch == '(') {
                    brackets.push(new int[] {i + 1, c + 1});
                } else if (ch == ')' && !brackets.isEmpty()) {
                    brackets.pop();
                }
                if (!Character.isWhitespace(ch)) {
                    lastLine = i + 1;
                }
            }
        }
        if (open != null) {
            problems.add(new Problem(file.origin(), openLine, 1, "rule \"" + open + "\" has no end: write end after"
                    + " its consequence"));
        }
        return problems;
    }

    /**
     * The open bracket's problem: where a comparison lost its value (the bracket's line, or the last
     * line before {@code then}, ends with an operator), else at the bracket.
     */
    private static Problem unclosed(PolicyFile file, String[] lines, int[] bracket, int lastLine) {
        for (int line : new int[] {bracket[0], lastLine}) {
            Matcher operator = line > 0 ? TRAILING_OPERATOR.matcher(lines[line - 1]) : null;
            if (operator != null && operator.find()) {
                int column = lines[line - 1].stripTrailing().length() + 1;
                return new Problem(file.origin(), line, column, "the condition ends after '" + operator.group(1)
                        + "' before then: a value is missing, and the '(' at line " + bracket[0] + " is not closed");
            }
        }
        return new Problem(file.origin(), bracket[0], bracket[1], "this '(' is not closed before then");
    }

    /** The text with comments and the inside of strings made blanks, line breaks kept. */
    static String code(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (; i < end; i++) {
                    out.append(text.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (c == '"') {
                out.append('"');
                i++;
                while (i < text.length() && text.charAt(i) != '"' && text.charAt(i) != '\n') {
                    out.append(text.charAt(i) == '\\' ? ' ' : 'x');
                    if (text.charAt(i) == '\\' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                        out.append(' ');
                        i++;
                    }
                    i++;
                }
                if (i < text.length() && text.charAt(i) == '"') {
                    out.append('"');
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
