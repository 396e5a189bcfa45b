package dev.knigge.internal.note;

import com.google.re2j.Matcher;
import dev.knigge.advice.Evidence;
import dev.knigge.authoring.Note;
import dev.knigge.authoring.PhraseMatch;
import dev.knigge.request.Recipient;
import dev.knigge.request.ReviewRequest;
import dev.knigge.request.SenderAnswers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Derives the {@link Note} fact from a request's note, with the phrase lists of the policy's
 * lexicons: language, default texts, salutation, du, and the detectors (purpose, context,
 * pitch…), each with the spans of text it saw.
 * <ul>
 *   <li>A negation shortly before a phrase in its clause cancels it ("I'm not selling anything" is
 *       no pitch), in German also one shortly after ("wir kennen uns noch nicht"), and one that a
 *       wildcard of the phrase skipped ("wir haben uns nie kennengelernt"); clause words ("but",
 *       "aber") end a negation's reach, and "no problem" or "nicht nur" negate nothing.</li>
 *   <li>A key's exceptions ({@code !phrase}) cancel its hits that they overlap.</li>
 *   <li>A question to the reader ("Does your team …?") states a purpose, small talk does not.</li>
 *   <li>Nothing inside the greeted name counts, and du never inside quotes.</li>
 *   <li>The sender's {@code declared} answers override what is detected.</li>
 * </ul>
 * Immutable and thread-safe; all compilation happens in the lexicons, none per review.
 */
public final class NoteAnalyzer {
    /** What the advice lists under {@code unchecked} when the note's language has no lexicon. */
    public static final String UNCHECKED_LANGUAGE = "note-language";

    private static final int MAX_SPANS = 10;
    /** Words before a phrase, within its clause, that a negation may stand at ("I'm not trying to sell…"). */
    private static final int NEGATION_BEFORE = 5;
    /** Words after a phrase, within its clause, for a trailing negation ("wir kennen uns leider noch nicht"). */
    private static final int NEGATION_AFTER = 4;
    private static final int MAX_SIGNATURE_WORDS = 3;
    private static final int MAX_SIGN_OFF_NAME_WORDS = 4;
    /**
     * Words a question needs to ask something: "Interested?" and "Lets talk?" are hooks, not questions
     * a reader can answer about their situation.
     */
    private static final int MIN_QUESTION_WORDS = 3;
    /** A language's stop words must make up at least one word in this many to count as its language. */
    private static final int STOPWORD_SHARE = 8;

    private final Map<String, Lexicon> lexicons;
    private final PhraseIndex defaultInvitations = new PhraseIndex();

    /** @param lexicons compiled lexicons by language */
    public NoteAnalyzer(Map<String, Lexicon> lexicons) {
        this.lexicons = Map.copyOf(lexicons);
        for (Lexicon lexicon : lexicons.values()) {
            for (String phrase : lexicon.defaultInvitationPhrases) {
                defaultInvitations.add(phrase, 0);
            }
        }
    }

    /** The compiled lexicons, for the readers of notes that share them ({@link Greetings}). */
    Collection<Lexicon> lexicons() {
        return lexicons.values();
    }

    /** The languages this analyzer can read. */
    public Set<String> languages() {
        return lexicons.keySet();
    }

    /**
     * The result: the note fact, what could not be checked, and whether the note names one of the
     * recipient's interests, their industry or one of their groups (its spans are the note's
     * {@code mentionsProfile} spans; the reading itself belongs to the derived facts).
     */
    public record Analysis(Note note, List<String> unchecked, boolean mentionsProfile) {}

