package dev.knigge.cli;

import dev.knigge.advice.Verdict;
import dev.knigge.scenario.QualityReport;
import dev.knigge.scenario.QualityTargets;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Quality figures as text: the cases outside their judgement, the confusion matrix, what each rule
 * did, the cases not reviewed and the failed gates, and last the summary — six lines with the
 * headline figures, so that the tail of the output says it all.
 */
final class QualityText {
    private final Styles ansi;

    QualityText(Styles ansi) {
        this.ansi = ansi;
    }

    /** Everything but the summary. */
    void printDetails(PrintWriter out, QualityReport report) {
        outside(out, report);
        confusion(out, report);
        rules(out, report);
        unreviewed(out, report);
    }

    /** The failed gates, if any, and the summary: always the last six lines. */
    void printSummary(PrintWriter out, QualityReport report, QualityTargets targets, List<QualityTargets.Shortfall> failed) {
        if (!failed.isEmpty()) {
            out.println(ansi.bold("Failed gates"));
            for (QualityTargets.Shortfall shortfall : failed) {
                out.println("  " + ansi.red(QualityOptions.flag(shortfall.target())) + ": " + shortfall.message());
            }
            out.println();
        }
        int gates = targets.asMap().size();
        StringBuilder head = new StringBuilder("Quality of " + report.policy() + " " + report.policyVersion() + " on "
                + report.cases().size() + " cases");
        List<String> notes = new ArrayList<>();
        if (gates > 0) {
            notes.add(failed.isEmpty() ? ansi.green(gates == 1 ? "the gate passed" : "all " + gates + " gates passed")
                    : ansi.red(failed.size() + " of " + gates + (gates == 1 ? " gate" : " gates") + " failed"));
        }
        if (!report.unreviewed().isEmpty()) {
            notes.add(ansi.red(report.unreviewed().size() + " not reviewed"));
        }
        if (!report.problems().isEmpty()) {
            notes.add(ansi.red(report.problems().size() + " invalid"));
        }
        if (!notes.isEmpty()) {
            head.append(": ").append(String.join(", ", notes));
        }
        int good = report.labelled(Verdict.SEND);
        out.println(ansi.bold(head.toString()));
        out.println(line("accuracy", report.accuracy(), report.within() + " of " + report.cases().size()
                + " within the judgement"));
        out.println(line("exact", report.exactAccuracy(), report.exact() + " of " + report.cases().size()));
        out.println(line("good notes SEND", report.goodSendShare(), report.goodSend() + " of " + good + " labelled SEND"));
        out.println(line("nag rate", report.nagRate(), report.nags() + " of " + good) + "; false blocks "
                + report.falseBlocks() + " (" + percent(report.falseBlockRate()) + ")");
        out.println(line("missed blocks", report.missedBlockRate(), report.missedBlocks() + " of "
                + report.labelled(Verdict.DO_NOT_SEND) + " labelled DO_NOT_SEND") + "; spam sent " + report.spamSent());
    }

    private static String line(String name, double share, String counts) {
        return String.format(Locale.ROOT, "  %-16s %7s  (%s)", name, percent(share), counts);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private void outside(PrintWriter out, QualityReport report) {
        List<QualityReport.Case> outside = report.outside();
        out.println(ansi.bold("Outside the judgement: " + outside.size() + " of " + report.cases().size()));
        for (QualityReport.Case c : outside) {
            out.println("  " + c.scenario().file() + "  " + ansi.bold(c.scenario().title()));
            out.println("      " + c.outcome());
        }
        out.println();
    }

    private void confusion(PrintWriter out, QualityReport report) {
        out.println(ansi.bold("Verdicts, labelled by given"));
        out.println(String.format(Locale.ROOT, "  %-12s %6s %7s %12s %6s", "labelled", "SEND", "REVISE", "DO_NOT_SEND",
                "cases"));
        for (Verdict label : Verdict.values()) {
            out.println(String.format(Locale.ROOT, "  %-12s %6d %7d %12d %6d", label, report.confusion(label, Verdict.SEND),
                    report.confusion(label, Verdict.REVISE), report.confusion(label, Verdict.DO_NOT_SEND),
                    report.labelled(label)));
        }
        out.println();
    }

    /** The rules that fired, those behind the most false blocks and nags first. */
    private void rules(PrintWriter out, QualityReport report) {
        List<QualityReport.RuleFigures> rules = new ArrayList<>(report.rules());
        rules.sort(Comparator.comparingInt(QualityReport.RuleFigures::falseBlocks).reversed()
                .thenComparing(Comparator.comparingInt(QualityReport.RuleFigures::nags).reversed())
                .thenComparing(Comparator.comparingInt(QualityReport.RuleFigures::firedOnSend).reversed())
                .thenComparing(QualityReport.RuleFigures::rule));
        out.println(ansi.bold("Rules: cases they fired in, by label; the nags and false blocks they decided"));
        out.println(String.format(Locale.ROOT, "  %-24s %7s %9s %5s %12s", "rule", "on SEND", "on others", "nags",
                "false blocks"));
        for (QualityReport.RuleFigures rule : rules) {
            String line = String.format(Locale.ROOT, "  %-24s %7d %9d %5d %12d", rule.rule(), rule.firedOnSend(),
                    rule.firedOnOther(), rule.nags(), rule.falseBlocks());
            out.println(rule.falseBlocks() > 0 ? ansi.red(line) : rule.nags() > 0 ? ansi.yellow(line) : line);
        }
        out.println();
    }

    private void unreviewed(PrintWriter out, QualityReport report) {
        if (report.unreviewed().isEmpty()) {
            return;
        }
        out.println(ansi.bold("Not reviewed: " + report.unreviewed().size()));
        for (QualityReport.Unreviewed unreviewed : report.unreviewed()) {
            out.println("  " + unreviewed.scenario().file() + "  " + ansi.bold(unreviewed.scenario().title()));
            out.println("      " + ansi.red("error: " + unreviewed.error()));
        }
        out.println();
    }
}
