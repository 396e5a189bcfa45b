package dev.knigge.rules;

import static dev.knigge.rules.Fixtures.acquaintance;
import static dev.knigge.rules.Fixtures.anna;
import static dev.knigge.rules.Fixtures.declared;
import static dev.knigge.rules.Fixtures.englishText;
import static dev.knigge.rules.Fixtures.priya;
import static dev.knigge.rules.Fixtures.requester;
import static dev.knigge.rules.Fixtures.strangers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.advice.Advice;
import dev.knigge.advice.RuleDescription;
import dev.knigge.advice.Severity;
import dev.knigge.request.Activity;
import dev.knigge.request.Group;
import dev.knigge.request.Platform;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code strict} is {@code professional} with overrides only: the same rules and messages, other
 * parameters and severities. So professional with strict's overrides applied through the builder
 * must review every request exactly as strict does.
 */
class StrictPolicyTest {
    static final Advisor STRICT = Advisor.builder().policy(Policy.builtIn("strict")).build();
    static final Properties STRICT_PROPERTIES = PolicySources.properties(PolicySources.STRICT.resolve("policy.properties"));
    static final Advisor PROFESSIONAL_WITH_STRICT_OVERRIDES = overridden();

    static Advisor overridden() {
        Advisor.Builder builder = Advisor.builder().policy(Policy.builtIn("professional"));
        for (String key : STRICT_PROPERTIES.stringPropertyNames()) {
            String value = STRICT_PROPERTIES.getProperty(key).strip();
            if (key.startsWith("param.")) {
                builder.parameter(key.substring("param.".length()), Double.valueOf(value));
            } else if (key.startsWith("severity.")) {
                builder.severity(key.substring("severity.".length()), Severity.valueOf(value));
            }
        }
        return builder.build();
    }

    @Test
    void strictHoldsOverridesOnly() {
        assertThat(PolicySources.listed(PolicySources.STRICT.resolve("index"))).containsExactly("policy.properties");
        assertThat(STRICT_PROPERTIES.getProperty("extends")).isEqualTo("professional");
        Set<String> settings = STRICT_PROPERTIES.stringPropertyNames().stream()
                .filter(k -> !Set.of("id", "version", "description", "extends", "locales").contains(k))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(settings).allMatch(k -> k.startsWith("param.") || k.startsWith("severity."));
    }

    @Test
    void strictOverridesOnlyParametersProfessionalDefines() {
        Properties professional = PolicySources.properties(PolicySources.PROFESSIONAL.resolve("policy.properties"));
        for (String key : STRICT_PROPERTIES.stringPropertyNames()) {
            if (key.startsWith("param.")) {
                assertThat(professional.getProperty(key)).as("professional's %s", key).isNotNull();
            }
        }
    }

    @Test
    void strictMakesPitchesAndAskingTooSoonBlockers() {
        assertThat(severities(STRICT, "GEN-COLD-PITCH")).containsExactly(Severity.BLOCKER);
        assertThat(severities(STRICT, "GEN-ASK-TOO-SOON")).containsExactly(Severity.BLOCKER);
    }