    /** Analyzes a request's note. */
    public Analysis analyze(ReviewRequest request) {
        String note = request.note();
        SenderAnswers declared = request.declared();
        String requested = languageCode(request.language());
        if (note == null || note.isBlank()) {
            return new Analysis(absent(requested, declared), List.of(), false);
        }
        Text text = Text.of(note);
        Recipient recipient = request.recipient();
        String language = requested != null ? requested : detect(text, recipient.languages());
        Lexicon lexicon = language == null ? null : lexicons.get(language);
        int length = note.codePointCount(0, note.length());
        Map<String, List<Evidence>> spans = new LinkedHashMap<>();
        boolean mentionsProfile = mentionsProfile(text, recipient, spans);
        if (lexicon == null) {
            Note unreadable = new Note(true, language, false, length, null, null, null, null, null, null, null,
                    declared.statesPurpose(), declared.statesContext(), declared.containsPitch(), declared.bigAsk(),
                    Boolean.FALSE.equals(declared.bigAsk()) ? Boolean.FALSE : null, declared.specifics(),
                    declared.givesOut(), declared.offersReciprocity(), declared.saysWhyFits(),
                    declared.asksIntermediaryToCheck(), null, null, null, null, freeze(spans));
            return new Analysis(unreadable, List.of(UNCHECKED_LANGUAGE), mentionsProfile);
        }

        Set<String> firstNames = words(recipient.firstName());
        Set<String> lastNames = words(recipient.lastName());
        Set<String> names = names(firstNames, lastNames);
        Salutation salutation = Salutation.parse(text, lexicon, names);

        boolean[] negatorBefore = negators(text, lexicon, lexicon.negation);
        boolean[] negatorAfter = negators(text, lexicon, lexicon.negationAfter);
        boolean[] clause = clauses(text, lexicon);
        boolean[] properNames = lexicon.names(text, names);
        List<PhraseIndex.Hit> exceptions = lexicon.exceptions.find(text, null, properNames);
        boolean[] found = new boolean[Detector.values().length];
        for (PhraseIndex.Hit hit : lexicon.detectors.find(text, negatorBefore, properNames)) {
            Detector detector = Detector.byIndex(hit.detector());
            if (!counts(text, detector, hit.from(), hit.to(), salutation, exceptions)
                    || hit.wildNegated()
                    || negated(text, hit.from(), hit.to(), negatorBefore, negatorAfter, clause)) {
                continue;
            }
            found[detector.ordinal()] = true;
            span(spans, detector.fact(), text, text.start[hit.from()], text.end[hit.to() - 1]);
        }
        boolean digits = hasDigit(text.lower);
        for (int i = 0; i < lexicon.patterns.size(); i++) {
            boolean needsDigit = lexicon.patternNeedsDigit.get(i);
            if (!digits && needsDigit) {
                continue;
            }
            Detector detector = lexicon.patternDetectors.get(i);
            int maxLength = lexicon.patternMaxLength.get(i);
            // A digit-bound pattern of bounded length can only match near a digit: search only there.
            int[] windows = needsDigit && maxLength >= 0 ? DigitPrefilter.windows(text.lower, maxLength)
                    : new int[] {0, text.lower.length()};
            for (int w = 0; w < windows.length; w += 2) {
                int offset = windows[w];
                Matcher matcher = lexicon.patterns.get(i).matcher(
                        offset == 0 && windows[w + 1] == text.lower.length() ? text.lower
                                : text.lower.substring(offset, windows[w + 1]));
                while (matcher.find()) {
                    int start = offset + matcher.start();
                    int end = offset + matcher.end();
                    if (end == start) {
                        continue;
                    }
                    int[] tokens = tokensOf(text, start, end);
                    if (tokens != null && (!counts(text, detector, tokens[0], tokens[1], salutation, exceptions)
                            || negated(text, tokens[0], tokens[1], negatorBefore, negatorAfter, clause))) {
                        continue;
                    }
                    found[detector.ordinal()] = true;
                    span(spans, detector.fact(), text, start, end);
                }
            }
        }

        boolean asksQuestion = questions(text, lexicon, exceptions, salutation.end(), found, spans);
        for (Evidence job : spans.getOrDefault(Detector.JOB_ASK.fact(), List.of())) {
            // A job ask is a big ask: rules that show bigAsk's evidence show it too.
            span(spans, Detector.BIG_ASK.fact(), text, job.start(), job.end());
        }

        String salutationName = salutation.name();
        Boolean wrongName = null;
        Boolean greetsBySurname = null;
        if (salutationName == null) {
            wrongName = false;
            greetsBySurname = false;
        } else {
            if (salutation.placeholder()) {
                // "Hi {{first_name}}": the mail merge did not even run.
                wrongName = true;
                greetsBySurname = false;
            } else {
                if (!names.isEmpty()) {
                    wrongName = !rightName(text, salutation, firstNames, lastNames);
                }
                if (!lastNames.isEmpty()) {
                    greetsBySurname = containsAll(nameWords(text, salutation), lastNames);
                }
            }
            int nameStart = salutation.nameStart(text);
            int nameEnd = salutation.nameEnd(text);
            span(spans, "salutationName", text, nameStart, nameEnd);
            if (Boolean.TRUE.equals(wrongName)) {
                span(spans, "wrongName", text, nameStart, nameEnd);
            }
        }
        boolean titleUsed = titleUsed(titles(recipient.title()), salutation.titles());
        if (titleUsed) {
            span(spans, "titleUsed", text, text.start[0], text.end[Math.max(0, salutation.end() - 1)]);
        }

        boolean defaultInvitation = isDefaultInvitation(text, salutation.end(), lexicon);
        if (defaultInvitation) {
            span(spans, "defaultInvitation", text, 0, note.length());
        }
        boolean specifics = found[Detector.SPECIFICS.ordinal()]
                | mentions(text, request.skill(), spans, Detector.SPECIFICS.fact());

        Boolean statesContext = override(declared.statesContext(), found[Detector.CONTEXT.ordinal()]);
        Note fact = new Note(true, language, true, length, defaultInvitation,
                found[Detector.DEFAULT_RECOMMENDATION.ordinal()], salutationName, wrongName, titleUsed,
                greetsBySurname, found[Detector.DU.ordinal()],
                override(declared.statesPurpose(), found[Detector.PURPOSE.ordinal()]),
                statesContext,
                override(declared.containsPitch(), found[Detector.PITCH.ordinal()]),
                override(declared.bigAsk(), found[Detector.BIG_ASK.ordinal()] || found[Detector.JOB_ASK.ordinal()]),
                !Boolean.FALSE.equals(declared.bigAsk()) && found[Detector.JOB_ASK.ordinal()],
                override(declared.specifics(), specifics),
                override(declared.givesOut(), found[Detector.GIVES_OUT.ordinal()]),
                override(declared.offersReciprocity(), found[Detector.RECIPROCITY.ordinal()]),
                override(declared.saysWhyFits(), found[Detector.FITS.ordinal()]),
                override(declared.asksIntermediaryToCheck(), found[Detector.OPT_IN.ordinal()]),
                found[Detector.SELF_INTRO.ordinal()], found[Detector.PRESSURE.ordinal()], asksQuestion,
                found[Detector.ADVANCE.ordinal()], freeze(spans));
        return new Analysis(fact, List.of(), mentionsProfile);
    }

