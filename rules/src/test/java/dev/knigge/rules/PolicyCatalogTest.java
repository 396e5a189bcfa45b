package dev.knigge.rules;

import static dev.knigge.advice.Severity.ADVICE;
import static dev.knigge.advice.Severity.BLOCKER;
import static dev.knigge.advice.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.RuleDescription;
import dev.knigge.advice.Severity;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The professional policy holds exactly the 39 norms of docs/norms.md#index, with their severities and titles. */
class PolicyCatalogTest {

    /**
     * The norms, cross-cutting ones first: each id with every severity its tiers can raise, as calibrated against
     * published judgement (docs/quality.md).
     */
    static final Map<String, Set<Severity>> NORMS = new LinkedHashMap<>();

    static {
        NORMS.put("GEN-NO-BASIS", EnumSet.of(BLOCKER));
        NORMS.put("GEN-MASS-TEMPLATE", EnumSet.of(WARNING, BLOCKER));
        NORMS.put("GEN-VOLUME", EnumSet.of(WARNING, BLOCKER));
        NORMS.put("GEN-NO-PURPOSE", EnumSet.of(ADVICE, WARNING));
        NORMS.put("GEN-NO-CONTEXT", EnumSet.of(ADVICE, WARNING));
        NORMS.put("GEN-PROFILE-MISMATCH", EnumSet.of(WARNING));
        NORMS.put("GEN-LANGUAGE", EnumSet.of(WARNING));
        NORMS.put("GEN-LENGTH", EnumSet.of(ADVICE, WARNING));
        NORMS.put("GEN-SALUTATION", EnumSet.of(ADVICE, WARNING));
        NORMS.put("GEN-FOLLOWUP-PACE", EnumSet.of(ADVICE, WARNING, BLOCKER));
        NORMS.put("GEN-OPTED-OUT", EnumSet.of(BLOCKER));
        NORMS.put("GEN-PERSONAL-ADVANCE", EnumSet.of(WARNING, BLOCKER));
        NORMS.put("GEN-ASK-TOO-SOON", EnumSet.of(WARNING));
        NORMS.put("GEN-BIG-ASK", EnumSet.of(ADVICE, WARNING, BLOCKER));
        NORMS.put("GEN-COLD-PITCH", EnumSet.of(ADVICE, WARNING, BLOCKER));
        NORMS.put("GEN-REQUESTER-PROFILE", EnumSet.of(ADVICE));
        NORMS.put("PLAT-NOT-ELIGIBLE", EnumSet.of(BLOCKER));
        NORMS.put("DE-DU-STRANGER", EnumSet.of(ADVICE, WARNING));
        NORMS.put("DE-TITLE", EnumSet.of(ADVICE));
        NORMS.put("CON-NO-NOTE", EnumSet.of(ADVICE, WARNING));
        NORMS.put("CON-DEFAULT-TEMPLATE", EnumSet.of(ADVICE, WARNING));
        NORMS.put("CON-ACCOUNT-HEALTH", EnumSet.of(WARNING, BLOCKER));
        NORMS.put("CON-WEAK-TIE", EnumSet.of(ADVICE));
        NORMS.put("REC-STRANGER", EnumSet.of(BLOCKER));
        NORMS.put("REC-NO-WORK-OBSERVED", EnumSet.of(WARNING));
        NORMS.put("REC-GENERIC", EnumSet.of(ADVICE, WARNING));
        NORMS.put("REC-BLANKET", EnumSet.of(WARNING));
        NORMS.put("REC-NO-OUT", EnumSet.of(ADVICE));
        NORMS.put("REC-NO-RECIPROCITY", EnumSet.of(ADVICE));
        NORMS.put("END-SKILL-NOT-OBSERVED", EnumSet.of(WARNING, BLOCKER));
        NORMS.put("GRP-TOPIC-MISMATCH", EnumSet.of(BLOCKER));
        NORMS.put("GRP-NO-REASON", EnumSet.of(WARNING));
        NORMS.put("GRP-REPEAT", EnumSet.of(BLOCKER));
        NORMS.put("GRP-EMPTY-GROUP", EnumSet.of(ADVICE, WARNING));
        NORMS.put("DISC-MASS-TAG", EnumSet.of(WARNING));
        NORMS.put("INT-WEAK-INTERMEDIARY", EnumSet.of(WARNING, BLOCKER));
        NORMS.put("INT-NO-CONTEXT", EnumSet.of(WARNING));
        NORMS.put("INT-NO-OPTIN", EnumSet.of(ADVICE));
        NORMS.put("MSG-RECRUITER-GENERIC", EnumSet.of(WARNING));
    }

    @Test
    void holdsTheThirtyNineNormsWithTheirSeverities() {
        assertThat(NORMS).hasSize(39);
        Map<String, Set<Severity>> listed = new TreeMap<>();
        for (RuleDescription rule : Reviews.PROFESSIONAL.rules(Locale.ENGLISH)) {
            listed.put(rule.id(), EnumSet.copyOf(rule.severities()));
        }
        assertThat(listed).isEqualTo(new TreeMap<>(NORMS));
    }

    @Test
    void everyRuleIsEnabled() {
        assertThat(Reviews.PROFESSIONAL.rules(Locale.ENGLISH)).allMatch(RuleDescription::enabled);
    }

    @Test
    void everyRuleHasATitleInEnglishAndInGerman() {
        List<RuleDescription> english = Reviews.PROFESSIONAL.rules(Locale.ENGLISH);
        List<RuleDescription> german = Reviews.PROFESSIONAL.rules(Locale.GERMAN);
        assertThat(german).extracting(RuleDescription::id).isEqualTo(english.stream().map(RuleDescription::id).toList());
        for (int i = 0; i < english.size(); i++) {
            RuleDescription en = english.get(i);
            RuleDescription de = german.get(i);
            assertThat(en.title()).as("English title of %s", en.id()).isNotBlank().isNotEqualTo(en.id());
            assertThat(de.title()).as("German title of %s", de.id()).isNotBlank().isNotEqualTo(de.id())
                    .isNotEqualTo(en.title());
        }
    }

    @Test
    void titlesReadAsExpected() {
        assertThat(title(Locale.ENGLISH, "REC-STRANGER")).isEqualTo("Recommendation from a stranger");
        assertThat(title(Locale.GERMAN, "REC-STRANGER")).isEqualTo("Empfehlung von Unbekannten");
        assertThat(title(Locale.GERMAN, "GRP-TOPIC-MISMATCH")).isEqualTo("Thema passt nicht zum Profil");
    }

    @Test
    void thePolicySpeaksEnglishAndGerman() {
        assertThat(Reviews.PROFESSIONAL.locales()).extracting(Locale::getLanguage).containsExactly("en", "de");
    }

    private static String title(Locale locale, String id) {
        return Reviews.PROFESSIONAL.rules(locale).stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow().title();
    }
}
