package dev.knigge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.advice.Advice;
import dev.knigge.advice.Evidence;
import dev.knigge.advice.Finding;
import dev.knigge.advice.Severity;
import dev.knigge.request.ReviewRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reviews requests with the built-in {@code professional} policy and asserts what fired. Every
 * firing case also checks that the finding renders in English and German with every
 * placeholder filled.
 */
final class Reviews {
    static final Advisor PROFESSIONAL = Advisor.builder().policy(Policy.builtIn("professional")).build();
    /** The professional policy with one rule switched off, by rule id, built as tests ask for them. */
    private static final Map<String, Advisor> WITHOUT = new ConcurrentHashMap<>();

    private Reviews() {}

    static Advice review(ReviewRequest request) {
        return PROFESSIONAL.review(request, Locale.ENGLISH);
    }

    /** Asserts that the rule fires with this severity, and that its texts render fully in both locales. */
    static Finding assertFires(ReviewRequest request, String rule, Severity severity) {
        Advice advice = review(request);
        Finding finding = advice.finding(rule);
        assertThat(finding).as("%s should fire; fired: %s", rule, fired(advice)).isNotNull();
        assertThat(finding.severity()).as("severity of %s", rule).isEqualTo(severity);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            Finding rendered = PROFESSIONAL.review(request, locale).finding(rule);
            for (String text : List.of(rendered.title(), rendered.reason(), rendered.suggestion())) {
                assertThat(text).as("%s text in %s", rule, locale)
                        .isNotBlank()
                        .doesNotContain("{")
                        .doesNotContain("}")
                        .doesNotContain(" has no ");
            }
        }
        return finding;
    }

    /** Asserts that the rule does not fire. */
    static void assertSilent(ReviewRequest request, String rule) {
        Advice advice = review(request);
        assertThat(advice.finding(rule)).as("%s should stay silent; fired: %s", rule, fired(advice)).isNull();
    }

    /**
     * Asserts that the review reports {@code what} under {@code unchecked} because of this rule: the
     * report goes when the rule is switched off.
     */
    static void assertUnchecked(ReviewRequest request, String rule, String what) {
        Advice advice = review(request);
        assertThat(advice.unchecked()).as("unchecked, with %s", rule).contains(what);
        Advice without = WITHOUT.computeIfAbsent(rule, id -> Advisor.builder().policy(Policy.builtIn("professional"))
                .disable(id).build()).review(request, Locale.ENGLISH);
        assertThat(without.unchecked()).as("unchecked, with %s disabled", rule).doesNotContain(what);
    }

    /** Asserts that the review reports nothing under {@code unchecked}. */
    static void assertAllChecked(ReviewRequest request) {
        assertThat(review(request).unchecked()).as("unchecked").isEmpty();
    }

    /** The text of each evidence span of the rule's finding. */
    static List<String> evidence(ReviewRequest request, String rule) {
        Finding finding = review(request).finding(rule);
        assertThat(finding).as("%s should fire", rule).isNotNull();
        return finding.evidence().stream().map(Evidence::text).collect(Collectors.toList());
    }

    static String fired(Advice advice) {
        return advice.findings().stream().map(f -> f.rule() + "=" + f.severity()).collect(Collectors.joining(", "));
    }
}