    /**
     * Every detector entry of the lexicon that matched the note, counted or not, in the note's
     * order ({@link PhraseTrace}); empty without a note or a lexicon for its language.
     */
    public List<PhraseMatch> phrases(ReviewRequest request) {
        String note = request.note();
        String requested = languageCode(request.language());
        if (note == null || note.isBlank()) {
            return List.of();
        }
        Text text = Text.of(note);
        String language = requested != null ? requested : detect(text, request.recipient().languages());
        Lexicon lexicon = language == null ? null : lexicons.get(language);
        if (lexicon == null) {
            return List.of();
        }
        Set<String> names = names(words(request.recipient().firstName()), words(request.recipient().lastName()));
        return PhraseTrace.matches(text, lexicon, Salutation.parse(text, lexicon, names), names, request.declared());
    }

    /** The recipient's name words as a salutation may write them: as given and loosened. */
    private static Set<String> names(Set<String> firstNames, Set<String> lastNames) {
        Set<String> names = new HashSet<>();
        for (String name : firstNames) {
            names.add(name);
            names.add(loose(name));
        }
        for (String name : lastNames) {
            names.add(name);
            names.add(loose(name));
        }
        return names;
    }

    /** Which tokens are clause words ("but", "aber"), which end a negation's reach. */
    static boolean[] clauses(Text text, Lexicon lexicon) {
        boolean[] clause = new boolean[text.size];
        for (int i = 0; i < text.size; i++) {
            clause[i] = lexicon.clause.contains(text.words[i]);
        }
        return clause;
    }

