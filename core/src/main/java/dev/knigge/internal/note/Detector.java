package dev.knigge.internal.note;

/**
 * The note facts that phrase lists detect: each one's lexicon key and the {@code Note} fact it
 * sets (also the name rules use in {@code @evidence}).
 */
public enum Detector {
    PURPOSE("purpose", "statesPurpose"),
    CONTEXT("context", "statesContext"),
    PITCH("pitch", "containsPitch"),
    BIG_ASK("bigAsk", "bigAsk"),
    JOB_ASK("jobAsk", "asksForJob"),
    SPECIFICS("specifics", "specifics"),
    GIVES_OUT("givesOut", "givesOut"),
    RECIPROCITY("reciprocity", "offersReciprocity"),
    FITS("fits", "saysWhyFits"),
    OPT_IN("optIn", "asksIntermediaryToCheck"),
    SELF_INTRO("selfIntro", "introducesSelf"),
    PRESSURE("pressure", "pressure"),
    DEFAULT_RECOMMENDATION("defaultRecommendation", "defaultRecommendationRequest"),
    DU("du", "usesDu"),
    ADVANCE("advance", "personalAdvance");

    private static final Detector[] ALL = values();

    private final String key;
    private final String fact;

    Detector(String key, String fact) {
        this.key = key;
        this.fact = fact;
    }

    /** Its key in a lexicon file. */
    public String key() {
        return key;
    }

    /** The {@code Note} fact it sets. */
    public String fact() {
        return fact;
    }

    static Detector byIndex(int index) {
        return ALL[index];
    }

    /** The detector for a lexicon key, or {@code null}. */
    public static Detector byKey(String key) {
        for (Detector detector : ALL) {
            if (detector.key.equals(key)) {
                return detector;
            }
        }
        return null;
    }
}
