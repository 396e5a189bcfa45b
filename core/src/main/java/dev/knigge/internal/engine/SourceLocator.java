package dev.knigge.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the real line and column of a Drools build error. Drools reports a line (for a
 * consequence: the rule's first line) and always column 0; the parser hides the column in its
 * message and MVEL gives one relative to the expression. So we look for the name the message
 * complains about in the source, from the reported line to the end of the rule.
 */
final class SourceLocator {
    private static final Pattern PARSER_POSITION = Pattern.compile("[Ll]ine (\\d+):(\\d+)");
    private static final List<Pattern> CULPRITS = List.of(
            Pattern.compile("strict-mode: [\\w.$]+\\.(\\w+)\\(\\)"),
            Pattern.compile("[Uu]nable to resolve ObjectType '([\\w.$]+)'"),
            Pattern.compile("([$\\w.]+) cannot be resolved"),
            Pattern.compile("[Uu]nknown (?:field|property) '?([$\\w]+)'?"),
            Pattern.compile("The method (\\w+)\\("),
            Pattern.compile("[Uu]nable to find class '([\\w.$]+)'"),
            Pattern.compile("[Uu]nable to resolve (?:method|property|field)[^:]*: ([$\\w]+)"),
            Pattern.compile("Unable to Analyse Expression ([^:\\n]+?):"),
            Pattern.compile("'([^']+)'"),
            Pattern.compile("\"([^\"]+)\""));

    private final String[] lines;

    SourceLocator(String text) {
        this.lines = text.split("\r\n|\r|\n", -1);
    }

    /** A position in the source, 1-based. */
    record Position(int line, int column) {}

    /**
     * Where the error is.
     *
     * @param reportedLine the line Drools reported (1-based, 0 or less when unknown)
     * @param message Drools' message
     */
    Position locate(int reportedLine, String message) {
        Matcher parser = PARSER_POSITION.matcher(message);
        if (parser.find() && !message.contains("[Line:")) {
            int line = Integer.parseInt(parser.group(1));
            int column = Integer.parseInt(parser.group(2)) + 1;
            return new Position(line, column);
        }
        int from = Math.max(1, reportedLine);
        for (String culprit : culprits(message)) {
            Position found = find(culprit, from);
            if (found != null) {
                return found;
            }
        }
        return new Position(reportedLine, firstColumn(reportedLine));
    }

    private static List<String> culprits(String message) {
        List<String> culprits = new ArrayList<>();
        for (Pattern pattern : CULPRITS) {
            Matcher matcher = pattern.matcher(message);
            while (matcher.find()) {
                String culprit = matcher.group(1).strip();
                if (culprit.length() > 1 || culprit.startsWith("$")) {
                    culprits.add(culprit);
                }
                String simple = culprit.substring(culprit.lastIndexOf('.') + 1);
                if (!simple.equals(culprit) && !simple.isEmpty()) {
                    culprits.add(simple);
                }
            }
        }
        return culprits;
    }

    /** The first whole-word occurrence of text from a line to the end of that rule. */
    private Position find(String text, int fromLine) {
        for (int i = fromLine - 1; i < lines.length; i++) {
            if (i > fromLine - 1 && lines[i].strip().startsWith("rule ")) {
                break;
            }
            int at = indexOfWord(lines[i], text);
            if (at >= 0) {
                return new Position(i + 1, at + 1);
            }
        }
        return null;
    }

    private static int indexOfWord(String line, String text) {
        int from = 0;
        while (true) {
            int at = line.indexOf(text, from);
            if (at < 0) {
                return -1;
            }
            boolean startOk = at == 0 || !isWordChar(line.charAt(at - 1));
            int end = at + text.length();
            boolean endOk = end >= line.length() || !isWordChar(line.charAt(end)) || !isWordChar(text.charAt(text.length() - 1));
            if (startOk && endOk) {
                return at;
            }
            from = at + 1;
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private int firstColumn(int line) {
        if (line < 1 || line > lines.length) {
            return 0;
        }
        String text = lines[line - 1];
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return 1;
    }
}
