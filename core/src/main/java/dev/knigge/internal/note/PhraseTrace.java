package dev.knigge.internal.note;

import com.google.re2j.Matcher;
import dev.knigge.authoring.PhraseMatch;
import dev.knigge.authoring.PhraseMatch.Outcome;
import dev.knigge.policy.PolicyException.Problem;
import dev.knigge.request.SenderAnswers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which lexicon entries matched a note and whether each counted, for {@code knigge explain}: the
 * analyzer's own tests ({@link NoteAnalyzer}: the greeted name, quotes, the key's exceptions,
 * negations, the sender's answers) run on indexes that remember the entry behind every phrase
 * ({@link Lexicon#tracing()}), so reviews keep their indexes by detector and pay nothing for this.
 */
final class PhraseTrace {
    private PhraseTrace() {}

    static List<PhraseMatch> matches(Text text, Lexicon lexicon, Salutation salutation, Set<String> recipient,
                                     SenderAnswers declared) {
        boolean[] before = NoteAnalyzer.negators(text, lexicon, lexicon.negation);
        boolean[] after = NoteAnalyzer.negators(text, lexicon, lexicon.negationAfter);
        boolean[] clause = NoteAnalyzer.clauses(text, lexicon);
        PhraseIndex[] indexes = lexicon.tracing();
        boolean[] names = lexicon.names(text, recipient);
        List<PhraseIndex.Hit> exceptions = indexes[1].find(text, null, names);
        List<PhraseMatch> matches = new ArrayList<>();
        for (PhraseIndex.Hit hit : indexes[0].find(text, before, names)) {
            Lexicon.Written entry = lexicon.written.get(hit.detector());
            Lexicon.Written exception = exception(lexicon, entry.detector(), hit.from(), hit.to(), exceptions);
            Outcome outcome = outcome(text, entry.detector(), hit.from(), hit.to(), salutation, exception,
                    hit.wildNegated() || NoteAnalyzer.negated(text, hit.from(), hit.to(), before, after, clause), declared);
            matches.add(match(text, lexicon, entry, text.start[hit.from()], text.end[hit.to() - 1], outcome, exception));
        }
        for (int i = 0; i < lexicon.patterns.size(); i++) {
            Lexicon.Written entry = lexicon.written.get(lexicon.patternWritten.get(i));
            Matcher matcher = lexicon.patterns.get(i).matcher(text.lower);
            while (matcher.find()) {
                if (matcher.end() == matcher.start()) {
                    continue;
                }
                int[] tokens = NoteAnalyzer.tokensOf(text, matcher.start(), matcher.end());
                Lexicon.Written exception = tokens == null ? null
                        : exception(lexicon, entry.detector(), tokens[0], tokens[1], exceptions);
                Outcome outcome = tokens == null ? declared(entry.detector(), declared)
                        : outcome(text, entry.detector(), tokens[0], tokens[1], salutation, exception,
                                NoteAnalyzer.negated(text, tokens[0], tokens[1], before, after, clause), declared);
                matches.add(match(text, lexicon, entry, matcher.start(), matcher.end(), outcome, exception));
            }
        }
        matches.sort(Comparator.comparingInt(PhraseMatch::start).thenComparingInt(PhraseMatch::end)
                .thenComparing(PhraseMatch::key));
        return matches;
    }

    /** The same tests, in the same order, as the analyzer's ({@code counts}, then negation), then the sender's answers. */
    private static Outcome outcome(Text text, Detector detector, int from, int to, Salutation salutation,
                                   Lexicon.Written exception, boolean negated, SenderAnswers declared) {
        if (from >= salutation.nameFrom() && to <= salutation.nameTo()) {
            return Outcome.IN_GREETED_NAME;
        }
        if (detector == Detector.DU) {
            for (int i = from; i < to; i++) {
                if (text.quoted[i]) {
                    return Outcome.IN_QUOTES;
                }
                if (i >= salutation.nameFrom() && i < salutation.nameTo()) {
                    return Outcome.IN_GREETED_NAME;
                }
            }
        }
        if (exception != null) {
            return Outcome.EXCEPTION;
        }
        if (negated) {
            return Outcome.NEGATED;
        }
        return declared(detector, declared);
    }

    /** {@code COUNTED}, unless the sender's answers set the detector's field themselves. */
    private static Outcome declared(Detector detector, SenderAnswers declared) {
        Boolean answer = switch (detector) {
            case PURPOSE -> declared.statesPurpose();
            case CONTEXT -> declared.statesContext();
            case PITCH -> declared.containsPitch();
            case BIG_ASK -> declared.bigAsk();
            case JOB_ASK -> Boolean.FALSE.equals(declared.bigAsk()) ? Boolean.FALSE : null;
            case SPECIFICS -> declared.specifics();
            case GIVES_OUT -> declared.givesOut();
            case RECIPROCITY -> declared.offersReciprocity();
            case FITS -> declared.saysWhyFits();
            case OPT_IN -> declared.asksIntermediaryToCheck();
            default -> null;
        };
        return answer == null ? Outcome.COUNTED : Outcome.SENDER_ANSWERED;
    }

    /** The first exception of the detector's key that overlaps tokens from..to, or {@code null}. */
    private static Lexicon.Written exception(Lexicon lexicon, Detector detector, int from, int to,
                                             List<PhraseIndex.Hit> exceptions) {
        for (PhraseIndex.Hit hit : exceptions) {
            Lexicon.Written exception = lexicon.written.get(hit.detector());
            if (exception.detector() == detector && hit.from() < to && from < hit.to()) {
                return exception;
            }
        }
        return null;
    }

    private static PhraseMatch match(Text text, Lexicon lexicon, Lexicon.Written entry, int start, int end,
                                     Outcome outcome, Lexicon.Written exception) {
        String key = entry.detector().key();
        Problem where = lexicon.where(key, entry.phrase());
        return new PhraseMatch(entry.detector().fact(), key, entry.phrase(), where.file(), where.line(), start, end,
                text.original.substring(start, end), outcome, exception == null ? null : exception.phrase());
    }
}
