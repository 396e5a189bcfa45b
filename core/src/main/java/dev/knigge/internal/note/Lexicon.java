package dev.knigge.internal.note;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.knigge.internal.Suggestions;
import dev.knigge.internal.policy.PolicyLimits;
import dev.knigge.policy.PolicyException.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One language's phrase lists, compiled for matching: the detectors' phrases in one
 * {@link PhraseIndex}, their exceptions in another, their {@code re:} patterns, and the word lists
 * the analyzer needs (greetings, sign-offs, honorifics, titles, negations, stop words for
 * language detection).
 *
 * <p>Entries of a detector key: a phrase ({@link PhraseIndex} syntax: {@code word*}, {@code *},
 * {@code **}, {@code <Name>} for a proper name, see {@link #names}); {@code re:} and a regular
 * expression, run on the lower-cased note (bounded patterns only: a quantified group that holds an
 * unbounded quantifier is refused); or {@code !} and a
 * phrase, an <em>exception</em>: where it matches, it cancels the key's hits that overlap it
 * ({@code purpose=I'd like to|!I'd like to connect}). In {@code negation} and
 * {@code negationAfter}, {@code !} and a phrase names a use that is no negation
 * ({@code !don't hesitate}, {@code !nicht nur}).
 */
public final class Lexicon {
    final String language;
    final PhraseIndex detectors = new PhraseIndex();
    final PhraseIndex exceptions = new PhraseIndex();
    final List<Detector> patternDetectors = new ArrayList<>();
    final List<Pattern> patterns = new ArrayList<>();
    /** Per pattern: every match contains a digit, so notes without digits need not run it. */
    final List<Boolean> patternNeedsDigit = new ArrayList<>();
    /** Per pattern: the most characters a match spans, or -1 when unbounded ({@link DigitPrefilter#maxLength}). */
    final List<Integer> patternMaxLength = new ArrayList<>();
    final List<String> defaultInvitationPhrases = new ArrayList<>();
    final PhraseIndex greetings = new PhraseIndex();
    final PhraseIndex signOffs = new PhraseIndex();
    /** Questions that ask nothing ("How are you?"): no {@code asksQuestion}. */
    final PhraseIndex smallTalk = new PhraseIndex();
    final PhraseIndex notNegations = new PhraseIndex();
    final Set<String> honorifics = new HashSet<>();
    final Set<String> titles = new HashSet<>();
    final Set<String> notAName = new HashSet<>();
    /** Capitalised words that name nothing in particular ("I", "Monday", "LinkedIn"): no {@code <Name>}. */
    final Set<String> notProper = new HashSet<>();
    /** Whether a detector phrase or exception holds {@code <Name>}: else no note's names need telling. */
    private boolean readsNames;
    final Set<String> negation = new HashSet<>();
    final Set<String> negationAfter = new HashSet<>();
    final Set<String> clause = new HashSet<>();
    final Set<String> capitalized = new HashSet<>();
    /** Words that address the reader (you, du): a question with one of them asks the reader something. */
    final Set<String> reader = new HashSet<>();
    /** Such words written with a capital, which count only capitalised in the note (Sie, not sie = she). */
    final Set<String> readerCapitalized = new HashSet<>();
    final Set<String> stopwords = new HashSet<>();
    final Set<Character> letters = new HashSet<>();
    final WordClasses classes = new WordClasses();
    /** Every detector phrase, pattern and exception as the lexicon writes it, for telling which one matched. */
    final List<Written> written = new ArrayList<>();
    /** Per pattern: its index in {@link #written}. */
    final List<Integer> patternWritten = new ArrayList<>();
    /** Per phrase the indexes hold, as expanded: the index in {@link #written} of the entry it came from. */
    private final List<String> expanded = new ArrayList<>();
    private final List<Integer> expandedFrom = new ArrayList<>();
    private volatile PhraseIndex[] tracing;
    private Locator locate = (key, phrase, message) -> new Problem("", 0, 0, message);

    /**
     * A detector entry as written in the lexicon.
     *
     * @param phrase the entry: a phrase, {@code re:} and a pattern, or {@code !} and an exception
     */
    record Written(Detector detector, String phrase, boolean exception) {}

    /** Places a problem with a lexicon entry in the file and line that define it. */
    @FunctionalInterface
    public interface Locator {
        /**
         * @param key the lexicon key
         * @param phrase the phrase at fault, or {@code null} for the key itself
         * @param message what is wrong
         */
        Problem problem(String key, String phrase, String message);
    }

    private Lexicon(String language) {
        this.language = language;
    }

    /**
     * Compiles a language's merged phrase lists.
     *
     * @param language the ISO 639-1 code
     * @param lists phrases by lexicon key
     * @param locate places problems where the key (and phrase) is defined
     * @param problems where problems go
     */
    public static Lexicon compile(String language, Map<String, List<String>> lists,
                                  Locator locate,
                                  List<Problem> problems) {
        Lexicon lexicon = new Lexicon(language);
        lexicon.locate = locate;
        // Classes and word lists first: detector phrases need the classes and the capitalized words.
        lists.forEach((key, phrases) -> {
            if (WordClasses.isClassKey(key)) {
                String wrong = lexicon.classes.define(key, phrases);
                if (wrong != null) {
                    problems.add(locate.problem(key, null, "lexicon " + wrong));
                }
                return;
            }
            if (!NoteFacts.LEXICON_KEYS.contains(key)) {
                problems.add(locate.problem(key, null, unknownKey(key)));
                return;
            }
            if (Detector.byKey(key) == null) {
                for (String phrase : phrases) {
                    lexicon.addWordListEntry(key, phrase, locate, problems);
                }
            }
        });
        lists.forEach((key, phrases) -> {
            Detector detector = Detector.byKey(key);
            if (detector != null) {
                for (String phrase : phrases) {
                    lexicon.addDetectorPhrase(detector, phrase, locate, problems);
                }
            }
        });
        return lexicon;
    }

    private void addDetectorPhrase(Detector detector, String phrase,
                                   Locator locate,
                                   List<Problem> problems) {
        String key = detector.key();
        if (phrase.startsWith("re:")) {
            String regex = phrase.substring(3);
            String tooLarge = RegexSyntax.tooLarge(regex);
            if (tooLarge != null) {
                problems.add(locate.problem(key, phrase, "lexicon '" + key + "': regular expression "
                        + PolicyLimits.quote(regex) + " " + tooLarge));
                return;
            }
            try {
                // RE2/J matches in time linear in the note's length, whatever the pattern: nothing
                // can backtrack. The note is matched in lower case already: case-insensitive
                // matching is needed only for a pattern that spells a capital.
                patterns.add(hasCapital(regex) ? Pattern.compile(regex, Pattern.CASE_INSENSITIVE) : Pattern.compile(regex));
                patternDetectors.add(detector);
                patternWritten.add(written.size());
                written.add(new Written(detector, phrase, false));
                patternNeedsDigit.add(DigitPrefilter.needsDigit(regex));
                patternMaxLength.add(DigitPrefilter.maxLength(regex));
            } catch (PatternSyntaxException e) {
                problems.add(locate.problem(key, phrase, "lexicon '" + key + "': regular expression " + regex + " "
                        + RegexSyntax.problem(regex, e)));
            }
            return;
        }
        boolean exception = phrase.startsWith("!");
        String body = exception ? phrase.substring(1) : phrase;
        if (exception && body.startsWith("re:")) {
            problems.add(locate.problem(key, phrase, "lexicon '" + key
                    + "': an exception (!) is a phrase, not a regular expression"));
            return;
        }
        WordClasses.Expansion expansion = classes.expand(body);
        if (expansion.problem() != null) {
            problems.add(locate.problem(key, phrase, "lexicon '" + key + "': phrase '" + phrase + "' "
                    + expansion.problem()));
            return;
        }
        int entry = written.size();
        written.add(new Written(detector, phrase, exception));
        for (String expanded : expansion.phrases()) {
            String wrong = (exception ? exceptions : detectors).add(expanded, detector.ordinal(), capitalized);
            if (wrong != null) {
                problems.add(locate.problem(key, phrase, "lexicon '" + key + "': phrase '" + phrase + "' " + wrong));
                return;
            }
            this.expanded.add(expanded);
            expandedFrom.add(entry);
        }
        readsNames |= body.contains(PhraseIndex.NAME);
    }

    /**
     * The detector phrases and the exceptions indexed by entry ({@link #written}) rather than by
     * detector: what {@code knigge explain} matches to tell which entry a hit came from. Built on
     * first use, as reviews never need them.
     *
     * @return the phrases at index 0, the exceptions at 1
     */
    PhraseIndex[] tracing() {
        PhraseIndex[] indexes = tracing;
        if (indexes == null) {
            synchronized (this) {
                indexes = tracing;
                if (indexes == null) {
                    indexes = new PhraseIndex[] {new PhraseIndex(), new PhraseIndex()};
                    for (int i = 0; i < expanded.size(); i++) {
                        int entry = expandedFrom.get(i);
                        indexes[written.get(entry).exception() ? 1 : 0].add(expanded.get(i), entry, capitalized);
                    }
                    tracing = indexes;
                }
            }
        }
        return indexes;
    }

    /** The file and line that define an entry of a key (the last layer's, when several do). */
    Problem where(String key, String phrase) {
        return locate.problem(key, phrase, "");
    }

    private void addWordListEntry(String key, String phrase,
                                  Locator locate,
                                  List<Problem> problems) {
        if (phrase.startsWith("re:")) {
            problems.add(locate.problem(key, phrase, "lexicon '" + key
                    + "' is a word list; regular expressions are for detector keys only"));
            return;
        }
        if (phrase.contains(PhraseIndex.NAME)) {
            problems.add(locate.problem(key, phrase, "lexicon '" + key
                    + "' is a word list; " + PhraseIndex.NAME + " is for detector keys only"));
            return;
        }
        if (phrase.startsWith("!")) {
            if (!key.equals("negation") && !key.equals("negationAfter")) {
                problems.add(locate.problem(key, phrase, "lexicon '" + key
                        + "': exceptions (!) are for detector keys and negations only"));
                return;
            }
            String wrong = notNegations.add(phrase.substring(1), 0);
            if (wrong != null) {
                problems.add(locate.problem(key, phrase, "lexicon '" + key + "': phrase '" + phrase + "' " + wrong));
            }
            return;
        }
        String[] words = Text.wordsOf(phrase);
        switch (key) {
            case "defaultInvitation", "greeting", "signOff", "smallTalk" -> {
                PhraseIndex target = switch (key) {
                    case "greeting" -> greetings;
                    case "signOff" -> signOffs;
                    case "smallTalk" -> smallTalk;
                    default -> new PhraseIndex();
                };
                String wrong = target.add(phrase, 0);
                if (wrong != null) {
                    problems.add(locate.problem(key, phrase, "lexicon '" + key + "': phrase '" + phrase + "' "
                            + wrong));
                } else if (key.equals("defaultInvitation")) {
                    defaultInvitationPhrases.add(phrase);
                }
            }
            case "letters" -> {
                for (char c : Folding.plain(phrase).toCharArray()) {
                    if (!Character.isWhitespace(c)) {
                        letters.add(c);
                    }
                }
            }
            default -> {
                if (words.length != 1) {
                    problems.add(locate.problem(key, phrase, "lexicon '" + key + "' takes single words, not '"
                            + phrase + "'"));
                    return;
                }
                Set<String> target = switch (key) {
                    case "honorific" -> honorifics;
                    case "title" -> titles;
                    case "notAName" -> notAName;
                    case "notProper" -> notProper;
                    case "negation" -> negation;
                    case "negationAfter" -> negationAfter;
                    case "clause" -> clause;
                    case "capitalized" -> capitalized;
                    case "reader" -> Character.isUpperCase(phrase.strip().codePointAt(0)) ? readerCapitalized : reader;
                    default -> stopwords;
                };
                target.add(words[0]);
            }
        }
    }

    /**
     * The problem of a key no lexicon may hold: the closest known key when there is one, else every
     * known key, and where their meanings are listed.
     */
    static String unknownKey(String key) {
        String didYouMean = Suggestions.didYouMean(key, NoteFacts.LEXICON_KEYS);
        if (!didYouMean.isEmpty()) {
            return "unknown lexicon key '" + key + "'" + didYouMean;
        }
        return "unknown lexicon key '" + key + "'; a lexicon holds " + String.join(", ", new java.util.TreeSet<>(
                NoteFacts.LEXICON_KEYS)) + ", and word classes class.<name> (knigge facts --lexicon says what each"
                + " key sets)";
    }

    /** Whether a regular expression spells an upper-case letter outside escapes ({@code \\S}, {@code \\p{Lu}}). */
    static boolean hasCapital(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
                if (i < regex.length() && (regex.charAt(i) == 'p' || regex.charAt(i) == 'P')
                        && i + 1 < regex.length() && regex.charAt(i + 1) == '{') {
                    i = Math.max(i, regex.indexOf('}', i));
                }
            } else if (Character.isUpperCase(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which of a note's words are proper names for {@code <Name>}: written with a capital, not at the
     * start of a sentence, neither a stop word nor a {@code notProper} word (with or without a
     * possessive 's: "LinkedIn's" is "LinkedIn"), not the recipient's own name ("your time, Priya"
     * names nothing of theirs), and shaped like a name: two letters or more and no digits ("Q3",
     * "Plan B" name nothing), and not five or more letters all in capitals (shouting: "AMAZING";
     * acronyms are shorter). A note written all in lower case, all in capitals or in Title Case (most
     * stop words inside its sentences capitalised) has no names to tell.
     *
     * @param recipient the recipient's name words, folded as note words are
     * @return per word, whether it is a proper name; {@code null} when none is, or when no phrase of
     *         this lexicon holds {@code <Name>}
     */
    boolean[] names(Text text, Set<String> recipient) {
        if (!readsNames || text.noCapitals || capitalisedThroughout(text)) {
            return null;
        }
        boolean[] names = new boolean[text.size];
        for (int i = 0; i < text.size; i++) {
            if (!text.capitalized[i] || text.sentenceBefore[i]) {
                continue;
            }
            String word = text.words[i];
            boolean possessive = possessive(text, i);
            String base = possessive && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            names[i] = !stopwords.contains(word) && !stopwords.contains(base) && !notProper.contains(word)
                    && !notProper.contains(base) && !recipient.contains(word) && !recipient.contains(base)
                    && shapedLikeAName(text, i, possessive);
        }
        return names;
    }

    /**
     * Title Case or shouting: most stop words inside sentences written with a capital (three or more;
     * "I" aside), where running text writes "your", "on" and "the" small.
     */
    private boolean capitalisedThroughout(Text text) {
        int inside = 0;
        int capitalised = 0;
        for (int i = 0; i < text.size; i++) {
            String word = text.words[i];
            if (!text.sentenceBefore[i] && stopwords.contains(word) && !word.equals("i")) {
                inside++;
                if (text.capitalized[i]) {
                    capitalised++;
                }
            }
        }
        return capitalised >= 3 && capitalised * 2 > inside;
    }

    /** Whether a word is written with a possessive 's ("Monday's", folded to "mondays", is "monday"). */
    private static boolean possessive(Text text, int token) {
        int end = text.end[token];
        return end - text.start[token] > 2 && text.lower.startsWith("'s", end - 2);
    }

    /** Two letters or more, no digits, and not five or more capitals in a row; a possessive 's aside. */
    private static boolean shapedLikeAName(Text text, int token, boolean possessive) {
        int end = possessive ? text.end[token] - 2 : text.end[token];
        int letters = 0;
        boolean lowerCase = false;
        for (int i = text.start[token]; i < end; i++) {
            char c = text.original.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
                lowerCase |= Character.isLowerCase(c);
            }
        }
        return letters >= 2 && (lowerCase || letters < 5);
    }

    /** The language this lexicon reads. */
    public String language() {
        return language;
    }
}
