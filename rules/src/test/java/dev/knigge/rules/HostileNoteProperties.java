package dev.knigge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.advice.Advice;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.internal.policy.PolicyResolver;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import dev.knigge.testing.Guard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Notes built to make a matcher work hard — long runs of one character, a phrase repeated
 * hundreds of times, 20,000 characters of mixed scripts and emoji, digits and currency signs for
 * the lexicons' own regular expressions — are reviewed by both built-in policies without hanging
 * (a guard of 30 seconds per review, for work that takes milliseconds; the benchmark
 * {@code NoteCostBenchmark} measures the cost per kilobyte). Lexicon regular expressions run on
 * RE2/J, which cannot backtrack; the attacks aimed at each of them show it.
 */
class HostileNoteProperties {
    private static final Advisor PROFESSIONAL = Advisor.builder().policy(Policy.builtIn("professional")).build();
    private static final Advisor STRICT = Advisor.builder().policy(Policy.builtIn("strict")).build();
    private static final int MAX = 20_000;

    @Property(tries = 120)
    void aHostileNoteIsReviewedWithoutHanging(@ForAll("hostileNotes") String note, @ForAll RequestType type,
                                              @ForAll("languages") String language, @ForAll boolean strict) {
        assertThat(note.codePointCount(0, note.length())).isLessThanOrEqualTo(MAX);
        ReviewRequest request = ReviewRequest.builder(type).language(language).note(note).subject(type == RequestType.INMAIL
                ? note.substring(0, Math.min(note.length(), 400)).replaceAll("[\\uD800-\\uDFFF]", "") : null)
                .recipient(Fixtures.krause().build()).build();
        Advice advice = Guard.within("a review of a hostile note of " + note.length() + " chars",
                () -> (strict ? STRICT : PROFESSIONAL).review(request, Locale.GERMAN));
        assertThat(advice.verdict()).isNotNull();
        for (var finding : advice.findings()) {
            for (var evidence : finding.evidence()) {
                assertThat(evidence.end()).isLessThanOrEqualTo(note.length());
            }
        }
    }

    @Example
    void theWorstCasesAtTheLimitAreReviewedWithoutHanging() {
        List<String> notes = new ArrayList<>();
        for (String unit : List.of("a", " ", "!", "?", ".", "-", "1", "\n", "é", "👋", "\u0301", "\"", ",", "€", "\u200d")) {
            notes.add(unit.repeat(MAX));
        }
        notes.add(mixedScripts(MAX));
        notes.add(repeat("Hallo Herr Krause, ", MAX));
        notes.add(repeat("I'm not not not ", MAX));
        notes.add(repeat("Dear Dr. Dr. Prof. ", MAX));
        notes.add(repeat("{{first_name}} ", MAX));
        notes.add(repeat("book a demo ", MAX));
        notes.add(repeat("1.000.", MAX));
        notes.add(repeat("19", MAX));
        for (String regex : lexiconRegexes()) {
            notes.add(attack(regex));
        }
        for (String note : notes) {
            for (String language : new String[] {"en", "de", null}) {
                for (Advisor advisor : List.of(PROFESSIONAL, STRICT)) {
                    ReviewRequest request = ReviewRequest.builder(RequestType.MESSAGE).language(language).note(note).build();
                    Guard.within("a review of " + note.substring(0, Math.min(20, note.length())).strip() + "… ("
                            + language + ")", () -> advisor.review(request));
                }
            }
        }
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("en", "de").injectNull(0.4);
    }

