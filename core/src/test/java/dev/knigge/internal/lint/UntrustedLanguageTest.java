package dev.knigge.internal.lint;

import static dev.knigge.internal.lint.TestPolicy.RULE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the untrusted policy language allows loads from disk and works; what it refuses is a
 * problem at its exact place that says what to write instead; and a trusted policy may still use
 * full DRL.
 */
class UntrustedLanguageTest {
    private static final String ACTIVITY = "Activity( similarSentLast7Days >= $limit )";
    private static final String RAISE = "Findings.raise(kcontext, \"limit\", $limit);";

    @TempDir
    Path dir;

    private List<String> lint(String drl) {
        Path folder = TestPolicy.in(dir).rules(drl).write();
        return Policy.directory(folder).lint().stream().map(Object::toString).toList();
    }

    private String at(String position) {
        return dir.resolve("rules.drl") + ":" + position + ": ";
    }

    @Test
    void everyConstructOfTheLanguageLoadsAndFires() {
        Path clean = TestPolicy.in(dir.resolve("clean"))
                .with("policy.properties", TestPolicy.PROPERTIES + "param.cap.weekly.CONNECTION=9\nparam.cap.weekly.MESSAGE=9\n")
                .rules(RULE.replace("ReviewRequest( type == RequestType.CONNECTION )",
                        "$r : ReviewRequest( type in (RequestType.CONNECTION, RequestType.MESSAGE), $type : type,"
                                + " type not in (RequestType.INMAIL) )\n    Derived( allTopics.size() >= 0, stranger || acquainted )")
                .replace(ACTIVITY, "Activity( similarSentLast7Days >= $limit && (sameNoteRecipients > 0 ||"
                        + " !restricted), $sent : similarSentLast7Days, acceptanceRate == null )\n"
                        + "    not Group( posts != null && posts < -1 * 2 + 1 )\n"
                        + "    exists ( Note( !present ) or Note( length >= 0 ) )\n"
                        + "    $p : Parameters( has(\"limit\"), decimal(\"limit\") / 2 < weeklyCap($type) + 1 )\n"
                        + "    not ( $t : String() from $r.topics and Recipient( interests not contains $t ) )\n"
                        + "    Recipient( $country : country, languages.isEmpty() || \"en\" memberOf languages )\n"
                        + "    Relationship( !(optedOut || degree > 3), !(interactions > 1000 && mutualContacts < 0) )")
                .replace(RAISE, "Findings.raise(kcontext, \"limit\", $p.integer(\"limit\"), \"sent\", $sent,"
                        + " \"country\", $country, \"one\", 1, \"minus\", -0.5, \"none\", null); // it's done")).write();
        assertThat(Policy.directory(clean).lint()).isEmpty();
        Advisor advisor = Advisor.builder().policy(Policy.directory(clean)).build();
        ReviewRequest request = ReviewRequest.builder(RequestType.CONNECTION)
                .activity(dev.knigge.request.Activity.builder().similarSentLast7Days(4).build()).build();
        assertThat(advisor.review(request).findings()).extracting("rule").containsExactly("T-ONE");
    }

    @Test
    void theMetadataKeysIncludeUncheckedWithAPlainValue() {
        assertThat(lint(RULE.replace("@severity(WARNING)", "@unchecked(recipient-profile)"))).isEmpty();
        assertThat(lint(RULE.replace("@severity(WARNING)", "@severity(WARNING)\n    @evidence(containsPitch)")))
                .isEmpty();
    }

    @Test
    void commentsAndStringsMayHoldAnything() {
        assertThat(lint(RULE.replace(RAISE, "Findings.raise(kcontext, \"limit\", \"System.exit(0); don't\");"
                + " // Runtime.getRuntime().exec(\"rm\")\n    /* java.io.File; it's \"quoted\" */"))).isEmpty();
    }

