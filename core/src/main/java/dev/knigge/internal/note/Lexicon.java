package dev.knigge.internal.note;

import dev.knigge.PolicyException.Problem;
import dev.knigge.internal.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One language's phrase lists, compiled for matching: the detectors' phrases in one
 * {@link PhraseIndex}, their {@code re:} patterns, and the word lists the analyzer needs
 * (greetings, honorifics, titles, negations, stop words for language detection).
 */
public final class Lexicon {
    final String language;
    final PhraseIndex detectors = new PhraseIndex();
    final List<Detector> patternDetectors = new ArrayList<>();
    final List<Pattern> patterns = new ArrayList<>();
    final Set<String> defaultInvitations = new HashSet<>();
    final PhraseIndex greetings = new PhraseIndex();
    final Set<String> honorifics = new HashSet<>();
    final Set<String> titles = new HashSet<>();
    final Set<String> notAName = new HashSet<>();
    final Set<String> negation = new HashSet<>();
    final Set<String> negationAfter = new HashSet<>();
    final Set<String> stopwords = new HashSet<>();
    final Set<Character> letters = new HashSet<>();

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
        lists.forEach((key, phrases) -> {
            if (!NoteFacts.LEXICON_KEYS.contains(key)) {
                problems.add(locate.problem(key, null, "unknown lexicon key '" + key + "'"
                        + Suggestions.didYouMean(key, NoteFacts.LEXICON_KEYS)));
                return;
            }
            Detector detector = Detector.byKey(key);
            for (String phrase : phrases) {
                if (detector != null) {
                    lexicon.addDetectorPhrase(detector, phrase, locate, problems);
                } else {
                    lexicon.addWordListEntry(key, phrase, locate, problems);
                }
            }
        });
        return lexicon;
    }

    private void addDetectorPhrase(Detector detector, String phrase,
                                   Locator locate,
                                   List<Problem> problems) {
        if (phrase.startsWith("re:")) {
            String regex = phrase.substring(3);
            try {
                patterns.add(Pattern.compile(regex, Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE));
                patternDetectors.add(detector);
            } catch (PatternSyntaxException e) {
                problems.add(locate.problem(detector.key(), phrase, "lexicon '" + detector.key()
                        + "': bad regular expression " + regex + ": " + e.getDescription()));
            }
        } else if (!detectors.add(phrase, detector.ordinal())) {
            problems.add(locate.problem(detector.key(), phrase, "lexicon '" + detector.key()
                    + "': phrase '" + phrase + "' has no words"));
        }
    }

    private void addWordListEntry(String key, String phrase,
                                  Locator locate,
                                  List<Problem> problems) {
        if (phrase.startsWith("re:")) {
            problems.add(locate.problem(key, phrase, "lexicon '" + key
                    + "' is a word list; regular expressions are for detector keys only"));
            return;
        }
        String[] words = Text.wordsOf(phrase);
        switch (key) {
            case "defaultInvitation" -> defaultInvitations.add(String.join(" ", words));
            case "greeting" -> greetings.add(phrase, 0);
            case "letters" -> {
                for (char c : Text.lower(phrase).toCharArray()) {
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
                    case "negation" -> negation;
                    case "negationAfter" -> negationAfter;
                    default -> stopwords;
                };
                target.add(words[0]);
            }
        }
    }

    /** The language this lexicon reads. */
    public String language() {
        return language;
    }
}
