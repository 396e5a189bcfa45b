package dev.knigge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.advice.Advice;
import dev.knigge.advice.Evidence;
import dev.knigge.advice.Finding;
import dev.knigge.advice.RuleDescription;
import dev.knigge.advice.Severity;
import dev.knigge.authoring.Note;
import dev.knigge.internal.note.Lexicons;
import dev.knigge.internal.note.NoteAnalyzer;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.internal.policy.PolicyResolver;
import dev.knigge.request.ReviewRequest;
import dev.knigge.request.SenderAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The invariants of a review, as properties over requests made of every type, relationship and
 * threshold and notes made of the built-in lexicons' own phrases, for both built-in policies.
 */
class InvariantProperties {
    private static final Map<String, Advisor> POLICIES = Map.of(
            "professional", Advisor.builder().policy(Policy.builtIn("professional")).build(),
            "strict", Advisor.builder().policy(Policy.builtIn("strict")).build());
    private static final Map<String, Advisor> VARIANTS = new ConcurrentHashMap<>();
    private static final NoteAnalyzer ANALYZER;
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(4);

    static {
        ClassLoader loader = InvariantProperties.class.getClassLoader();
        List<dev.knigge.policy.PolicyException.Problem> problems = new ArrayList<>();
        ANALYZER = new NoteAnalyzer(Lexicons.compile(
                new PolicyResolver(loader).resolve(PolicyFolder.builtIn("professional", loader)), problems));
        assertThat(problems).isEmpty();
    }

    @AfterContainer
    static void stopThreads() {
        THREADS.shutdownNow();
    }

    private static Advisor variant(String policy, String key, java.util.function.UnaryOperator<Advisor.Builder> change) {
        return VARIANTS.computeIfAbsent(policy + " " + key, k -> change.apply(POLICIES.get(policy).toBuilder()).build());
    }

    /** Everything a finding says. */
    private static String describe(Finding finding) {
        return finding.rule() + "=" + finding.severity() + " | " + finding.title() + " | " + finding.reason() + " | "
                + finding.suggestion() + " | " + finding.evidence();
    }

    /** Everything an advice says, the trace's firing order included. */
    private static String describe(Advice advice) {
        return advice.id() + " " + advice.verdict() + " " + advice.locale() + " " + advice.unchecked() + " "
                + advice.findings().stream().map(InvariantProperties::describe).toList() + " "
                + advice.trace().stream().map(Advice.Firing::rule).toList();
    }

    @Property(tries = 400)
    void disablingARuleNeverMakesTheVerdictStricterAndTakesOnlyItsFinding(
            @ForAll("requests") ReviewRequest request, @ForAll("policies") String policy, @ForAll("ruleIds") String rule) {
        Advice before = POLICIES.get(policy).review(request, Locale.ENGLISH);
        Advice after = variant(policy, "disable " + rule, b -> b.disable(rule)).review(request, Locale.ENGLISH);
        Statistics.label("the disabled rule had fired").collect(before.finding(rule) != null);
        assertThat(after.verdict()).isLessThanOrEqualTo(before.verdict());
        assertThat(after.findings().stream().map(InvariantProperties::describe).toList())
                .containsExactlyElementsOf(before.findings().stream().filter(f -> !f.rule().equals(rule))
                        .map(InvariantProperties::describe).toList());
    }

    @Property(tries = 400)
    void loweringASeverityNeverMakesTheVerdictStricter(@ForAll("requests") ReviewRequest request,
                                                       @ForAll("policies") String policy, @ForAll("ruleIds") String rule,
                                                       @ForAll Severity severity) {
        RuleDescription info = POLICIES.get(policy).rules(Locale.ENGLISH).stream().filter(r -> r.id().equals(rule))
                .findFirst().orElseThrow();
        Severity lowest = info.severities().iterator().next();
        Severity lowered = severity.compareTo(lowest) <= 0 ? severity : lowest;
        Advice before = POLICIES.get(policy).review(request, Locale.ENGLISH);
        Advice after = variant(policy, "severity " + rule + " " + lowered, b -> b.severity(rule, lowered))
                .review(request, Locale.ENGLISH);
        Statistics.label("the lowered rule had fired").collect(before.finding(rule) != null);
        assertThat(after.verdict()).isLessThanOrEqualTo(before.verdict());
        assertThat(after.findings()).extracting(Finding::rule)
                .containsExactlyInAnyOrderElementsOf(before.findings().stream().map(Finding::rule).toList());
        for (Finding finding : after.findings()) {
            assertThat(finding.severity()).isLessThanOrEqualTo(before.finding(finding.rule()).severity());
        }
    }

