package dev.knigge.rules.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.authoring.Note;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * For every detector, pairs of close cases against the professional lexicons: a note where it must
 * fire and a near miss where it must not.
 */
class NearMissTest {

    @ParameterizedTest(name = "{0} {2}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            purpose     | Would you be open to a short call about your migration to Kotlin?        | true
            purpose     | Would you like to connect?                                               | false
            purpose     | I'd like to learn how you structured the data team.                      | true
            purpose     | I'd like to connect with like-minded professionals.                      | false
            purpose     | Ich würde mich gern mit Ihnen über Wärmepumpen austauschen.               | true
            purpose     | Ich würde mich freuen, mich mit Ihnen zu vernetzen.                       | false
            purpose     | Hätten Sie Zeit für ein kurzes Telefonat?                                 | true
            purpose     | Wie geht es Ihnen?                                                        | false
            context     | We met at the Kafka Summit in London last spring.                        | true
            context     | We haven't met yet, but I follow the fintech space.                      | false
            context     | I read your article on platform teams.                                   | true
            context     | I read your profile and was impressed.                                   | false
            context     | Wir haben uns auf der Messe in Hannover kennengelernt.                    | true
            context     | Wir kennen uns noch nicht, aber ich bin auch in der Logistik tätig.       | false
            context     | Wir haben uns leider noch nie persönlich getroffen.                       | false
            pitch       | We help SaaS companies cut churn by 20%. Can I show you a quick demo?    | true
            pitch       | I'm not selling anything, I just loved your talk.                        | false
            pitch       | Get 30% off your first month with code LINKEDIN.                         | true
            pitch       | Your thread on discount rates in DCF models was brilliant.               | false
            pitch       | We're hiring a Senior Engineer; we offer a competitive salary and remote work. | false
            pitch       | Wir helfen mittelständischen Unternehmen, Energiekosten zu senken.        | true
            pitch       | Ich möchte Ihnen nichts verkaufen, nur eine Frage stellen.                | false
            pitch       | Kein Verkaufsgespräch, versprochen.                                       | false
            bigAsk      | Could you refer me for the backend role on your team?                    | true
            bigAsk      | I'm not looking for a job, just curious about your stack.                | false
            bigAsk      | Do you have 45 minutes next week?                                        | true
            bigAsk      | Do you have 15 minutes next week?                                        | false
            bigAsk      | Can we hop on a call tomorrow?                                           | true
            bigAsk      | Are you open to new opportunities?                                       | false
            bigAsk      | Ich bin auf der Suche nach einer neuen Stelle im Controlling.             | true
            bigAsk      | Sind Sie offen für eine neue Herausforderung?                             | false
            bigAsk      | Könnten Sie sich meinen Lebenslauf ansehen?                               | true
            bigAsk      | Ich freue mich auf eine kurze Rückmeldung zu meiner Frage.                | false
            specifics   | We worked together on the checkout redesign in 2021.                     | true
            specifics   | I have an exciting role for you.                                         | false
            specifics   | Wir suchen eine Teamleiterin Controlling in München.                      | true
            specifics   | Ich habe ein spannendes Projekt für Sie.                                  | false
            specifics   | Advanced Excel and Power BI skills are a must.                           | true
            specifics   | I excel at building teams from scratch.                                  | false
            givesOut    | No worries if you're too busy!                                           | true
            givesOut    | I'm busy too, so let's be quick.                                         | false
            givesOut    | Kein Problem, falls nicht.                                                | true
            givesOut    | Das ist kein Problem für unsere Software.                                 | false
            reciprocity | Happy to write one for you too.                                          | true
            reciprocity | Could you write one for me?                                              | false
            reciprocity | Gern revanchiere ich mich mit einer Empfehlung.                           | true
            reciprocity | Könnten Sie mir eine Empfehlung schreiben?                                | false
            fits        | Since you write so much about accessibility, you'd enjoy this group.     | true
            fits        | Since I moved to Lisbon, I've been meeting product people.               | false
            fits        | Da Sie viel über Barrierefreiheit schreiben, passt die Gruppe gut zu Ihnen. | true
            fits        | Ich frage Frau Ott, weil sie Expertin ist.                                | false
            optIn       | Could you check with her first whether she'd be open to an intro?        | true
            optIn       | Could you cc us both on an email?                                        | false
            optIn       | Könntest du sie vorher fragen, ob sie offen dafür ist?                    | true
            optIn       | Könnten Sie mich bitte direkt in CC setzen?                               | false
            du          | Hast du nächste Woche Zeit für einen Kaffee?                              | true
            du          | Haben Sie nächste Woche Zeit für einen Kaffee?                            | false
            du          | In Ihrem Artikel über das „Du“ im Büro schreiben Sie Spannendes.          | false
            du          | Darf ich Ihnen das Du anbieten?                                           | false
            """)
    void firesOnlyWhereItShould(String detector, String text, boolean fires) {
        Note note = ProfessionalLexicons.analyze(text);
        Boolean value = switch (detector) {
            case "purpose" -> note.statesPurpose();
            case "context" -> note.statesContext();
            case "pitch" -> note.containsPitch();
            case "bigAsk" -> note.bigAsk();
            case "specifics" -> note.specifics();
            case "givesOut" -> note.givesOut();
            case "reciprocity" -> note.offersReciprocity();
            case "fits" -> note.saysWhyFits();
            case "optIn" -> note.asksIntermediaryToCheck();
            case "du" -> note.usesDu();
            default -> throw new IllegalArgumentException(detector);
        };
        assertThat(value).as("%s of %s (language %s, spans %s)", detector, text, note.language(), note.spans())
                .isEqualTo(fires);
    }
}