    private static Note absent(String language, SenderAnswers declared) {
        return new Note(false, language, true, 0, false, false, null, false, false, false, false,
                override(declared.statesPurpose(), false), override(declared.statesContext(), false),
                override(declared.containsPitch(), false), override(declared.bigAsk(), false), false,
                override(declared.specifics(), false), override(declared.givesOut(), false),
                override(declared.offersReciprocity(), false), override(declared.saysWhyFits(), false),
                override(declared.asksIntermediaryToCheck(), false), false, false, false, false, Map.of());
    }

    private static Boolean override(Boolean declared, boolean detected) {
        return declared != null ? declared : detected;
    }

    /** {@code de-AT}, {@code DE} and {@code de_AT} are all {@code de}. */
    static String languageCode(String language) {
        if (language == null) {
            return null;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        int cut = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        return cut > 0 ? code.substring(0, cut) : code;
    }

    /**
     * The language whose stop words and letters the note uses most; {@code null} when none does
     * convincingly. A language counts only when its stop words make up at least one word in
     * {@value #STOPWORD_SHARE} (a Spanish note with one "me" in it is not English), or when its
     * letters appear too (ä, ö, ü, ß); a note of a greeting and a name goes by the greeting.
     *
     * @param recipientLanguages the recipient's languages, primary codes as {@code Recipient} keeps them: a tie
     *        goes to the one they list first
     */
    String detect(Text text, List<String> recipientLanguages) {
        String best = null;
        int bestScore = 0;
        for (Lexicon lexicon : lexicons.values()) {
            int hits = 0;
            for (int i = 0; i < text.size; i++) {
                if (lexicon.stopwords.contains(text.words[i])) {
                    hits++;
                }
            }
            int letters = 0;
            if (!lexicon.letters.isEmpty()) {
                for (int i = 0; i < text.lower.length() && letters < 3; i++) {
                    if (lexicon.letters.contains(text.lower.charAt(i))) {
                        letters++;
                    }
                }
            }
            int score = 0;
            if (hits > 0 && (hits * STOPWORD_SHARE >= text.size || letters > 0)) {
                score = 2 * hits + letters;
            } else if (lexicon.greetings.longestAt(text, 0) > 0 && text.size <= 6) {
                score = 1;
            }
            if (score > bestScore || (score == bestScore && score > 0 && prefer(lexicon.language, best, recipientLanguages))) {
                best = lexicon.language;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean prefer(String candidate, String current, List<String> recipientLanguages) {
        int a = rank(candidate, recipientLanguages);
        int b = rank(current, recipientLanguages);
        return a < b || (a == b && candidate.compareTo(current) < 0);
    }

    private static int rank(String language, List<String> recipientLanguages) {
        for (int i = 0; i < recipientLanguages.size(); i++) {
            if (language.equals(recipientLanguages.get(i))) {
                return i;
            }
        }
        return language.equals("en") ? recipientLanguages.size() : recipientLanguages.size() + 1;
    }

    /**
     * Which tokens are negations: words of the list, except where a "no negation" phrase covers them
     * ("don't hesitate", "no problem", "nicht nur").
     */
    static boolean[] negators(Text text, Lexicon lexicon, Set<String> words) {
        boolean[] negators = new boolean[text.size];
        if (words.isEmpty()) {
            return negators;
        }
        boolean any = false;
        for (int i = 0; i < text.size; i++) {
            negators[i] = words.contains(text.words[i]);
            any |= negators[i];
        }
        if (any) {
            for (PhraseIndex.Hit hit : lexicon.notNegations.find(text)) {
                for (int i = hit.from(); i < hit.to(); i++) {
                    negators[i] = false;
                }
            }
        }
        return negators;
    }

    /**
     * A phrase is cancelled by a negation just before it, or (German "wir kennen uns nicht") just
     * after, in its clause; a clause word ("but", "aber", "if") ends the negation's reach.
     */
    static boolean negated(Text text, int from, int to, boolean[] before, boolean[] after, boolean[] clause) {
        for (int k = from - 1, seen = 0; k >= 0 && seen < NEGATION_BEFORE; k--, seen++) {
            if (text.breakBefore[k + 1] || clause[k]) {
                break;
            }
            if (before[k]) {
                return true;
            }
        }
        for (int k = to, seen = 0; k < text.size && seen < NEGATION_AFTER; k++, seen++) {
            if (text.breakBefore[k] || clause[k]) {
                break;
            }
            if (after[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a hit counts at all: not part of the greeted name ("Hi April," names no month,
     * "Hallo Frau Du" is no du), not cancelled by one of its key's exceptions, and for du not
     * inside quotes ("the German word „du“").
     */
    private static boolean counts(Text text, Detector detector, int from, int to, Salutation salutation,
                                  List<PhraseIndex.Hit> exceptions) {
        if (from >= salutation.nameFrom() && to <= salutation.nameTo()) {
            return false;
        }
        if (detector == Detector.DU) {
            for (int i = from; i < to; i++) {
                if (text.quoted[i] || (i >= salutation.nameFrom() && i < salutation.nameTo())) {
                    return false;
                }
            }
        }
        for (PhraseIndex.Hit exception : exceptions) {
            if (exception.detector() == detector.ordinal() && exception.from() < to && from < exception.to()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Finds the note's questions. A question whose sentence has {@value #MIN_QUESTION_WORDS} words or
     * more asks the reader something ({@code asksQuestion}), "Zeit für einen kurzen Call?" as much as "Could you…?",
     * unless it is small talk ("How are you?"): a phrase of the lexicon's {@code smallTalk} list that
     * covers all of it but two words. A hook ("Interested?") asks nothing.
     * A question that addresses the reader states a purpose too ("Does your team still run it on
     * Fridays?", "Wie sehen Sie das?"), unless a purpose exception covers it the same way ("could
     * you introduce me to Maya?" is the introduction request itself). The greeting is not part of
     * the question ("Hi Omar could you …?").
     *
     * @return whether the note asks the reader something
     */
    private static boolean questions(Text text, Lexicon lexicon, List<PhraseIndex.Hit> exceptions, int salutationEnd,
                                     boolean[] found, Map<String, List<Evidence>> spans) {
        int purpose = Detector.PURPOSE.ordinal();
        boolean asks = false;
        List<PhraseIndex.Hit> smallTalk = null;
        for (int end = 0; end < text.size; end++) {
            if (text.questionMark[end] < 0 || text.quoted[end]) {
                continue;
            }
            int from = end;
            while (from > salutationEnd && !text.breakBefore[from]) {
                from--;
            }
            if (from < salutationEnd) {
                continue;
            }
            if (smallTalk == null) {
                smallTalk = lexicon.smallTalk.find(text);
            }
            int sentence = from;
            while (sentence > salutationEnd && !text.sentenceBefore[sentence]) {
                sentence--;
            }
            if (end + 1 - sentence >= MIN_QUESTION_WORDS && !covered(smallTalk, -1, from, end)) {
                asks = true;
                span(spans, "asksQuestion", text, text.start[from], text.questionMark[end] + 1);
            }
            boolean addressed = false;
            for (int i = from; i <= end && !addressed; i++) {
                String word = text.words[i];
                addressed = lexicon.reader.contains(word) || (lexicon.readerCapitalized.contains(word)
                        && (text.capitalized[i] || text.noCapitals));
            }
            if (addressed && !covered(exceptions, purpose, from, end)) {
                found[purpose] = true;
                span(spans, Detector.PURPOSE.fact(), text, text.start[from], text.questionMark[end] + 1);
            }
        }
        return asks;
    }

    /** Whether a hit (of the detector, or of any when it is -1) covers tokens from..end but two at most. */
    private static boolean covered(List<PhraseIndex.Hit> hits, int detector, int from, int end) {
        int length = end + 1 - from;
        for (PhraseIndex.Hit hit : hits) {
            if (detector < 0 || hit.detector() == detector) {
                int covered = Math.min(hit.to(), end + 1) - Math.max(hit.from(), from);
                if (covered >= length - 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The tokens a character range covers, or {@code null} when it covers none. */
    static int[] tokensOf(Text text, int start, int end) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < text.size; i++) {
            if (text.end[i] > start && text.start[i] < end) {
                if (from < 0) {
                    from = i;
                }
                to = i + 1;
            } else if (text.start[i] >= end) {
                break;
            }
        }
        return from < 0 ? null : new int[] {from, to};
    }

    /**
     * The whole note, less its salutation and its closing, is a default invitation text. The
     * closing is a sign-off with a short name ("Best, Tom Becker", "Viele Grüße"), or a name alone
     * after a break ("- Tom").
     */
    private boolean isDefaultInvitation(Text text, int salutationEnd, Lexicon lexicon) {
        if (defaultInvitations.isEmpty() || salutationEnd >= text.size) {
            return false;
        }
        List<Integer> ends = new ArrayList<>();
        ends.add(text.size);
        for (int cut = 1; cut <= MAX_SIGNATURE_WORDS && text.size - cut > salutationEnd; cut++) {
            if (signature(text, text.size - cut, text.size)) {
                ends.add(text.size - cut);
            }
        }
        Set<Lexicon> closings = new java.util.LinkedHashSet<>();
        closings.add(lexicon);
        closings.addAll(lexicons.values());
        for (Lexicon closing : closings) {
            for (PhraseIndex.Hit hit : closing.signOffs.find(text)) {
                if (hit.from() > salutationEnd && text.breakBefore[hit.from()]
                        && (hit.to() == text.size || text.size - hit.to() <= MAX_SIGN_OFF_NAME_WORDS
                        && names(text, hit.to(), text.size))) {
                    ends.add(hit.from());
                }
            }
        }
        for (int end : ends) {
            if (defaultInvitations.matchesExactly(text, salutationEnd, end)
                    || defaultInvitations.matchesExactly(text, 0, end)) {
                return true;
            }
        }
        return false;
    }

    /** Tokens from..to are capitalised words, a signature's name. */
    private static boolean names(Text text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!text.capitalized[i] && !text.noCapitals) {
                return false;
            }
        }
        return true;
    }

    /** "… on LinkedIn. - Tom Becker": capitalised words after a break, at the end. */
    private static boolean signature(Text text, int from, int to) {
        String gap = text.original.substring(text.end[from - 1], text.start[from]);
        if (!text.breakBefore[from] && gap.indexOf('-') < 0) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!text.capitalized[i] || (i > from && text.breakBefore[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the note names one of the recipient's interests, their industry or one of their groups. */
    private static boolean mentionsProfile(Text text, Recipient recipient, Map<String, List<Evidence>> spans) {
        List<String> entries = new ArrayList<>(recipient.interests());
        if (recipient.industry() != null) {
            entries.add(recipient.industry());
        }
        entries.addAll(recipient.groups());
        boolean found = false;
        for (String[] phrase : byFirstWord(entries, text)) {
            found |= findPhrase(text, phrase, spans, "mentionsProfile");
        }
        return found;
    }

    /** Profile phrases whose first word occurs in the note at all: a cheap filter for long profiles. */
    private static List<String[]> byFirstWord(List<String> entries, Text text) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Set<String> words = new HashSet<>();
        for (int i = 0; i < text.size; i++) {
            words.add(text.words[i]);
        }
        List<String[]> phrases = new ArrayList<>();
        for (String[] phrase : Topics.phrases(entries)) {
            if (words.contains(phrase[0])) {
                phrases.add(phrase);
            }
        }
        return phrases;
    }

    private static boolean mentions(Text text, String phrase, Map<String, List<Evidence>> spans, String fact) {
        if (phrase == null) {
            return false;
        }
        String[] words = Text.wordsOf(phrase);
        return words.length > 0 && findPhrase(text, words, spans, fact);
    }

    private static boolean findPhrase(Text text, String[] phrase, Map<String, List<Evidence>> spans, String fact) {
        boolean found = false;
        outer:
        for (int i = 0; i + phrase.length <= text.size; i++) {
            for (int j = 0; j < phrase.length; j++) {
                if (!text.words[i + j].equals(phrase[j])) {
                    continue outer;
                }
            }
            found = true;
            span(spans, fact, text, text.start[i], text.end[i + phrase.length - 1]);
        }
        return found;
    }

    private static boolean rightName(Text text, Salutation salutation, Set<String> firstNames, Set<String> lastNames) {
        for (int i = salutation.nameFrom(); i < salutation.nameTo(); i++) {
            String word = text.words[i];
            if (isName(word, firstNames) || isName(word, lastNames)
                    || (Salutation.PARTICLES.contains(word) && !text.capitalized[i])) {
                continue;
            }
            boolean shortForm = false;
            for (String first : firstNames) {
                // "Alex" for Alexander, "Chris" for Christina: a short form, not a mail-merge error.
                shortForm |= word.length() >= 3 && (first.startsWith(word) || loose(first).startsWith(loose(word)));
            }
            if (!shortForm) {
                return false;
            }
        }
        return true;
    }

    /** A name word, also when written without its umlauts ("Muller" for Müller). */
    private static boolean isName(String word, Set<String> names) {
        if (names.contains(word)) {
            return true;
        }
        String loose = loose(word);
        for (String name : names) {
            if (loose(name).equals(loose)) {
                return true;
            }
        }
        return false;
    }

    /** A folded word with umlaut spellings reduced to the bare vowel: mueller and muller are one. */
    static String loose(String word) {
        if (word.indexOf('e') < 0) {
            return word;
        }
        return word.replace("ae", "a").replace("oe", "o").replace("ue", "u");
    }

    private static boolean containsAll(Set<String> words, Set<String> names) {
        for (String name : names) {
            if (!words.contains(name) && !words.contains(loose(name))) {
                boolean found = false;
                for (String word : words) {
                    found |= loose(word).equals(loose(name));
                }
                if (!found) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Set<String> nameWords(Text text, Salutation salutation) {
        Set<String> words = new HashSet<>();
        for (int i = salutation.nameFrom(); i < salutation.nameTo(); i++) {
            words.add(text.words[i]);
        }
        return words;
    }

    private static Set<String> words(String name) {
        if (name == null) {
            return Set.of();
        }
        return new HashSet<>(List.of(Text.wordsOf(name)));
    }

    private static Set<String> titles(String title) {
        if (title == null) {
            return Set.of();
        }
        Set<String> titles = new HashSet<>();
        for (String word : Text.wordsOf(title)) {
            titles.add(Salutation.canonicalTitle(word));
        }
        return titles;
    }

    /**
     * The salutation carries the recipient's highest title: Prof. for a "Prof. Dr.", Dr. for a
     * "Mag. Dr."; for other titles (Mag., DI, Ing.) any one of theirs.
     */
    private static boolean titleUsed(Set<String> recipientTitles, Set<String> used) {
        if (recipientTitles.isEmpty() || used.isEmpty()) {
            return false;
        }
        int highest = 0;
        for (String title : recipientTitles) {
            highest = Math.max(highest, Salutation.rank(title));
        }
        for (String title : used) {
            if (recipientTitles.contains(title) && Salutation.rank(title) >= highest) {
                return true;
            }
        }
        return false;
    }

    /** Records a span; spans of one fact that overlap merge into one, so a compose box highlights each place once. */
    private static void span(Map<String, List<Evidence>> spans, String fact, Text text, int start, int end) {
        List<Evidence> list = spans.computeIfAbsent(fact, f -> new ArrayList<>(2));
        int from = start;
        int to = end;
        for (java.util.Iterator<Evidence> known = list.iterator(); known.hasNext(); ) {
            Evidence other = known.next();
            if (other.start() < to && from < other.end()) {
                from = Math.min(from, other.start());
                to = Math.max(to, other.end());
                known.remove();
            }
        }
        if (list.size() >= MAX_SPANS) {
            return;
        }
        list.add(new Evidence(from, to, text.original.substring(from, to)));
    }

    private static Map<String, List<Evidence>> freeze(Map<String, List<Evidence>> spans) {
        if (spans.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Evidence>> frozen = new HashMap<>();
        spans.forEach((fact, list) -> {
            List<Evidence> sorted = new ArrayList<>(list);
            sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
            frozen.put(fact, Collections.unmodifiableList(sorted));
        });
        return Collections.unmodifiableMap(frozen);
    }
}
