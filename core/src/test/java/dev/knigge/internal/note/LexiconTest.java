package dev.knigge.internal.note;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.policy.PolicyException.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static List<String> problems(Map<String, String> lists) {
        List<Problem> problems = new ArrayList<>();
        Lexicon.compile("en", Fixtures.split(lists), Fixtures.locator(), problems);
        return problems.stream().map(Problem::message).toList();
    }

    @Test
    void theFixturesCompileClean() {
        assertThat(problems(Fixtures.EN)).isEmpty();
        assertThat(problems(Fixtures.DE)).isEmpty();
    }

    @Test
    void anUnknownKeyWithNoCloseOneListsEveryKnownKeyAndWhereTheyAreExplained() {
        assertThat(problems(Map.of("contosoProduct", "contoso"))).containsExactly("unknown lexicon key 'contosoProduct';"
                + " a lexicon holds advance, bigAsk, capitalized, clause, context, defaultInvitation, defaultRecommendation, du,"
                + " fits, givesOut, greeting, honorific, jobAsk, letters, negation, negationAfter, notAName, notProper,"
                + " optIn, pitch, pressure, purpose, reader, reciprocity, selfIntro, signOff, smallTalk, specifics, stopwords,"
                + " title, and word classes class.<name> (knigge facts --lexicon says what each key sets)");
    }

    @Test
    void anUnknownKeyCloseToAKnownOneGetsOnlyTheDidYouMean() {
        assertThat(problems(Map.of("pitchez", "x"))).containsExactly("unknown lexicon key 'pitchez' (did you mean \"pitch\"?)");
    }

    @Test
    void anUnknownKeyIsAProblemWithASuggestion() {
        assertThat(problems(Map.of("purpse", "could you"))).singleElement().asString()
                .contains("unknown lexicon key 'purpse'").contains("purpose");
    }

    @Test
    void singleWordListsRefusePhrases() {
        assertThat(problems(Map.of("negation", "not at all"))).singleElement().asString()
                .contains("takes single words");
    }

    @Test
    void wordListsRefuseRegularExpressionsAndExceptions() {
        assertThat(problems(Map.of("greeting", "re:h(i|ello)"))).singleElement().asString()
                .contains("regular expressions are for detector keys only");
        assertThat(problems(Map.of("title", "!dr"))).singleElement().asString()
                .contains("exceptions (!) are for detector keys and negations only");
        assertThat(problems(Map.of("negation", "!no problem"))).isEmpty();
    }

    @Test
    void badRegularExpressionsAndConstructsRe2jLacksAreProblems() {
        assertThat(problems(Map.of("pitch", "re:(demo"))).singleElement().asString()
                .contains("regular expression (demo does not compile: missing closing )");
        assertThat(problems(Map.of("pitch", "re:(?<!no )demo"))).singleElement().asString()
                .contains("uses negative lookbehind (?<!…), which RE2/J");
        assertThat(problems(Map.of("pitch", "re:demo(?=s)"))).singleElement().asString()
                .contains("uses lookahead (?=…), which RE2/J");
        assertThat(problems(Map.of("pitch", "re:(d)emo\\1"))).singleElement().asString()
                .contains("uses a backreference (\\1)");
        assertThat(problems(Map.of("pitch", "re:de*+mo"))).singleElement().asString()
                .contains("uses possessive quantifiers (*+)");
        assertThat(problems(Map.of("pitch", "!re:demo"))).singleElement().asString()
                .contains("an exception (!) is a phrase");
    }

    @Test
    void patternsTooLargeToCompileAreRefusedBeforeRe2jTries() {
        // Compiled, the first would take RE2/J minutes and more memory than a JVM has.
        assertThat(problems(Map.of("pitch", "re:(((a{100}){100}){100})"))).singleElement().asString()
                .contains("repeats too much: its counted repetitions ({n,m}) multiply to more than 1000");
        assertThat(problems(Map.of("pitch", "re:" + "a".repeat(2_001)))).singleElement().asString()
                .contains("is 2001 characters long; a lexicon pattern may have 2000");
        assertThat(problems(Map.of("pitch", "re:\\d{1,3} ?(a|b)\\w{0,3}\\{1000}"))).isEmpty();
    }

    @Test
    void patternsThatWouldBacktrackInJavaAreFineOnRe2j() {
        assertThat(problems(Map.of("pitch", "re:(\\w+\\s?)+demo|re:\\w+\\w+x|re:we help.*companies"))).isEmpty();
    }

    @Test
    void malformedPhrasesAreProblems() {
        assertThat(problems(Map.of("purpose", "** austauschen"))).singleElement().asString()
                .contains("phrase '** austauschen'").contains("not at the start or end");
        assertThat(problems(Map.of("purpose", "…"))).singleElement().asString().contains("has no words");
    }

    @Test
    void capitalisedWordsApplyWhateverTheOrderOfKeys() {
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("fits", "weil Sie");
        lists.put("capitalized", "Sie");
        Lexicon lexicon = Fixtures.compile("de", lists);
        assertThat(lexicon.detectors.find(Text.of("Weil sie es weiß"))).isEmpty();
        assertThat(lexicon.detectors.find(Text.of("weil Sie es wissen"))).hasSize(1);
    }

    @Test
    void aClassStandsForEachOfItsEntriesInAPhrase() {
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("context", "<perceive> your <work>|!your <work> of mine");
        lists.put("class.perceive", "read|came across");
        lists.put("class.work", "post|talk*");
        Lexicon lexicon = Fixtures.compile("en", lists);
        assertThat(lexicon.detectors.find(Text.of("I came across your talks on Kafka"))).hasSize(1);
        assertThat(lexicon.detectors.find(Text.of("I read your post"))).hasSize(1);
        assertThat(lexicon.detectors.find(Text.of("I read your profile"))).isEmpty();
        assertThat(lexicon.exceptions.find(Text.of("your post of mine"))).hasSize(1);
    }

    @Test
    void aClassThatNoKeyDefinesIsAProblemWithASuggestion() {
        assertThat(problems(Map.of("context", "your <wrk>", "class.work", "post"))).singleElement().asString()
                .contains("phrase 'your <wrk>' uses <wrk>, but no class.wrk is defined").contains("work");
    }

    @Test
    void classesHoldPlainPhrasesOnly() {
        assertThat(problems(Map.of("class.work", "re:posts?"))).singleElement().asString()
                .contains("regular expressions (re:) and exceptions (!) belong in detector keys");
        assertThat(problems(Map.of("class.work", "<talk>"))).singleElement().asString().contains("classes do not nest");
        assertThat(problems(Map.of("class.Work", "post"))).singleElement().asString()
                .contains("a class name is a word of letters and digits starting with a small letter");
    }

    @Test
    void aClassMustStandAloneBetweenSpaces() {
        assertThat(problems(Map.of("context", "your <work>,", "class.work", "post"))).singleElement().asString()
                .contains("a class stands alone between spaces");
    }

    @Test
    void aPatternThatStandsForTooManyPhrasesIsAProblem() {
        String many = String.join("|", java.util.stream.IntStream.range(0, 100).mapToObj(i -> "w" + i).toList());
        assertThat(problems(Map.of("context", "<many> <many>", "class.many", many))).isEmpty();
        assertThat(problems(Map.of("context", "<many> <many> <many>", "class.many", many))).singleElement().asString()
                .contains("stands for more than 20000 phrases");
    }

    /** The words of a note that the lexicon takes for proper names. */
    private static List<String> names(Lexicon lexicon, String note, Set<String> recipient) {
        Text text = Text.of(note);
        boolean[] names = lexicon.names(text, recipient);
        List<String> found = new ArrayList<>();
        for (int i = 0; names != null && i < text.size; i++) {
            if (names[i]) {
                found.add(text.span(i, i + 1));
            }
        }
        return found;
    }

    private static Lexicon namesLexicon() {
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("context", "your ** at <Name>");
        lists.put("stopwords", "i|the|at|on|your|and|are|says|for|met");
        lists.put("notProper", "linkedin|monday");
        return Fixtures.compile("en", lists);
    }

    @Test
    void aProperNameIsACapitalisedWordInsideASentenceThatNamesSomethingOfTheirs() {
        Lexicon lexicon = namesLexicon();
        assertThat(names(lexicon, "Your team at Brightline and I met on LinkedIn on Monday, Priya.", Set.of("priya")))
                .containsExactly("Brightline");
        assertThat(names(lexicon, "Your plans for Q3 are AMAZING, says IBM.", Set.of())).containsExactly("IBM");
        assertThat(names(lexicon, "Brightline rocks. Plan B then.", Set.of())).isEmpty();
    }

    @Test
    void aNoteInLowerCaseHasNoNames() {
        assertThat(names(namesLexicon(), "hi, your team at brightline is great", Set.of())).isEmpty();
    }

    @Test
    void aPhraseWithANameMatchesOnlyAProperName() {
        Lexicon lexicon = namesLexicon();
        Text named = Text.of("I admire your data team at Brightline.");
        assertThat(lexicon.detectors.find(named, null, lexicon.names(named, Set.of()))).hasSize(1);
        Text common = Text.of("I admire your data team at the office on Monday.");
        assertThat(lexicon.detectors.find(common, null, lexicon.names(common, Set.of()))).isEmpty();
        Text monday = Text.of("I saw your talk at Monday's meetup.");
        assertThat(lexicon.detectors.find(monday, null, lexicon.names(monday, Set.of()))).isEmpty();
    }

    @Test
    void aNoteInTitleCaseOrInCapitalsHasNoNames() {
        Lexicon lexicon = namesLexicon();
        assertThat(names(lexicon, "I Saw Your Team At Brightline And Loved It", Set.of())).isEmpty();
        assertThat(names(lexicon, "HI, I SAW YOUR TEAM AT IBM AND THE DEMO", Set.of())).isEmpty();
        assertThat(names(lexicon, "I saw your team at Brightline and IBM on the news", Set.of()))
                .containsExactly("Brightline", "IBM");
    }

    @Test
    void aPossessiveIsReadWithoutItsS() {
        Lexicon lexicon = namesLexicon();
        assertThat(names(lexicon, "I read LinkedIn\u00b4s post and Brightline's, and the NVIDIA's.", Set.of()))
                .containsExactly("Brightline's");
    }

    @Test
    void aNameTokenBelongsInDetectorPhrasesOnly() {
        assertThat(problems(Map.of("smallTalk", "how is <Name>"))).singleElement().asString()
                .contains("lexicon 'smallTalk' is a word list; <Name> is for detector keys only");
    }

    @Test
    void aLexiconWithoutANameTokenTellsNoNames() {
        Lexicon lexicon = Fixtures.compile("en", Map.of("context", "your team at", "stopwords", "i|your|at"));
        assertThat(lexicon.names(Text.of("I like your team at Brightline"), Set.of())).isNull();
    }
}
