package dev.knigge.internal.note;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Names shared by the note analyzer, lexicons and rule metadata. */
public final class NoteFacts {
    private NoteFacts() {}

    /** Lexicon keys that are word lists for the analyzer rather than detectors. */
    public static final List<String> WORD_LISTS = List.of("defaultInvitation", "greeting", "signOff", "smallTalk", "honorific",
            "title", "notAName", "notProper", "negation", "negationAfter", "clause", "capitalized", "reader", "stopwords", "letters");

    /** Every key a lexicon may hold. */
    public static final Set<String> LEXICON_KEYS;

    /** Note facts whose spans a rule can name in {@code @evidence}. */
    public static final Set<String> EVIDENCE;

    static {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> evidence = new LinkedHashSet<>();
        for (Detector detector : Detector.values()) {
            keys.add(detector.key());
            evidence.add(detector.fact());
        }
        keys.addAll(WORD_LISTS);
        evidence.addAll(List.of("defaultInvitation", "salutationName", "wrongName", "titleUsed", "asksQuestion",
                "mentionsProfile", "personalized"));
        LEXICON_KEYS = Set.copyOf(keys);
        EVIDENCE = Set.copyOf(evidence);
    }
}
