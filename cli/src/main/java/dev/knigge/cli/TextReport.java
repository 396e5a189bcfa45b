package dev.knigge.cli;

import dev.knigge.advice.Advice;
import dev.knigge.advice.Evidence;
import dev.knigge.advice.Finding;
import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import dev.knigge.authoring.PhraseMatch;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Advice as text, readable at a glance: the verdict first, then each finding with its reason and suggestion. */
final class TextReport {
    private final Styles ansi;

    TextReport(Styles ansi) {
        this.ansi = ansi;
    }

    /**
     * Prints one advice.
     *
     * @param source where the request came from ({@code file} or {@code file:line})
     * @param explain whether to add the rules that fired, with their facts
     */
    void print(PrintWriter out, String source, Advice advice, boolean explain) {
        Words words = Words.of(advice.locale());
        StringBuilder head = new StringBuilder(verdict(advice.verdict()));
        head.append("  ").append(source);
        if (advice.id() != null && !source.contains(advice.id())) {
            head.append(" (").append(Printable.of(advice.id())).append(')');
        }
        out.println(head);
        out.println("  " + ansi.dim(words.verdictLine(advice.verdict()) + " · " + words.policy + " " + advice.policy()
                + " " + advice.policyVersion()));
        if (advice.findings().isEmpty()) {
            out.println("  " + words.nothing);
        }
        for (Finding finding : advice.findings()) {
            out.println();
            out.println("  " + severity(finding.severity()) + "  " + ansi.bold(finding.rule()) + "  " + Printable.of(finding.title()));
            out.println("           " + Printable.of(finding.reason()));
            out.println("           " + ansi.cyan(words.suggestion + ":") + " " + Printable.of(finding.suggestion()));
            if (!finding.evidence().isEmpty()) {
                out.println("           " + ansi.dim(words.inNote + ":") + " " + quotes(finding.evidence(), advice.locale()));
            }
        }
        if (!advice.unchecked().isEmpty()) {
            out.println();
            out.println("  " + ansi.dim(words.unchecked + ": " + Printable.of(String.join(", ", advice.unchecked()))));
        }
        if (explain) {
            out.println();
            out.println("  " + ansi.bold(words.fired));
            if (advice.trace().isEmpty()) {
                out.println("    " + words.noneFired);
            }
            int n = 1;
            for (Advice.Firing firing : advice.trace()) {
                out.println("    " + n++ + ". " + firing.rule() + "  \"" + Printable.of(firing.name()) + "\"");
                for (String fact : firing.facts()) {
                    out.println("         " + ansi.dim(Printable.of(fact)));
                }
            }
        }
    }

    /**
     * Every lexicon entry that matched the note, as {@code knigge explain} shows them after the
     * rules that fired: the field it sets, the entry and where it is defined, the span, and why
     * it did not count when it did not.
     */
    void printPhrases(PrintWriter out, List<PhraseMatch> phrases, Locale locale) {
        Words words = Words.of(locale);
        out.println();
        out.println("  " + ansi.bold(words.phrases));
        if (phrases.isEmpty()) {
            out.println("    " + words.noneFired);
        }
        for (PhraseMatch match : phrases) {
            StringBuilder line = new StringBuilder("    ")
                    .append(match.outcome() == PhraseMatch.Outcome.COUNTED ? match.field() : ansi.dim(match.field()))
                    .append(" ← ").append(match.key()).append(" \"").append(Printable.of(match.entry())).append("\"  ")
                    .append(ansi.dim(Printable.of(match.file()) + ":" + match.line())).append("  ")
                    .append(match.start()).append('–').append(match.end()).append(' ')
                    .append(quotes(List.of(new Evidence(match.start(), match.end(), match.text())), locale));
            if (match.outcome() != PhraseMatch.Outcome.COUNTED) {
                line.append("  ").append(ansi.yellow(words.notCounted(match)));
            }
            out.println(line);
        }
    }

    /** Every fact of a review, one per line, as {@code knigge explain --facts} shows them after the advice. */
    void printFacts(PrintWriter out, List<Object> facts, Locale locale) {
        out.println();
        out.println("  " + ansi.bold(Words.of(locale).facts));
        for (Object fact : facts) {
            out.println("    " + ansi.dim(Printable.of(String.valueOf(fact))));
        }
    }

    private String verdict(Verdict verdict) {
        return switch (verdict) {
            case SEND -> ansi.green("SEND");
            case REVISE -> ansi.yellow("REVISE");
            case DO_NOT_SEND -> ansi.red("DO_NOT_SEND");
        };
    }

    private String severity(Severity severity) {
        String padded = String.format(Locale.ROOT, "%-7s", severity.name());
        return switch (severity) {
            case BLOCKER -> ansi.red(padded);
            case WARNING -> ansi.yellow(padded);
            case ADVICE -> ansi.cyan(padded);
        };
    }

    private static String quotes(List<Evidence> evidence, Locale locale) {
        boolean german = locale.getLanguage().equals("de");
        StringBuilder out = new StringBuilder();
        for (Evidence span : evidence) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(german ? "„" : "“").append(Printable.of(span.text().replaceAll("\\s+", " ")))
                    .append(german ? "“" : "”");
        }
        return out.toString();
    }

    /** The few words of the report itself, in the advice's language. */
    private record Words(String send, String revise, String doNotSend, String policy, String nothing,
                         String suggestion, String inNote, String unchecked, String fired, String noneFired,
                         String facts, String phrases, boolean german) {
        static Words of(Locale locale) {
            if (locale.getLanguage().equals("de")) {
                return new Words("Kann so raus.", "Bitte überarbeiten.", "Nicht senden.", "Richtlinie",
                        "Keine Einwände.", "Vorschlag", "Im Text", "Nicht geprüft", "Ausgelöste Regeln, in Reihenfolge:",
                        "keine", "Was die Regeln sahen:", "Einträge des Lexikons, die der Text trifft:", true);
            }
            return new Words("Good to send.", "Revise before sending.", "Do not send.", "policy", "No concerns.",
                    "Suggestion", "In the note", "Not checked", "Rules that fired, in order:", "none",
                    "What the rules saw:", "Lexicon entries the note matched:", false);
        }

        String notCounted(PhraseMatch match) {
            return switch (match.outcome()) {
                case COUNTED -> "";
                case IN_GREETED_NAME -> german ? "zählt nicht: im Namen der Anrede" : "not counted: in the greeted name";
                case IN_QUOTES -> german ? "zählt nicht: in Anführungszeichen" : "not counted: in quotes";
                case EXCEPTION -> (german ? "zählt nicht: Ausnahme \"" : "not counted: exception \"")
                        + Printable.of(match.exception()) + "\"";
                case NEGATED -> german ? "zählt nicht: verneint" : "not counted: negated";
                case SENDER_ANSWERED -> german ? "zählt nicht: die Angabe des Absenders (declared) entscheidet"
                        : "not counted: the sender's answer (declared) decides";
            };
        }

        String verdictLine(Verdict verdict) {
            return switch (verdict) {
                case SEND -> send;
                case REVISE -> revise;
                case DO_NOT_SEND -> doNotSend;
            };
        }
    }
}
