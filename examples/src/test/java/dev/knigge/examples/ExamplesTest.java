package dev.knigge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.Advice;
import dev.knigge.advice.Finding;
import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/** Every example runs in the build, so none can rot. */
class ExamplesTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void reviewOneRequestStopsTheStrangersRecommendationRequest() {
        Advice advice = ReviewOneRequest.run(out);
        assertThat(advice.verdict()).isEqualTo(Verdict.DO_NOT_SEND);
        assertThat(advice.findings().get(0).rule()).isEqualTo("REC-STRANGER");
        assertThat(printed()).startsWith("DO_NOT_SEND" + System.lineSeparator()
                + "BLOCKER REC-STRANGER: Empfehlung von Unbekannten");
    }

    @Test
    void reviewABatchKeepsTheCampaignsOrderAndStopsEveryRequest() throws Exception {
        List<Advice> all = ReviewABatch.run(Path.of("requests/campaign.ndjson"), out);
        assertThat(all).hasSize(12);
        assertThat(all).extracting(Advice::id).containsExactly("c01", "c02", "c03", "c04", "c05", "c06", "c07",
                "c08", "c09", "c10", "c11", "c12");
        assertThat(all).allSatisfy(advice -> assertThat(advice.verdict()).isEqualTo(Verdict.DO_NOT_SEND));
        assertThat(printed().lines()).hasSize(12).allSatisfy(line -> assertThat(line).contains(" DO_NOT_SEND ["));
    }

    @Test
    void advisorWithOverridesChangesCapSeverityAndCountsHits() {
        Map<String, LongAdder> hits = AdvisorWithOverrides.run(out);
        assertThat(hits.keySet()).containsExactlyInAnyOrder("GEN-VOLUME", "GEN-LANGUAGE");
        List<String> lines = printed().lines().toList();
        assertThat(lines.get(0)).startsWith("professional: REVISE").contains("GEN-VOLUME/WARNING", "GEN-LANGUAGE/WARNING");
        assertThat(lines.get(1)).startsWith("tuned:        DO_NOT_SEND").contains("GEN-VOLUME/BLOCKER", "GEN-LANGUAGE/ADVICE");
    }

    @Test
    void companyPolicyLayersOnProfessional() {
        Advice advice = CompanyPolicy.run(Path.of("acme-policy"), out);
        assertThat(advice.policy()).isEqualTo("acme");
        Finding reserve = advice.finding("ACME-INMAIL-RESERVE");
        assertThat(reserve).isNotNull();
        assertThat(reserve.severity()).isEqualTo(Severity.WARNING);
        assertThat(reserve.reason()).isEqualTo(
                "Only 6 InMail credits are left, and ACME keeps 10 in reserve for priority roles.");
        assertThat(printed()).startsWith("acme 1.2.0: 40 rules")
                .contains("ACME-INMAIL-RESERVE [WARNING] InMail-Reserve")
                .contains("GEN-REQUESTER-PROFILE [ADVICE] Ihr Profil wirkt leer (aus)");
    }

    @Test
    void theExampleRequestsGetTheVerdictsTheFoundingPostAsksFor() throws Exception {
        assertThat(ExampleRequests.review("requests/recommendation-from-a-stranger.json").finding("REC-STRANGER"))
                .isNotNull();
        Advice offTopic = ExampleRequests.review("requests/group-invite-off-topic.json");
        assertThat(offTopic.verdict()).isEqualTo(Verdict.DO_NOT_SEND);
        assertThat(offTopic.finding("GRP-TOPIC-MISMATCH")).isNotNull();
        Advice colleague = ExampleRequests.review("requests/connection-former-colleague.json");
        assertThat(colleague.verdict()).isEqualTo(Verdict.SEND);
        assertThat(colleague.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ADVICE));
    }
}