    @Test
    void strictListsTheSameRulesAsProfessionalWithItsOverrides() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            assertThat(STRICT.rules(locale)).isEqualTo(PROFESSIONAL_WITH_STRICT_OVERRIDES.rules(locale));
        }
    }

    @Test
    void strictListingDiffersFromProfessionalOnlyInTheOverriddenSeverities() {
        Set<String> differing = new TreeSet<>();
        List<RuleDescription> strict = STRICT.rules(Locale.ENGLISH);
        List<RuleDescription> professional = Reviews.PROFESSIONAL.rules(Locale.ENGLISH);
        assertThat(strict).extracting(RuleDescription::id).isEqualTo(professional.stream().map(RuleDescription::id).toList());
        for (int i = 0; i < strict.size(); i++) {
            if (!strict.get(i).equals(professional.get(i))) {
                differing.add(strict.get(i).id());
            }
        }
        assertThat(differing).containsExactly("GEN-ASK-TOO-SOON", "GEN-COLD-PITCH");
    }

    @Test
    void strictReviewsEveryRequestAsProfessionalWithItsOverrides() {
        for (ReviewRequest request : corpus()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                Advice strict = STRICT.review(request, locale);
                Advice expected = PROFESSIONAL_WITH_STRICT_OVERRIDES.review(request, locale);
                assertThat(strict.verdict()).as("verdict for %s", request).isEqualTo(expected.verdict());
                assertThat(strict.findings()).as("findings for %s", request).isEqualTo(expected.findings());
            }
        }
    }

    @Test
    void strictIsStricterThanProfessionalWhereItsOverridesBite() {
        int differing = 0;
        for (ReviewRequest request : corpus()) {
            Advice strict = STRICT.review(request, Locale.ENGLISH);
            Advice professional = Reviews.review(request);
            assertThat(strict.verdict().compareTo(professional.verdict())).as("verdict for %s", request)
                    .isGreaterThanOrEqualTo(0);
            if (!strict.findings().equals(professional.findings())) {
                differing++;
            }
        }
        assertThat(differing).as("requests reviewed differently").isGreaterThanOrEqualTo(10);
    }

    @Test
    void fiftyConnectionRequestsAWeekAreTheCapInStrictButFineInProfessional() {
        ReviewRequest fifty = connection(Activity.builder().similarSentLast7Days(50));
        assertThat(STRICT.review(fifty).finding("GEN-VOLUME").severity()).isEqualTo(Severity.BLOCKER);
        assertThat(Reviews.review(fifty).finding("GEN-VOLUME")).isNull();
    }

    private static Set<Severity> severities(Advisor advisor, String id) {
        return advisor.rules(Locale.ENGLISH).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow()
                .severities();
    }

    static ReviewRequest connection(Activity.Builder activity) {
        return ReviewRequest.builder(RequestType.CONNECTION).platform(Platform.LINKEDIN).language("en")
                .note("Hi Priya, we met at the UX meetup in Berlin. I'd like to stay in touch.")
                .requester(requester().build()).recipient(priya().build())
                .relationship(acquaintance().degree(2).build()).activity(activity.build()).build();
    }

    /** Requests around every threshold strict moves, and some it doesn't. */
    static List<ReviewRequest> corpus() {
        List<ReviewRequest> corpus = new ArrayList<>(List.of(Examples.recommendationFromAStranger(),
                Examples.groupInviteOffTopic(), Examples.connectionFormerColleague(), Examples.campaignFirstRequest()));
        for (int sent : new int[] {25, 35, 50, 70, 100}) {
            corpus.add(connection(Activity.builder().similarSentLast7Days(sent)));
            corpus.add(GroupRulesTest.usabilityGroup().activity(Activity.builder().similarSentLast7Days(sent).build())
                    .build());
        }
        for (int recipients : new int[] {5, 10}) {
            corpus.add(connection(Activity.builder().sameNoteRecipients(recipients)).toBuilder()
                    .note("Hi, let's connect!").build());
        }
        for (int sent : new int[] {3, 5}) {
            corpus.add(RecommendationRulesTest.goodRequest().activity(Activity.builder().similarSentLast7Days(sent)
                    .build()).build());
        }
        for (int sent : new int[] {5, 10}) {
            corpus.add(GroupRulesTest.usabilityGroup().type(RequestType.DISCUSSION_INVITE).group(null)
                    .topics("usability").activity(Activity.builder().similarSentLast7Days(sent).build()).build());
        }
        corpus.add(connection(Activity.builder().pendingInvitations(300)));
        corpus.add(connection(Activity.builder().pendingInvitations(500)));
        corpus.add(connection(Activity.builder().acceptanceRate(0.35)));
        corpus.add(ReviewRequest.builder(RequestType.MESSAGE).language("en").note(englishText(700))
                .recipient(priya().build()).relationship(acquaintance().build()).build());
        for (int days : new int[] {3, 8}) {
            corpus.add(ReviewRequest.builder(RequestType.MESSAGE).language("en").note("Hi Priya, any news?")
                    .recipient(priya().build())
                    .relationship(acquaintance().unansweredSameType(1).daysSinceLastSameType(days).build()).build());
        }
        for (int days : new int[] {10, 20}) {
            corpus.add(RecommendationRulesTest.goodRequest().relationship(Relationship.builder().degree(1)
                    .workedTogether(true).connectedDays(days).build()).build());
        }
        for (int invites : new int[] {10, 20}) {
            corpus.add(GroupRulesTest.usabilityGroup().group(Group.builder().topics("usability").posts(2).build())
                    .activity(Activity.builder().similarSentLast7Days(invites).build()).build());
        }
        corpus.add(ReviewRequest.builder(RequestType.MESSAGE).platform(Platform.LINKEDIN).language("en")
                .note("Hi Anna, our route planner cuts empty runs by a fifth. Want to see it?").topics("supply-chain")
                .requester(requester().build()).recipient(anna().build())
                .relationship(strangers().degree(1).mutualContacts(4).build())
                .declared(declared().containsPitch(true).build()).build());
        corpus.add(IntroductionRulesTest.introduction().build());
        corpus.add(EndorsementRulesTest.endorse(Relationship.builder().degree(1).knowEachOther(true)).build());
        return corpus;
    }
}
