package dev.knigge.internal.note;

import static dev.knigge.internal.note.Fixtures.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.Evidence;
import dev.knigge.authoring.Note;
import dev.knigge.internal.engine.Derivation;
import dev.knigge.request.Recipient;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import dev.knigge.request.SenderAnswers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteAnalyzerTest {

    private static Note note(String text) {
        return analyze(text).note();
    }

    private static List<String> spanTexts(Note note, String fact) {
        return note.spans(fact).stream().map(Evidence::text).toList();
    }

    @Nested
    class Negation {
        @Test
        void aNegationJustBeforeAPhraseCancelsIt() {
            assertThat(note("We sell accounting software.").containsPitch()).isTrue();
            assertThat(note("I'm not selling anything.").containsPitch()).isFalse();
            assertThat(note("I'm not trying to sell you anything.").containsPitch()).isFalse();
        }

        @Test
        void itReachesFiveWordsBackAndNoFurther() {
            assertThat(note("I did not expect so many would love to join").statesPurpose()).isFalse();
            assertThat(note("I did not expect that so many people would love to join").statesPurpose()).isTrue();
        }

        @Test
        void aClauseBreakOrAClauseWordEndsItsReach() {
            assertThat(note("I'm not an expert, could you help?").statesPurpose()).isTrue();
            assertThat(note("I don't sell anything but would you like to talk").statesPurpose()).isTrue();
            assertThat(note("I don't know if you remember, your talk was great").statesContext()).isTrue();
        }

        @Test
        void phrasesListedAsNoNegationNegateNothing() {
            assertThat(note("Don't hesitate to book a demo.").containsPitch()).isTrue();
            assertThat(note("No worries if not.").givesOut()).isTrue();
        }

        @Test
        void aGermanNegationAfterThePhraseCancelsIt() {
            assertThat(note("Wir kennen uns noch nicht, aber ich möchte Sie etwas fragen.").statesContext()).isFalse();
            assertThat(note("Wir kennen uns aus Berlin.").statesContext()).isTrue();
            assertThat(note("Wir kennen uns nicht nur aus Berlin.").statesContext()).isTrue();
        }

        @Test
        void aNegationThatAWildcardSkipsCancelsThePhrase() {
            assertThat(note("Wir haben uns leider nie kennengelernt.").statesContext()).isFalse();
            assertThat(note("Wir haben uns in Köln auf der Messe kennengelernt.").statesContext()).isTrue();
        }

        @Test
        void negationsCancelRegularExpressionsToo() {
            assertThat(note("Do you have 45 minutes next week?").bigAsk()).isTrue();
            assertThat(note("I don't need 45 minutes, five will do.").bigAsk()).isFalse();
        }
    }

    @Nested
    class Exceptions {
        @Test
        void anExceptionCancelsTheHitsItOverlaps() {
            assertThat(note("I'd like to connect.").statesPurpose()).isFalse();
            assertThat(note("I'd like to connect. I'd like to ask about your talk.").statesPurpose()).isTrue();
            assertThat(note("We talked about the discount rate.").containsPitch()).isFalse();
            assertThat(note("A discount for early birds.").containsPitch()).isTrue();
        }
    }

    @Nested
    class Questions {
        @Test
        void aQuestionToTheReaderStatesAPurposeFromItsClauseToTheQuestionMark() {
            String text = "We met at the meetup. Hi again, does your team use Kafka?";
            Note note = note(text);
            assertThat(note.statesPurpose()).isTrue();
            assertThat(spanTexts(note, "statesPurpose")).containsExactly("does your team use Kafka?");
        }

        @Test
        void aQuestionThatDoesNotAddressTheReaderStatesNone() {
            assertThat(note("We met at the meetup. Was it fun?").statesPurpose()).isFalse();
            assertThat(note("Ich frage mich: hat sie Zeit?").statesPurpose()).isFalse();
            assertThat(note("Ich frage mich: haben Sie Zeit?").statesPurpose()).isTrue();
        }

        @Test
        void smallTalkCoveredByAnExceptionIsNoPurpose() {
            assertThat(note("Hi Ben, how are you?").statesPurpose()).isFalse();
            assertThat(note("How are you planning the migration of your team?").statesPurpose()).isTrue();
        }

        @Test
        void aQuotedQuestionIsNone() {
            assertThat(note("Your talk asked \"do you test in production?\" and I agree.").statesPurpose()).isFalse();
            assertThat(note("Your talk asked \"do you test in production?\" and I agree.").asksQuestion()).isFalse();
        }

        @Test
        void anyQuestionButSmallTalkAsksTheReaderSomething() {
            Note elliptic = note("Zeit für einen kurzen Call?");
            assertThat(elliptic.asksQuestion()).isTrue();
            assertThat(elliptic.statesPurpose()).isFalse();
            assertThat(spanTexts(elliptic, "asksQuestion")).containsExactly("Zeit für einen kurzen Call?");
            assertThat(note("Hi Ben, how are you?").asksQuestion()).isFalse();
        }

        @Test
        void smallTalkStillCancelsThePurposeButAPurposeExceptionDoesNotMakeAQuestionSmallTalk() {
            assertThat(note("Hi Ben, how are you?").statesPurpose()).isFalse();
            Note introduction = note("Hi Raj, could you introduce me to Mei at Grab?");
            assertThat(introduction.asksQuestion()).isTrue();
        }

        @Test
        void aOneOrTwoWordHookAsksNothing() {
            assertThat(note("We run workshops for teams. Interested?").asksQuestion()).isFalse();
            assertThat(note("We run workshops for teams. Lets talk?").asksQuestion()).isFalse();
        }

        @Test
        void noQuestionMarkAsksNothing() {
            assertThat(note("I'd like to connect.").asksQuestion()).isFalse();
        }
    }

    @Nested
    class NewDetectors {
        @Test
        void sayingWhoYouAreIsASelfIntroduction() {
            Note note = note("Hi Ben, my name is Sam and I'm a student at TU Munich.");
            assertThat(note.introducesSelf()).isTrue();
            assertThat(spanTexts(note, "introducesSelf")).contains("my name is");
        }

        @Test
        void pushingForAnAnswerIsPressure() {
            assertThat(note("Ben, when can we finally talk?").pressure()).isTrue();
            assertThat(note("No rush at all, Ben.").pressure()).isFalse();
        }

        @Test
        void aJobAskIsABigAskWithItsOwnFact() {
            Note note = note("Could you refer me for the opening?");
            assertThat(note.asksForJob()).isTrue();
            assertThat(note.bigAsk()).isTrue();
            assertThat(spanTexts(note, "bigAsk")).contains("refer me");
            Note call = note("Do you have an hour tomorrow?");
            assertThat(call.bigAsk()).isTrue();
            assertThat(call.asksForJob()).isFalse();
        }

        @Test
        void declaringNoBigAskClearsTheJobAskToo() {
            Note note = Fixtures.ANALYZER.analyze(ReviewRequest.builder(RequestType.MESSAGE)
                    .language("en").note("Could you refer me for the opening?")
                    .declared(dev.knigge.request.SenderAnswers.builder().bigAsk(false).build()).build()).note();
            assertThat(note.bigAsk()).isFalse();
            assertThat(note.asksForJob()).isFalse();
        }
    }

    @Nested
    class Du {
        @Test
        void informalAddressAsWordsCapitalisedOrNot() {
            Note note = note("Hallo Anna, hast du Zeit? Dein Vortrag war super.");
            assertThat(note.usesDu()).isTrue();
            assertThat(spanTexts(note, "usesDu")).containsExactly("du", "Dein");
        }

        @Test
        void notInsideQuotes() {
            assertThat(note("Das Wort „du“ ist im Job schwierig, finden Sie nicht?").usesDu()).isFalse();
            assertThat(note("Sagen Sie einfach 'du' zu mir, wenn Sie mögen.").usesDu()).isFalse();
            assertThat(note("Das Wort „du“ ist schwierig, oder was meinst du?").usesDu()).isTrue();
        }

        @Test
        void notAsTheNounOfOfferingIt() {
            assertThat(note("Darf ich Ihnen das Du anbieten?").usesDu()).isFalse();
        }

        @Test
        void nothingInsideTheGreetedNameCounts() {
            var analysis = Fixtures.analyze("Hi Project, could you help?", "Project", "Smith", null);
            assertThat(analysis.note().salutationName()).isEqualTo("Project");
            assertThat(analysis.note().specifics()).isFalse();
        }

        @Test
        void notWhenItIsTheGreetedName() {
            var analysis = Fixtures.analyze("Hallo Frau Du, könnten Sie mir helfen?", "Mei", "Du", null);
            assertThat(analysis.note().salutationName()).isEqualTo("Du");
            assertThat(analysis.note().usesDu()).isFalse();
        }
    }

    @Nested
    class PoliteSie {
        @Test
        void aCapitalisedPhraseWordMatchesOnlyThePoliteForm() {
            assertThat(note("Ich lade Sie ein, weil Sie das Thema kennen.").saysWhyFits()).isTrue();
            assertThat(note("Ich frage Frau Ott, weil sie das Thema kennt.").saysWhyFits()).isFalse();
            assertThat(note("Ihr Vortrag in Köln hat mir gefallen.").statesContext()).isTrue();
        }

        @Test
        void aLowerCasePhraseWordMatchesEitherForm() {
            assertThat(note("Könnten Sie fragen, ob sie offen dafür ist?").asksIntermediaryToCheck()).isTrue();
        }
    }

    @Nested
    class Salutations {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = ';', nullValues = "-", value = {
                "Hi Omar, could you help?; Omar",
                "Hi, Omar! Could you help?; Omar",
                "Hi, Thanks for accepting. Could you help?; -",
                "Hello there, could you help?; -",
                "Dear Dr. Jane Smith-Jones, could you help?; Jane Smith-Jones",
                "Mr. Smith, could you help?; Smith",
                "Mr Smith said you could help.; -",
                "Hallo zusammen, könnten Sie helfen?; -",
                "Sehr geehrte Damen und Herren, ich möchte fragen.; -",
                "Hallo Herr Prof. Dr. Meier, ich möchte fragen.; Meier",
                "Grüß Gott Frau Mag.a Huber, ich möchte fragen.; Huber",
                "Sehr geehrter Herr Dipl.-Ing. Gruber, ich möchte fragen.; Gruber",
                "Sehr geehrter Herr Prof. Dr. h.c. mult. Schmidt, ich möchte fragen.; Schmidt",
                "Hallo Frau A. Schmidt, ich möchte fragen.; A. Schmidt",
                "Guten Tag Herr von Weizsäcker, ich möchte fragen.; von Weizsäcker",
                "Liebe Anna-Lena, ich möchte fragen.; Anna-Lena"})
        void findTheGreetedName(String text, String name) {
            assertThat(note(text).salutationName()).isEqualTo(name);
        }

        @Test
        void greetTheRecipientWithoutAGreetingWord() {
            assertThat(Fixtures.analyze("Omar, your talk was great.", "Omar", "Haddad", null).note().salutationName())
                    .isEqualTo("Omar");
            assertThat(note("Omar, your talk was great.").salutationName()).isNull();
        }

        @Test
        void stopAfterTheRecipientsNameWhenNoBreakFollows() {
            assertThat(Fixtures.analyze("Hi Omar Great talk yesterday", "Omar", "Haddad", null).note().salutationName())
                    .isEqualTo("Omar");
        }

        @Test
        void aNameThatIsNeitherTheFirstNorTheLastNameIsWrong() {
            NoteAnalyzer.Analysis analysis = Fixtures.analyze("Hi Sarah Jones, your talk was great.", "Omar", "Haddad", null);
            Note note = analysis.note();
            assertThat(note.salutationName()).isEqualTo("Sarah Jones");
            assertThat(note.wrongName()).isTrue();
            assertThat(spanTexts(note, "wrongName")).containsExactly("Sarah Jones");
            assertThat(Derivation.personalized(note, analysis.mentionsProfile())).isFalse();
        }

        @Test
        void shortFormsParticlesAndMissingUmlautsAreTheRightName() {
            assertThat(Fixtures.analyze("Hi Alex, your talk was great.", "Alexander", "Brandt", null).note().wrongName())
                    .isFalse();
            Note noble = Fixtures.analyze("Guten Tag Herr von Weizsäcker,", "Jakob", "Weizsäcker", null).note();
            assertThat(noble.wrongName()).isFalse();
            assertThat(noble.greetsBySurname()).isTrue();
            NoteAnalyzer.Analysis mullers = Fixtures.analyze("Hallo Frau Muller, Ihr Vortrag war gut.", "Petra", "Müller", null);
            Note muller = mullers.note();
            assertThat(muller.wrongName()).isFalse();
            assertThat(muller.greetsBySurname()).isTrue();
            assertThat(Derivation.personalized(muller, mullers.mentionsProfile())).isTrue();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = ';', value = {
                "Hi {{first_name}}, could you help?; {{first_name}}",
                "Hallo [Vorname], ich möchte fragen.; [Vorname]",
                "Dear Mr. <LastName>, could you help?; <LastName>",
                "%FIRSTNAME%, could you help?; %FIRSTNAME%",
                "Hello ${firstName}! Could you help?; ${firstName}"})
        void anUnfilledMailMergeFieldIsAWrongName(String text, String field) {
            Note note = Fixtures.analyze(text, "Omar", "Haddad", null).note();
            assertThat(note.salutationName()).isEqualTo(field);
            assertThat(note.wrongName()).isTrue();
            assertThat(spanTexts(note, "wrongName")).containsExactly(field);
            assertThat(note("Hi {{first_name}}, could you help?").wrongName()).as("even with no recipient name").isTrue();
        }

        @Test
        void theRecipientsHighestTitleMustBeInTheSalutation() {
            assertThat(Fixtures.analyze("Hallo Herr Prof. Dr. Meier,", "Jan", "Meier", "Prof. Dr.").note().titleUsed())
                    .isTrue();
            assertThat(Fixtures.analyze("Hallo Herr Dr. Meier,", "Jan", "Meier", "Prof. Dr.").note().titleUsed())
                    .isFalse();
            assertThat(Fixtures.analyze("Hallo Herr Dr. Meier,", "Jan", "Meier", "Dr.").note().titleUsed()).isTrue();
            assertThat(Fixtures.analyze("Sehr geehrte Frau Professorin Obermann,", "Eva", "Obermann", "Prof.").note()
                    .titleUsed()).isTrue();
            assertThat(Fixtures.analyze("Sehr geehrter Herr Dipl.-Ing. Gruber,", "Franz", "Gruber", "DI").note()
                    .titleUsed()).isTrue();
            assertThat(Fixtures.analyze("Hallo Herr Meier,", "Jan", "Meier", "Dr.").note().titleUsed()).isFalse();
        }

        @Test
        void theTitleSpanIsTheSalutation() {
            String text = "Hallo Herr Prof. Dr. Meier, ich möchte fragen.";
            Note note = Fixtures.analyze(text, "Jan", "Meier", "Prof. Dr.").note();
            assertThat(spanTexts(note, "titleUsed")).containsExactly("Hallo Herr Prof. Dr. Meier");
            assertThat(spanTexts(note, "salutationName")).containsExactly("Meier");
        }
    }

    @Nested
    class DefaultInvitation {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = ';', value = {
                "I'd like to add you to my professional network on LinkedIn.",
                "  i’d LIKE to add you to my professional network on linkedin!!  ",
                "Hi Omar, I'd like to add you to my professional network on LinkedIn. - Tom Becker",
                "Hi Omar, I'd like to add you to my professional network. Best regards, Tom Becker",
                "Omar, I'd like to add you to my professional network on LinkedIn. Thanks!",
                "Dear Mr. Haddad, I'd like to add you to my professional network 🙂",
                "Hallo Herr Haddad, ich möchte Sie gern zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen. Viele Grüße, Tom",
                "Ich moechte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufuegen. MfG"})
        void isTheWholeNoteLessGreetingAndClosing(String text) {
            Note note = Fixtures.analyze(text, "Omar", "Haddad", null).note();
            assertThat(note.defaultInvitation()).isTrue();
            assertThat(spanTexts(note, "defaultInvitation")).containsExactly(text);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = ';', value = {
                "We met at the meetup. I'd like to add you to my professional network.",
                "I'd like to add you to my professional network on LinkedIn because we worked together.",
                "I'd like to add you to my professional network on LinkedIn. Your talk was great.",
                "I'd like to add you to my professional"})
        void isNotADefaultWithWordsOfTheirOwn(String text) {
            assertThat(Fixtures.analyze(text, "Omar", "Haddad", null).note().defaultInvitation()).isFalse();
        }

        @Test
        void readsOverLineBreaks() {
            String text = "Hi Omar,\nI'd like to add you to my professional network.\n\nBest regards,\nTom Becker";
            assertThat(Fixtures.analyze(text, "Omar", "Haddad", null).note().defaultInvitation()).isTrue();
        }
    }

    @Nested
    class Spans {
        @Test
        void areTheExactTextOfThePhraseOrPattern() {
            String text = "Hi Omar, we met at JavaLand in 2019. Could you refer me? No worries if not.";
            Note note = Fixtures.analyze(text, "Omar", "Haddad", null).note();
            assertThat(spanTexts(note, "statesContext")).containsExactly("we met at");
            assertThat(spanTexts(note, "specifics")).containsExactly("2019");
            assertThat(spanTexts(note, "statesPurpose")).containsExactly("Could you refer me?");
            assertThat(spanTexts(note, "bigAsk")).containsExactly("refer me");
            assertThat(spanTexts(note, "givesOut")).containsExactly("No worries if not");
            for (var entry : note.spans().entrySet()) {
                for (Evidence evidence : entry.getValue()) {
                    assertThat(text.substring(evidence.start(), evidence.end())).isEqualTo(evidence.text());
                }
            }
            Evidence year = note.spans("specifics").get(0);
            assertThat(year.start()).isEqualTo(text.indexOf("2019"));
        }

        @Test
        void countUtf16CodeUnitsAfterEmoji() {
            String text = "👋🏽 Hi Omar 🙌🙌 could you help? 🚀";
            Evidence evidence = Fixtures.analyze(text, "Omar", "Haddad", null).note().spans("statesPurpose").get(0);
            assertThat(evidence.start()).isEqualTo(text.indexOf("could"));
            assertThat(evidence.text()).isEqualTo("could you help?");
        }

        @Test
        void aWiderSpanOfTheSameFactSwallowsANarrowerOne() {
            Note note = note("Ich würde mich gern mit Ihnen austauschen.");
            assertThat(spanTexts(note, "statesPurpose")).containsExactly("mich gern mit Ihnen austauschen");
        }

        @Test
        void theSkillOfAnEndorsementCountsAsSpecifics() {
            Note note = ANALYZE_WITH_SKILL("Could you endorse my Kubernetes skills?", "Kubernetes");
            assertThat(note.specifics()).isTrue();
            assertThat(spanTexts(note, "specifics")).containsExactly("Kubernetes");
        }
    }

    private static Note ANALYZE_WITH_SKILL(String text, String skill) {
        return Fixtures.ANALYZER.analyze(ReviewRequest.builder(RequestType.ENDORSEMENT).note(text).skill(skill).build())
                .note();
    }

    @Nested
    class Language {
        @Test
        void isDetectedFromStopWordsAndLetters() {
            assertThat(note("I'd like to ask you about your talk at the meetup.").language()).isEqualTo("en");
            assertThat(note("Ich möchte Sie gern etwas zu Ihrem Vortrag fragen.").language()).isEqualTo("de");
            assertThat(note("Ich moechte Sie gern etwas fragen, wir haben uns getroffen.").language()).isEqualTo("de");
            assertThat(note("Hallo Anna!").language()).isEqualTo("de");
        }

        @Test
        void aGivenLanguageWinsAndRegionsAreDropped() {
            Note note = Fixtures.ANALYZER.analyze(ReviewRequest.builder(RequestType.MESSAGE).language("de-AT")
                    .note("Servus, I'd like to ask you something.").build()).note();
            assertThat(note.language()).isEqualTo("de");
        }

        @Test
        void aNoteInALanguageWithoutLexiconIsUncheckedNotGuessed() {
            var analysis = analyze("Bonjour Marie, je voudrais vous ajouter à mon réseau professionnel.");
            assertThat(analysis.unchecked()).containsExactly(NoteAnalyzer.UNCHECKED_LANGUAGE);
            assertThat(analysis.note().readable()).isFalse();
            assertThat(analysis.note().language()).isNull();
            assertThat(analysis.note().statesPurpose()).isNull();
            assertThat(analysis.note().usesDu()).isNull();
            assertThat(analysis.note().present()).isTrue();
        }

        @Test
        void aFewSharedWordsDoNotMakeANoteEnglish() {
            assertThat(analyze("Hola Ana, me encantaría conectar contigo para hablar de tu proyecto a fondo.").unchecked())
                    .containsExactly(NoteAnalyzer.UNCHECKED_LANGUAGE);
        }

        @Test
        void aRequestedLanguageWithoutLexiconIsUnchecked() {
            var analysis = Fixtures.ANALYZER.analyze(ReviewRequest.builder(RequestType.MESSAGE).language("fr")
                    .note("Could you help?").build());
            assertThat(analysis.unchecked()).containsExactly(NoteAnalyzer.UNCHECKED_LANGUAGE);
            assertThat(analysis.note().language()).isEqualTo("fr");
        }

        @Test
        void aTieGoesToTheRecipientsLanguage() {
            var request = ReviewRequest.builder(RequestType.MESSAGE).note("Hi Anna!")
                    .recipient(Recipient.builder().languages("de").build()).build();
            assertThat(Fixtures.ANALYZER.analyze(request).note().language()).isEqualTo("de");
        }
    }

    @Nested
    class SenderAnswers {
        @Test
        void theSendersAnswersOverrideWhatWasDetected() {
            var request = ReviewRequest.builder(RequestType.MESSAGE).note("Could you book a demo?")
                    .declared(dev.knigge.request.SenderAnswers.builder().statesPurpose(false).containsPitch(null).bigAsk(true).build())
                    .build();
            Note note = Fixtures.ANALYZER.analyze(request).note();
            assertThat(note.statesPurpose()).isFalse();
            assertThat(note.containsPitch()).isTrue();
            assertThat(note.bigAsk()).isTrue();
        }

        @Test
        void theyAlsoApplyWithoutANote() {
            var request = ReviewRequest.builder(RequestType.MESSAGE).note("   ")
                    .declared(dev.knigge.request.SenderAnswers.builder().givesOut(true).build()).build();
            Note note = Fixtures.ANALYZER.analyze(request).note();
            assertThat(note.present()).isFalse();
            assertThat(note.givesOut()).isTrue();
            assertThat(note.statesPurpose()).isFalse();
        }
    }

    @Test
    @Timeout(10)
    void aLongNoteFullOfAlmostMatchesIsReadQuickly() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 19_000) {
            text.append("würde mich haben uns wir kennen uns could you would love ");
        }
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            note(text.toString());
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
