package dev.knigge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.authoring.WhyNot;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Advisor.whyNot}: each DRL rule of an id, condition by condition, evaluated by the engine on
 * the review's facts, for an untrusted policy from disk (the probes pass its checks) and a trusted one.
 */
class WhyNotTest {
    private static final String DRL = """
            package whynot;

            import dev.knigge.authoring.*;
            import dev.knigge.request.Group;
            import dev.knigge.request.Relationship;
            import dev.knigge.request.RequestType;
            import dev.knigge.request.ReviewRequest;

            rule "T-REC a stranger with few mutual contacts"
                @id(T-REC)
                @severity(BLOCKER)
            when
                ReviewRequest( type == RequestType.RECOMMENDATION )
                Relationship( !knowEachOther, mutualContacts < 3 )
            then
                Findings.raise(kcontext);
            end

            rule "T-REC an acquaintance out of touch"
                @id(T-REC)
                @severity(WARNING)
            when
                ReviewRequest( type == RequestType.RECOMMENDATION )
                Parameters( $stale : integer("stale.months") )
                Relationship( knowEachOther, lastContactMonths != null && lastContactMonths >= $stale )
            then
                Findings.raise(kcontext);
            end

            rule "T-GROUP a small group"
                @id(T-GROUP)
                @severity(ADVICE)
            when
                Group( posts < 10 )
            then
                Findings.raise(kcontext);
            end

            rule "T-NO-GROUP a recommendation outside any small group"
                @id(T-NO-GROUP)
                @severity(ADVICE)
            when
                ReviewRequest( type == RequestType.RECOMMENDATION )
                not Group( posts < 10 )
            then
                Findings.raise(kcontext);
            end

            rule "T-OFF switched off"
                @id(T-OFF)
                @severity(ADVICE)
            when
                ReviewRequest()
            then
                Findings.raise(kcontext);
            end
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void policy() throws IOException {
        Files.writeString(dir.resolve("policy.properties"),
                "id=whynot\nversion=2\nlocales=en\nparam.stale.months=12\ndisabled=T-OFF\n");
        Files.writeString(dir.resolve("rules.drl"), DRL);
        StringBuilder messages = new StringBuilder();
        for (String id : List.of("T-REC", "T-GROUP", "T-NO-GROUP", "T-OFF")) {
            messages.append(id).append(".title=T\n").append(id).append(".reason=R\n").append(id).append(".suggestion=S\n");
        }
        Files.writeString(dir.resolve("messages_en.properties"), messages);
    }

    private static ReviewRequest recommendation(boolean know, int mutual, Integer lastContact) {
        return ReviewRequest.builder(RequestType.RECOMMENDATION)
                .relationship(Relationship.builder().knowEachOther(know).mutualContacts(mutual)
                        .lastContactMonths(lastContact).build())
                .build();
    }

    @Test
    void marksTheFirstConstraintThatFailedWithTheValueItRead() {
        Advisor advisor = Advisor.builder().policy(Policy.directory(dir)).build();

        WhyNot why = advisor.whyNot(recommendation(false, 7, null), "T-REC");

        assertThat(why.fired()).isFalse();
        assertThat(why.policy()).isEqualTo("whynot");
        assertThat(why.rules()).hasSize(2);
        WhyNot.Rule stranger = why.rules().get(0);
        assertThat(stranger.name()).isEqualTo("T-REC a stranger with few mutual contacts");
        assertThat(stranger.file()).isEqualTo(dir.resolve("rules.drl").toString());
        assertThat(stranger.line()).isEqualTo(9);
        assertThat(stranger.matched()).isFalse();
        WhyNot.Condition type = stranger.conditions().get(0);
        assertThat(type.text()).isEqualTo("ReviewRequest( type == RequestType.RECOMMENDATION )");
        assertThat(type.held()).isTrue();
        assertThat(type.constraints().get(0).values()).containsExactly("type = RECOMMENDATION");
        WhyNot.Condition relationship = stranger.conditions().get(1);
        assertThat(relationship.line()).isEqualTo(14);
        assertThat(relationship.column()).isEqualTo(5);
        assertThat(relationship.held()).isFalse();
        assertThat(relationship.firstFailed()).isFalse();
        WhyNot.Condition knows = relationship.constraints().get(0);
        assertThat(knows.text()).isEqualTo("!knowEachOther");
        assertThat(knows.held()).isTrue();
        assertThat(knows.values()).containsExactly("knowEachOther = false");
        WhyNot.Condition mutual = relationship.constraints().get(1);
        assertThat(mutual.text()).isEqualTo("mutualContacts < 3");
        assertThat(mutual.column()).isEqualTo(35);
        assertThat(mutual.held()).isFalse();
        assertThat(mutual.firstFailed()).isTrue();
        assertThat(mutual.values()).containsExactly("mutualContacts = 7");
        assertThat(stranger.firstFailed()).isSameAs(mutual);
    }

    @Test
    void showsTheBindingsAConstraintUsesAndEachConstraintOnItsOwn() {
        Advisor advisor = Advisor.builder().policy(Policy.directory(dir)).build();

        WhyNot.Rule stale = advisor.whyNot(recommendation(false, 1, 20), "T-REC").rules().get(1);

        WhyNot.Condition relationship = stale.conditions().get(2);
        WhyNot.Condition knows = relationship.constraints().get(0);
        WhyNot.Condition months = relationship.constraints().get(1);
        assertThat(knows.firstFailed()).isTrue();
        assertThat(knows.held()).isFalse();
        // Later constraints are still evaluated on their own, with the bindings they need.
        assertThat(months.held()).isTrue();
        assertThat(months.firstFailed()).isFalse();
        assertThat(months.values()).containsExactly("lastContactMonths = 20", "$stale = 12");
        assertThat(stale.conditions().get(1).constraints().get(0).values()).containsExactly("$stale = 12");
    }

    @Test
    void aRuleWhoseConditionsAllHoldIsMatched() {
        Advisor advisor = Advisor.builder().policy(Policy.directory(dir)).build();
        ReviewRequest request = recommendation(false, 1, null);

        WhyNot why = advisor.whyNot(request, "T-REC");

        assertThat(why.fired()).isTrue();
        assertThat(why.rules().get(0).matched()).isTrue();
        assertThat(why.rules().get(0).firstFailed()).isNull();
        assertThat(why.rules().get(1).matched()).isFalse();
        assertThat(advisor.review(request).finding("T-REC")).isNotNull();
    }

    @Test
    void aPatternWithoutItsFactSaysTheFactIsAbsent() {
        Advisor advisor = Advisor.builder().policy(Policy.directory(dir).trusted()).build();

        WhyNot.Rule group = advisor.whyNot(recommendation(true, 1, null), "T-GROUP").rules().get(0);

        WhyNot.Condition pattern = group.conditions().get(0);
        assertThat(pattern.firstFailed()).isTrue();
        assertThat(pattern.held()).isFalse();
        assertThat(pattern.values()).containsExactly("no Group fact in this review");
        assertThat(pattern.constraints().get(0).held()).isFalse();
        assertThat(pattern.constraints().get(0).firstFailed()).isFalse();
    }

    @Test
    void anotherConditionElementIsEvaluatedWhole() {
        Advisor advisor = Advisor.builder().policy(Policy.directory(dir)).build();

        WhyNot.Rule noGroup = advisor.whyNot(recommendation(true, 1, null), "T-NO-GROUP").rules().get(0);
        WhyNot.Rule connection = advisor.whyNot(ReviewRequest.builder(RequestType.CONNECTION).build(), "T-NO-GROUP")
                .rules().get(0);

        assertThat(noGroup.matched()).isTrue();
        WhyNot.Condition not = noGroup.conditions().get(1);
        assertThat(not.text()).isEqualTo("not Group( posts < 10 )");
        assertThat(not.held()).isTrue();
        assertThat(not.constraints()).isEmpty();
        assertThat(connection.matched()).isFalse();
        assertThat(connection.firstFailed().text()).isEqualTo("type == RequestType.RECOMMENDATION");
        assertThat(connection.firstFailed().values()).containsExactly("type = CONNECTION");
        assertThat(connection.conditions().get(1).held()).isTrue();
    }

    @Test
    void aDisabledRuleIsSaidToBe() {
        Advisor advisor = Advisor.builder().policy(Policy.directory(dir)).build();

        WhyNot.Rule off = advisor.whyNot(recommendation(true, 1, null), "T-OFF").rules().get(0);

        assertThat(off.enabled()).isFalse();
        assertThat(off.matched()).isTrue();
        assertThat(advisor.review(recommendation(true, 1, null)).finding("T-OFF")).isNull();
    }

    @Test
    void explainsTheRulesTheAdvisorRunsNotAnEditSinceOnDisk() throws IOException {
        Advisor advisor = Advisor.builder().policy(Policy.directory(dir)).build();
        Files.writeString(dir.resolve("rules.drl"), DRL.replace("mutualContacts < 3", "mutualContacts < 30"));

        WhyNot.Condition mutual = advisor.whyNot(recommendation(false, 7, null), "T-REC").rules().get(0)
                .conditions().get(1).constraints().get(1);

        assertThat(mutual.text()).isEqualTo("mutualContacts < 3");
        assertThat(mutual.held()).isFalse();
    }

    @Test
    void anUnknownIdNamesTheClosestOne() {
        Advisor advisor = Advisor.builder().policy(Policy.directory(dir)).build();

        assertThatThrownBy(() -> advisor.whyNot(recommendation(true, 1, null), "T-RECC"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("policy whynot has no rule T-RECC")
                .hasMessageContaining("\"T-REC\"");
    }
}