    @Test
    void refusalsNameTheirPlaceAndWhatIsAllowedInstead() {
        assertThat(lint(RULE.replace(ACTIVITY, "Activity( similarSentLast7Days >= $limit, restricted == 1 )")))
                .containsExactly(at("12:61") + "'==' compares a boolean with a number: restricted is true or false,"
                        + " and 1 is a number; write restricted == true or restricted == false");
        assertThat(lint(RULE.replace(ACTIVITY, "Activity( similarSentLast7Days >= $limit, sentLastWeek > 1 )")))
                .containsExactly(at("12:47") + "unknown field 'sentLastWeek' on Activity; its fields: acceptanceRate,"
                        + " inMailCredits, pendingInvitations, restricted, sameNoteRecipients, similarSentLast7Days");
        assertThat(lint(RULE.replace(ACTIVITY, "Activity( similarSentLast7Days >= $max )")))
                .containsExactly(at("12:39") + "unknown variable $max; bind it in an earlier pattern, as in $max : field");
        assertThat(lint(RULE.replace("integer(\"limit\")", "integer(\"lim\" + \"it\")")))
                .containsExactly(at("11:26") + "integer(…) takes the parameter's key as one string literal, as in"
                        + " integer(\"mass.sameNote\")");
        assertThat(lint(RULE.replace("RequestType.CONNECTION", "RequestType.CONECTION")))
                .containsExactly(at("10:40") + "RequestType has no constant CONECTION (did you mean \"CONNECTION\"?);"
                        + " its constants: CONNECTION, MESSAGE, INMAIL, RECOMMENDATION, ENDORSEMENT, INTRODUCTION,"
                        + " GROUP_INVITE, DISCUSSION_INVITE");
    }

    @Test
    void aFieldOfTheRequestIsAFieldOfItsFactTheMomentItExists() {
        assertThat(lint(RULE.replace(ACTIVITY, "Requester( company != null && company != \"ACME\" )"))).isEmpty();
    }

    @Test
    void aPolicyWrittenForTheOldFactsIsToldWhereTheyWent() {
        String old = "package lint.test;\n\nimport dev.knigge.request.RequestType;\nimport dev.knigge.authoring.*;\n\n"
                + RULE.replace("ReviewRequest( type", "Request( type")
                .replace(ACTIVITY, "Relationship( degree > 0 )");
        Path folder = TestPolicy.in(dir).with("rules.drl", old).write();
        assertThat(Policy.directory(folder).lint().stream().map(Object::toString).toList()).containsExactly(
                at("10:5") + "the pattern type 'Request' names nothing; the request is ReviewRequest: import"
                        + " dev.knigge.request.ReviewRequest and write ReviewRequest( … )",
                at("12:5") + "the pattern type 'Relationship' names nothing; Relationship is dev.knigge.request.Relationship:"
                        + " import dev.knigge.request.Relationship");
        assertThat(lint(RULE.replace(ACTIVITY, "Relationship( stranger, degree > 0 )"))).containsExactly(
                at("12:19") + "unknown field 'stranger' on Relationship; stranger is on Derived, as in Derived( stranger )");
        assertThat(lint(RULE.replace(ACTIVITY, "Note( personalized == false )"))).containsExactly(
                at("12:11") + "unknown field 'personalized' on Note; personalized is on Derived, as in"
                        + " Derived( personalized == true )");
        assertThat(lint(RULE.replace(ACTIVITY, "$r : ReviewRequest( recipient.greeting != null )"))).containsExactly(
                at("12:35") + "unknown field 'greeting' on Recipient; greeting is on Derived, as in Derived( greeting )");
    }

    @Test
    void aTrustedPolicyMayStillUseFullDrl() {
        Path folder = TestPolicy.in(dir).rules("global java.util.List seen;\n\n" + RULE.replace(ACTIVITY,
                "Activity( similarSentLast7Days >= $limit, String.valueOf(similarSentLast7Days).length() > 0 )")
                .replace(RAISE, "int twice = $limit * 2; Findings.raise(kcontext, \"limit\", twice);")).write();
        assertThat(Policy.directory(folder).lint()).isNotEmpty();
        assertThat(Policy.directory(folder).trusted().lint()).isEmpty();
        assertThat(Advisor.builder().policy(Policy.directory(folder).trusted()).build().policyId()).isEqualTo("clean");
    }
}
