package dev.knigge.internal.lint;

import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.policy.PolicyException.Problem;
import java.util.List;
import org.drools.drl.ast.descr.BaseDescr;

/** Problems of one file, placed by offset into its text or by a descriptor's position. */
final class FileReport {
    private final PolicyFile file;
    private final LineIndex lines;
    private final List<Problem> problems;

    FileReport(PolicyFile file, List<Problem> problems) {
        this.file = file;
        this.lines = new LineIndex(file.text());
        this.problems = problems;
    }

    /** The file's text. */
    String text() {
        return file.text();
    }

    /** A problem at an offset into the file's text. */
    void at(int offset, String message) {
        int clamped = Math.max(0, Math.min(offset, file.text().length()));
        problems.add(new Problem(file.origin(), lines.line(clamped), lines.column(clamped), message));
    }

    /** A problem where a descriptor starts (its offset, else its line and column). */
    void at(BaseDescr descr, String message) {
        if (descr.getStartCharacter() >= 0 && descr.getStartCharacter() < file.text().length()) {
            at(descr.getStartCharacter(), message);
        } else {
            problems.add(new Problem(file.origin(), Math.max(0, descr.getLine()),
                    descr.getLine() > 0 ? descr.getColumn() + 1 : 0, message));
        }
    }

    /** How many problems the whole list holds, to tell whether a check added any. */
    int count() {
        return problems.size();
    }
}