    @Property(tries = 500)
    void declaringWhatTheNoteAlreadyShowsChangesNothing(@ForAll("requests") ReviewRequest request,
                                                        @ForAll("policies") String policy,
                                                        @ForAll @IntRange(min = 1, max = 511) int which) {
        ReviewRequest undeclared = request.toBuilder().declared(SenderAnswers.NOTHING).build();
        Note shown = ANALYZER.analyze(undeclared).note();
        Boolean[] facts = {shown.statesPurpose(), shown.statesContext(), shown.containsPitch(), shown.bigAsk(),
            shown.specifics(), shown.givesOut(), shown.offersReciprocity(), shown.saysWhyFits(),
            shown.asksIntermediaryToCheck()};
        for (int i = 0; i < facts.length; i++) {
            if ((which & (1 << i)) == 0) {
                facts[i] = null;
            }
        }
        SenderAnswers declared = SenderAnswers.builder().statesPurpose(facts[0]).statesContext(facts[1]).containsPitch(facts[2])
                .bigAsk(facts[3]).specifics(facts[4]).givesOut(facts[5]).offersReciprocity(facts[6])
                .saysWhyFits(facts[7]).asksIntermediaryToCheck(facts[8]).build();
        Statistics.label("facts declared").collect(java.util.Arrays.stream(facts).filter(f -> f != null).count());
        Advisor advisor = POLICIES.get(policy);
        assertThat(describe(advisor.review(undeclared.toBuilder().declared(declared).build(), Locale.GERMAN)))
                .isEqualTo(describe(advisor.review(undeclared, Locale.GERMAN)));
    }

    @Property(tries = 60)
    void reviewsAreTheSameOnEveryThreadAndEveryAdvisorOfAPolicy(
            @ForAll("batches") List<ReviewRequest> requests, @ForAll("policies") String policy)
            throws Exception {
        Advisor shared = POLICIES.get(policy);
        List<String> once = requests.stream().map(shared::review).map(InvariantProperties::describe).toList();
        List<String> again = requests.stream().map(shared::review).map(InvariantProperties::describe).toList();
        assertThat(again).as("the same Advisor, again").containsExactlyElementsOf(once);

        // Another Advisor of the same policy: its own rule base, sessions and identity hash codes.
        Advisor other = variant(policy, "another", b -> b);
        assertThat(other.reviewAll(requests).stream().map(InvariantProperties::describe).toList())
                .as("another Advisor, reviewing in parallel").containsExactlyElementsOf(once);
        List<Future<List<String>>> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int offset = t;
            threads.add(THREADS.submit(() -> {
                List<String> got = new ArrayList<>(requests.size());
                for (int i = 0; i < requests.size(); i++) {
                    got.add(null);
                }
                for (int k = 0; k < requests.size(); k++) {
                    int i = (k + offset) % requests.size();
                    got.set(i, describe(shared.review(requests.get(i))));
                }
                return got;
            }));
        }
        for (Future<List<String>> thread : threads) {
            assertThat(thread.get(60, TimeUnit.SECONDS)).as("four threads at once").containsExactlyElementsOf(once);
        }
    }

    @Property(tries = 500)
    void everyFindingNamesARuleOfThePolicyAndSpeaksTheRequestedLocale(@ForAll("requests") ReviewRequest request,
                                                                      @ForAll("policies") String policy,
                                                                      @ForAll("locales") Locale locale) {
        Advisor advisor = POLICIES.get(policy);
        Advice advice = advisor.review(request, locale);
        Locale speaks = locale.getLanguage().equals("de") ? Locale.GERMAN : Locale.ENGLISH;
        assertThat(advice.locale()).isEqualTo(speaks);
        Map<String, RuleDescription> rules = advisor.rules(speaks).stream()
                .collect(Collectors.toMap(RuleDescription::id, info -> info));
        Statistics.label("findings").collect(advice.findings().size());
        for (Finding finding : advice.findings()) {
            RuleDescription rule = rules.get(finding.rule());
            assertThat(rule).as("%s is a rule of %s", finding.rule(), policy).isNotNull();
            assertThat(rule.enabled()).isTrue();
            assertThat(rule.severities()).contains(finding.severity());
            assertThat(finding.title()).isEqualTo(rule.title()).isNotEqualTo(finding.rule());
            for (String text : List.of(finding.title(), finding.reason(), finding.suggestion())) {
                assertThat(text).as("%s in %s", finding.rule(), speaks).isNotBlank()
                        .doesNotContain("{").doesNotContain("}").doesNotContain(" has no ");
            }
            for (Evidence evidence : finding.evidence()) {
                assertThat(request.note()).isNotNull();
                assertThat(evidence.start()).isBetween(0, evidence.end());
                assertThat(evidence.end()).isLessThanOrEqualTo(request.note().length());
                assertThat(evidence.text()).isEqualTo(request.note().substring(evidence.start(), evidence.end()));
            }
        }
        if (speaks.equals(Locale.GERMAN) && !advice.findings().isEmpty()) {
            Advice english = advisor.review(request, Locale.ENGLISH);
            assertThat(advice.findings().stream().map(Finding::title).toList())
                    .as("German titles are not the English ones")
                    .isNotEqualTo(english.findings().stream().map(Finding::title).toList());
        }
    }

    @Provide
    Arbitrary<ReviewRequest> requests() {
        return RequestArbitraries.requests();
    }

    @Provide
    Arbitrary<List<ReviewRequest>> batches() {
        return RequestArbitraries.requests().list().ofMinSize(8).ofMaxSize(16);
    }

    @Provide
    Arbitrary<String> policies() {
        return Arbitraries.of("professional", "strict");
    }

    @Provide
    Arbitrary<String> ruleIds() {
        return Arbitraries.of(POLICIES.get("professional").rules(Locale.ENGLISH).stream().map(RuleDescription::id).toList());
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("de-AT"), Locale.UK,
                Locale.forLanguageTag("de-CH"));
    }
}
