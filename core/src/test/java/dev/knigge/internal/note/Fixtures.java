package dev.knigge.internal.note;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.policy.PolicyException.Problem;
import dev.knigge.request.Recipient;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small inline lexicons for the analyzer's mechanics: a few phrases per key, enough to exercise each rule. */
final class Fixtures {
    private Fixtures() {}

    static final Map<String, String> EN = Map.ofEntries(
            Map.entry("purpose", "I'd like to|could you|would you|re:\\bwould love to\\b|!I'd like to connect|!how are you"),
            Map.entry("context", "we met at|worked together|your talk|we've met"),
            Map.entry("pitch", "book a demo|our product|sell*|discount|!discount rate"),
            Map.entry("bigAsk", "an hour|re:\\b([3-9]\\d) ?-?minutes?\\b"),
            Map.entry("jobAsk", "refer me|a job"),
            Map.entry("selfIntro", "my name is|I'm a"),
            Map.entry("pressure", "can we finally|!no rush"),
            Map.entry("smallTalk", "how are you"),
            Map.entry("specifics", "project|re:\\b(19|20)\\d{2}\\b"),
            Map.entry("givesOut", "no worries if not"),
            Map.entry("reciprocity", "write one for you"),
            Map.entry("fits", "because you"),
            Map.entry("optIn", "check with her first"),
            Map.entry("defaultInvitation", "I'd like to add you to my professional network on LinkedIn"
                    + "|I'd like to add you to my professional network"),
            Map.entry("defaultRecommendation", "brief recommendation of my work"),
            Map.entry("greeting", "hi|hello|dear|good morning"),
            Map.entry("signOff", "best|best regards|thanks"),
            Map.entry("honorific", "mr|ms"),
            Map.entry("title", "dr|prof"),
            Map.entry("notAName", "there|team|thanks"),
            Map.entry("negation", "not|no|never|don't|haven't|!no worries|!don't hesitate"),
            Map.entry("clause", "but|if"),
            Map.entry("reader", "you|your"),
            Map.entry("stopwords", "the|and|you|to|i|a|we|my|your|would|like|at|on|is|it|for|i'm|not|do|don't|this|was|that|can|have|an|in"));

    static final Map<String, String> DE = Map.ofEntries(
            Map.entry("purpose", "ich möchte|könnten Sie|mich ** austauschen|!ich möchte mich ** vernetzen"),
            Map.entry("context", "wir kennen uns|haben uns ** kennengelernt|Ihr* Vortr*"),
            Map.entry("pitch", "verkaufen|Demo"),
            Map.entry("fits", "weil Sie"),
            Map.entry("optIn", "ob sie offen"),
            Map.entry("defaultInvitation", "Ich möchte Sie gern* zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen"),
            Map.entry("greeting", "hallo|hi|guten tag|sehr geehrte|sehr geehrter|liebe|grüß gott"),
            Map.entry("signOff", "viele grüße|mfg"),
            Map.entry("honorific", "herr|frau"),
            Map.entry("title", "dr|prof|professorin|mag|di|dipl|ing|h|c|mult"),
            Map.entry("notAName", "zusammen|damen"),
            Map.entry("negation", "nicht|nichts|kein|keine|nie|!nicht nur"),
            Map.entry("negationAfter", "nicht|nichts"),
            Map.entry("clause", "aber|sondern"),
            Map.entry("capitalized", "Sie|Ihr|Ihre|Ihren|Ihrem|Ihnen"),
            Map.entry("reader", "Sie|Ihnen|du|dir"),
            Map.entry("stopwords", "der|die|das|und|ich|sie|ist|nicht|zu|mit|mich|wir|uns|für|auf|haben|ihnen|gerne|du|hast|ihr|dein|oder|aus|noch|dafür|zu|einfach|mir"),
            Map.entry("letters", "äöüß"),
            Map.entry("du", "du|dich|dir|dein|deine|!das Du"));

    static Lexicon compile(String language, Map<String, String> lists) {
        List<Problem> problems = new ArrayList<>();
        Lexicon lexicon = Lexicon.compile(language, split(lists), locator(), problems);
        assertThat(problems).isEmpty();
        return lexicon;
    }

    static Lexicon.Locator locator() {
        return (key, phrase, message) -> new Problem("lexicon/test.properties", 1, 1, message);
    }

    static Map<String, List<String>> split(Map<String, String> lists) {
        Map<String, List<String>> split = new LinkedHashMap<>();
        lists.forEach((key, value) -> split.put(key, splitPhrases(value)));
        return split;
    }

    /** Splits at | outside parentheses, as policy loading does. */
    static List<String> splitPhrases(String value) {
        List<String> phrases = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                phrases.add(value.substring(from, i));
                from = i + 1;
            }
        }
        phrases.add(value.substring(from));
        return phrases;
    }

    static final NoteAnalyzer ANALYZER = new NoteAnalyzer(Map.of("en", compile("en", EN), "de", compile("de", DE)));

    static NoteAnalyzer.Analysis analyze(String note) {
        return ANALYZER.analyze(ReviewRequest.builder(RequestType.MESSAGE).note(note).build());
    }

    static NoteAnalyzer.Analysis analyze(String note, String firstName, String lastName, String title) {
        Recipient.Builder recipient = Recipient.builder();
        if (firstName != null) {
            recipient.firstName(firstName);
        }
        if (lastName != null) {
            recipient.lastName(lastName);
        }
        if (title != null) {
            recipient.title(title);
        }
        return ANALYZER.analyze(ReviewRequest.builder(RequestType.MESSAGE).note(note).recipient(recipient.build()).build());
    }

    static List<String> list(String... values) {
        return Arrays.asList(values);
    }
}
