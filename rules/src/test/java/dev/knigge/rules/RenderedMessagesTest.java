package dev.knigge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.advice.Advice;
import dev.knigge.advice.Finding;
import dev.knigge.internal.scenario.Scenarios;
import dev.knigge.request.Platform;
import dev.knigge.request.Recipient;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import dev.knigge.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message of both built-in policies, rendered from the facts: each scenario's request is
 * reviewed again on every platform, for a recipient with a name and a title and for one without a
 * name, with and without mutual contacts, in English and German. What the texts say must follow
 * from the request: no platform or law the request is not on, no name the request did not give, no
 * mutual contacts it does not have, no placeholder left; numbers written into the bundles are
 * general advice only, never a claim about the request.
 */
class RenderedMessagesTest {
    private static final Advisor STRICT = Advisor.builder().policy(Policy.builtIn("strict")).build();
    /** Names the bundles once used as examples; a rendered text may only name the request's recipient. */
    private static final List<String> INVENTED = List.of("Omar", "Sommer", "Berger", "Obermann", "Haddad");
    /** Numbers a bundle may state as general advice, with the words around them. */
    private static final List<String> ADVICE_NUMBERS = List.of("2–3 sentences", "2–3 Sätze", "1–2 sentences",
            "1–2 Sätzen", "1–3 people", "1–3 Personen", "2–3 people", "2–3 Personen", "2–3 points", "2–3 Punkte",
            "15 minutes", "15 Minuten", "200–400 characters", "200–400 Zeichen", "last 7 days", "letzten 7 Tagen",
            "only 5 personalised notes", "nur 5 Kontaktanfragen", "§ 7 UWG");
    private static final Pattern NUMBER_WORDS = Pattern.compile("(?iu)\\b(thirty|dozens|dreißig|dutzende)\\b");

    static List<ReviewRequest> variedRequests() {
        List<ReviewRequest> requests = new ArrayList<>();
        for (Scenario scenario : Scenarios.load(Path.of("src/test/resources/scenarios")).scenarios()) {
            ReviewRequest base = scenario.request();
            for (Platform platform : Platform.values()) {
                for (boolean named : List.of(true, false)) {
                    for (int mutual : List.of(0, 3)) {
                        Recipient.Builder recipient = base.recipient().toBuilder().firstName(null).lastName(null)
                                .title(null);
                        if (named) {
                            recipient.firstName("Thomas").lastName("Wagner").title("Dr.");
                        }
                        requests.add(base.toBuilder().platform(platform).recipient(recipient.build())
                                .relationship(base.relationship().toBuilder().mutualContacts(mutual).build()).build());
                    }
                }
            }
        }
        return requests;
    }

    @Test
    void everyRenderedTextFollowsFromTheRequest() {
        List<String> wrong = new ArrayList<>();
        Set<String> rendered = new TreeSet<>();
        for (ReviewRequest request : variedRequests()) {
            for (Advisor advisor : List.of(Reviews.PROFESSIONAL, STRICT)) {
                for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                    Advice advice = advisor.review(request, locale);
                    for (Finding finding : advice.findings()) {
                        rendered.add(finding.rule());
                        check(request, finding, wrong);
                    }
                }
            }
        }
        assertThat(wrong).as("texts that say what the request did not").isEmpty();
        assertThat(rendered).as("rule ids rendered").hasSizeGreaterThanOrEqualTo(36);
    }

    private static void check(ReviewRequest request, Finding finding, List<String> wrong) {
        Platform platform = request.platform();
        String where = finding.rule() + " on " + platform + " (" + request.id() + ")";
        for (String text : List.of(finding.title(), finding.reason(), finding.suggestion())) {
            if (text.contains("{") || text.contains("}")) {
                wrong.add(where + ": a placeholder is left: " + text);
            }
            if (text.contains("LinkedIn") && platform != Platform.LINKEDIN) {
                wrong.add(where + ": names LinkedIn: " + text);
            }
            if (text.contains("XING") && platform != Platform.XING) {
                wrong.add(where + ": names XING: " + text);
            }
            if ((text.contains("UWG") || text.contains("§")) && platform != Platform.XING) {
                wrong.add(where + ": cites German law: " + text);
            }
            for (String name : INVENTED) {
                if (text.contains(name)) {
                    wrong.add(where + ": names " + name + ", whom the request does not: " + text);
                }
            }
            boolean named = request.recipient().lastName() != null;
            if (!named && (text.contains("Wagner") || text.contains("\"Hi ") || text.contains("„Guten Tag"))) {
                wrong.add(where + ": shows a greeting though the request gives no name: " + text);
            }
            if (named && text.contains("Wagner") && !text.contains("Thomas") && !text.contains("Dr. Wagner")) {
                wrong.add(where + ": shows the name without what the request says of it: " + text);
            }
            if (request.relationship().mutualContacts() == 0 && (text.contains("mutual contact")
                    || text.contains("gemeinsamen Kontakt"))
                    && finding.rule().equals("CON-WEAK-TIE")) {
                wrong.add(where + ": speaks of mutual contacts the request does not have: " + text);
            }
        }
    }

    @Test
    void theBundlesWriteNumbersOnlyAsGeneralAdvice() {
        List<String> wrong = new ArrayList<>();
        for (String locale : MessagesTest.LOCALES) {
            Properties bundle = MessagesTest.bundle(locale);
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                String text = bundle.getProperty(key).replaceAll("\\{[A-Za-z_]+}", "");
                String rest = text;
                for (String advice : ADVICE_NUMBERS) {
                    rest = rest.replace(advice, "");
                }
                if (rest.matches("(?s).*[\\d§].*")) {
                    wrong.add("messages_" + locale + ": " + key + " states a number: " + text);
                }
                Matcher words = NUMBER_WORDS.matcher(text);
                while (words.find()) {
                    wrong.add("messages_" + locale + ": " + key + " states \"" + words.group() + "\"");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aGreetingSuggestionUsesTheRecipientsNameAndTitle() {
        ReviewRequest du = ReviewRequest.builder(RequestType.CONNECTION).platform(Platform.XING)
                .language("de").note("Hallo Thomas, ich habe deinen Vortrag zur Wasserstoffspeicherung gehört.")
                .recipient(Recipient.builder().firstName("Thomas").lastName("Wagner").title("Dr.").languages("de")
                        .build())
                .build();
        Map<String, String> suggestions = Map.of(
                "de", Reviews.PROFESSIONAL.review(du, Locale.GERMAN).finding("DE-DU-STRANGER").suggestion(),
                "en", Reviews.PROFESSIONAL.review(du, Locale.ENGLISH).finding("DE-DU-STRANGER").suggestion());
        assertThat(suggestions.get("de")).contains("„Guten Tag Dr. Thomas Wagner,“");
        assertThat(suggestions.get("en")).contains("\"Guten Tag Dr. Thomas Wagner,\"");
    }
}
