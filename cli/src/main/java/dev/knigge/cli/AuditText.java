package dev.knigge.cli;

import dev.knigge.advice.Advice;
import dev.knigge.advice.Finding;
import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import dev.knigge.audit.AuditEntry;
import dev.knigge.audit.CampaignReport;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An audit as text: the report first, then the requests that must not go out, then those to
 * revise, one line each with the rules that stand in the way. The report comes last out of the
 * audit, so those lines wait in two temporary files meanwhile: memory stays bounded.
 */
final class AuditText implements AutoCloseable {
    private final Styles ansi;
    private final String file;
    private final Spill doNotSend = new Spill();
    private final Spill revise = new Spill();

    /** @param file the campaign as named on the command line */
    AuditText(Styles ansi, String file) {
        this.ansi = ansi;
        this.file = file;
    }

    /** Notes one audited request. */
    void add(AuditEntry audited) {
        Advice advice = audited.advice();
        if (advice == null || advice.verdict() == Verdict.SEND) {
            return;
        }
        StringBuilder line = new StringBuilder("  ").append(file).append(':').append(audited.line());
        if (advice.id() != null) {
            line.append(" (").append(Printable.of(advice.id())).append(')');
        }
        line.append(' ');
        List<String> rules = new ArrayList<>();
        for (Finding finding : advice.findings()) {
            if (finding.severity() == Severity.BLOCKER) {
                rules.add(ansi.red(finding.rule()));
            } else if (finding.severity() == Severity.WARNING) {
                rules.add(ansi.yellow(finding.rule()));
            }
        }
        line.append(' ').append(String.join(", ", rules));
        (advice.verdict() == Verdict.DO_NOT_SEND ? doNotSend : revise).write(line.toString());
    }

    /** Prints the report, then the requests not to send and those to revise. */
    void print(PrintWriter out, CampaignReport report, Locale locale, String policy) {
        Words words = Words.of(locale);
        out.println(ansi.bold(words.title) + "  " + file + ansi.dim(" · " + words.policy + " " + policy));
        out.println(Printable.of(report.conclusion().in(locale)));
        out.println();
        out.println(row(words.requests, report.requests() + " " + words.from + " " + report.requesters() + " "
                + (report.requesters() == 1 ? words.requester : words.requesters)));
        out.println(row(words.verdicts, verdicts(report.verdicts())));
        out.println(row(words.types, counts(report.types(), " · ")));
        out.println(row(words.quality, String.format(locale, "%.2f", report.qualityScore()) + "  " + ansi.dim(words.qualityHint)));
        out.println(row(words.strangers, percent(report.strangerShare())));
        out.println(row(words.offTopic, percent(report.offTopicShare()) + "  " + ansi.dim(words.offTopicHint)));
        out.println(row(words.templates, percent(report.templateShare()) + "  " + ansi.dim(words.templatesHint)));
        if (!report.templates().isEmpty()) {
            out.println();
            out.println("  " + ansi.bold(words.largest));
            for (CampaignReport.Template template : report.templates()) {
                out.println(String.format(Locale.ROOT, "  %6d × ", template.size()) + Printable.of(template.note()));
            }
        }
        if (!report.rules().isEmpty()) {
            out.println();
            out.println("  " + ansi.bold(words.rules));
            report.rules().forEach((rule, count) -> out.println(String.format(Locale.ROOT, "  %6d   ", count) + rule));
        }
        if (!report.requesterGroups().isEmpty()) {
            out.println();
            out.println("  " + ansi.bold(words.byRequester));
            for (CampaignReport.RequesterGroup group : report.requesterGroups()) {
                String name = group.requester() == null ? words.noName : group.requester();
                out.println(String.format(Locale.ROOT, "  %6d   ", group.requests()) + name + "  "
                        + ansi.dim(verdicts(group.verdicts()) + " · " + words.quality.toLowerCase(locale) + " "
                        + String.format(locale, "%.2f", group.qualityScore())));
            }
        }
        out.println();
        section(out, words.mustNotGoOut, report.verdicts().get(Verdict.DO_NOT_SEND), doNotSend, words.none);
        out.println();
        section(out, words.toRevise, report.verdicts().get(Verdict.REVISE), revise, words.none);
    }

    @Override
    public void close() {
        doNotSend.close();
        revise.close();
    }

    private void section(PrintWriter out, String title, int count, Spill lines, String none) {
        out.println(ansi.bold(title + " (" + count + ")"));
        if (count == 0) {
            out.println("  " + none);
        }
        lines.copyTo(out);
    }

    private static String row(String label, String value) {
        return String.format(Locale.ROOT, "  %-14s%s", label, value);
    }

    private String verdicts(Map<Verdict, Integer> verdicts) {
        return ansi.red("DO_NOT_SEND") + " " + verdicts.get(Verdict.DO_NOT_SEND) + " · " + ansi.yellow("REVISE") + " "
                + verdicts.get(Verdict.REVISE) + " · " + ansi.green("SEND") + " " + verdicts.get(Verdict.SEND);
    }

    private static String counts(Map<?, Integer> counts, String separator) {
        List<String> parts = new ArrayList<>();
        counts.forEach((key, count) -> parts.add(key + " " + count));
        return parts.isEmpty() ? "-" : String.join(separator, parts);
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    /** Lines waiting in a temporary file until the report is printed. */
    private static final class Spill {
        private Path path;
        private BufferedWriter writer;

        void write(String line) {
            try {
                if (writer == null) {
                    path = Files.createTempFile("knigge-audit-", ".txt");
                    writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
                }
                writer.write(line);
                writer.newLine();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write a temporary file", e);
            }
        }

        void copyTo(PrintWriter out) {
            if (writer == null) {
                return;
            }
            try {
                writer.flush();
                try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        out.println(line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a temporary file", e);
            }
        }

        void close() {
            if (writer == null) {
                return;
            }
            try {
                writer.close();
                Files.deleteIfExists(path);
            } catch (IOException e) {
                path.toFile().deleteOnExit();
            }
        }
    }

    /** The words of the report, in English or German. */
    private record Words(String title, String policy, String requests, String from, String requester,
                         String requesters, String verdicts, String types, String quality, String qualityHint,
                         String strangers, String offTopic, String offTopicHint, String templates,
                         String templatesHint, String largest, String rules, String byRequester, String noName,
                         String mustNotGoOut, String toRevise, String none) {
        static Words of(Locale locale) {
            if (locale.getLanguage().equals("de")) {
                return new Words("Kampagnenprüfung", "Richtlinie", "Anfragen", "von", "Absender", "Absendern",
                        "Urteile", "Arten", "Qualität", "(1 = jede Anfrage kann so raus)", "Unbekannte",
                        "Am Thema vorbei", "(Gruppen- und Diskussionseinladungen, die nicht zum Profil passen)",
                        "Vorlagen", "(Texte, die als Massensendung rausgehen)", "Größte Vorlagen",
                        "Regeln, nach Anfragen", "Nach Absender", "(ohne Namen)", "Nicht senden", "Überarbeiten",
                        "keine");
            }
            return new Words("Campaign audit", "policy", "Requests", "from", "requester", "requesters", "Verdicts",
                    "Types", "Quality", "(1 = every request can go out as it is)", "Strangers", "Off-topic",
                    "(group and discussion invitations their profile doesn't show)", "Templates",
                    "(notes that go out mass-sent)", "Largest templates", "Rules, by requests", "By requester",
                    "(no name)", "Must not go out", "To revise", "none");
        }
    }
}