    @Provide
    Arbitrary<String> hostileNotes() {
        Arbitrary<String> fragment = Arbitraries.frequencyOf(
                Tuple.of(3, Combinators.combine(Arbitraries.of("a", " ", "!", "?", ".", "-", "1", "\n", "é", "ß", "👋",
                        "\u0301", "\"", "'", ",", "(", "€", "\t", "\u00A0", "\u200d", "\uD800", "„", "»"),
                        Arbitraries.integers().between(1, MAX)).as((unit, n) -> unit.repeat(n))),
                Tuple.of(3, Combinators.combine(phrases(), Arbitraries.integers().between(1, 800))
                        .as((phrase, n) -> (phrase + " ").repeat(n))),
                Tuple.of(2, Arbitraries.integers().between(1, MAX).map(HostileNoteProperties::mixedScripts)),
                Tuple.of(2, Combinators.combine(Arbitraries.of("Hallo Herr ", "Dear Dr. ", "Sehr geehrte Frau Prof. ",
                        "I'm not ", "nicht ", "kein ", "but ", "aber ", "? ", "what? ", "{{first_name}} ", "[Vorname] ",
                        "19", "2024 ", "30 minutes ", "€ 50 ", "50.000 ", "1.000.", "100k ", "CHF ", "#", "@", "http://x.",
                        "du ", "Sie ", "dich "), Arbitraries.integers().between(1, 4_000))
                        .as((piece, n) -> piece.repeat(n))),
                Tuple.of(1, Arbitraries.of(lexiconRegexes()).map(HostileNoteProperties::attack)));
        return fragment.list().ofMinSize(1).ofMaxSize(4).map(parts -> clip(String.join("", parts)));
    }

    private static Arbitrary<String> phrases() {
        List<String> all = new ArrayList<>(RequestArbitraries.ENGLISH);
        all.addAll(RequestArbitraries.GERMAN);
        return Arbitraries.of(all);
    }

    /** At most {@link #MAX} code points, without cutting a surrogate pair in two. */
    static String clip(String text) {
        return clip(text, MAX);
    }

    private static String clip(String text, int codePoints) {
        if (text.codePointCount(0, text.length()) <= codePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, codePoints));
    }

    /** {@code piece} over and over, exactly {@code codePoints} long. */
    static String repeat(String piece, int codePoints) {
        return clip(piece.repeat(codePoints / Math.max(1, piece.codePointCount(0, piece.length())) + 1), codePoints);
    }

    /** Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari, CJK and emoji with joiners and modifiers. */
    static String mixedScripts(int codePoints) {
        String[] pieces = {"Grüße ", "Ελληνικά ", "Привет ", "مرحبا ", "שלום ", "नमस्ते ", "你好世界 ", "こんにちは ",
            "👩‍👩‍👧‍👦 ", "👍🏽 ", "🇩🇪 ", "e\u0301\u0302 ", "\u202Eabc\u202C ", "Book a demo ", "Ich möchte nicht "};
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.codePointCount(0, text.length()) < codePoints; i++) {
            text.append(pieces[i % pieces.length]);
        }
        String all = text.toString();
        return all.substring(0, all.offsetByCodePoints(0, codePoints));
    }

    /**
     * A note that keeps a regular expression busy: the literal characters it looks for, over and
     * over, and then one that breaks the match.
     */
    static String attack(String regex) {
        Matcher literals = Pattern.compile("[a-z0-9€$£%.,: -]").matcher(regex.replaceAll("\\\\[a-zA-Z]", " 1"));
        StringBuilder seed = new StringBuilder();
        while (literals.find()) {
            seed.append(literals.group());
        }
        String unit = seed.length() == 0 ? "1" : seed.toString();
        return repeat(unit, MAX - 1) + "!";
    }

    /** The {@code re:} phrases of the built-in lexicons, as the lexicon compiler gets them. */
    static List<String> lexiconRegexes() {
        ClassLoader loader = HostileNoteProperties.class.getClassLoader();
        List<String> regexes = new ArrayList<>();
        for (String policy : List.of("professional", "strict")) {
            new PolicyResolver(loader).resolve(PolicyFolder.builtIn(policy, loader)).lexicons().values()
                    .forEach(lists -> lists.values().forEach(phrases -> {
                        for (String phrase : phrases) {
                            String p = phrase.startsWith("!") ? phrase.substring(1) : phrase;
                            if (p.startsWith("re:") && !regexes.contains(p.substring(3))) {
                                regexes.add(p.substring(3));
                            }
                        }
                    }));
        }
        return regexes;
    }
}
