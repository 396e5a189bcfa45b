package dev.knigge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.audit.Campaign;
import dev.knigge.audit.CampaignReport;
import dev.knigge.json.AdviceJson;
import dev.knigge.json.CampaignJson;
import dev.knigge.json.RequestJson;
import dev.knigge.testing.JsonTree;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BatchEndpointTest {
    static Advisor advisor;
    static KniggeServer server;
    static Client client;

    @BeforeAll
    static void start() {
        advisor = Advisor.builder().build();
        server = KniggeServer.builder().advisor(advisor).port(0).start();
        client = new Client(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void answersEveryLineInInputOrderWithBadLinesAsErrorsAndTheRestReviewed() {
        List<String> requests = List.of(
                oneLine(Examples.foundingPost()),
                "{\"type\":\"CONNECTION\",\"relationship\":{\"degree\":4}}",
                oneLine(Examples.read("connection-former-colleague.json")),
                "",
                "not json",
                oneLine(Examples.read("group-invite-off-topic.json")));
        HttpResponse<String> response = client.post("/v1/review/batch", "application/x-ndjson", String.join("\n", requests) + "\n");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson; charset=utf-8");
        List<String> lines = response.body().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo(AdviceJson.compact().write(advisor.review(RequestJson.read(requests.get(0))), 1));
        assertThat(JsonTree.object(lines.get(1))).isEqualTo(Map.of("line", 2,
                "error", "$.relationship.degree: must be 0, 1, 2 or 3 (was 4)"));
        assertThat(lines.get(2)).isEqualTo(AdviceJson.compact().write(advisor.review(RequestJson.read(requests.get(2))), 3));
        assertThat(JsonTree.object(lines.get(3))).containsEntry("line", 5).containsKey("error");
        assertThat(lines.get(4)).isEqualTo(AdviceJson.compact().write(advisor.review(RequestJson.read(requests.get(5))), 6));
    }

    @Test
    void speaksTheLocaleAskedOnEveryLine() {
        String body = oneLine(Examples.foundingPost()) + "\n" + oneLine(Examples.read("group-invite-off-topic.json")) + "\n";

        HttpResponse<String> response = client.post("/v1/review/batch?locale=en", "application/x-ndjson", body);

        assertThat(response.body().lines().map(JsonTree::object).map(advice -> advice.get("locale")))
                .containsExactly("en", "en");
    }

    @Test
    void answersAnEmptyBatchWithNothing() {
        HttpResponse<String> response = client.post("/v1/review/batch", "application/x-ndjson", "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void auditsACampaignWithItsAdviceLinesAndTheReportLast() throws Exception {
        String campaign = Examples.read("campaign.ndjson");
        HttpResponse<String> response = client.post("/v1/audit?locale=en", "application/x-ndjson",
                campaign + "{\"type\":\"CONNECTION\",\"relationship\":{\"degree\":9}}\n");

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = response.body().lines().toList();
        long requests = campaign.lines().filter(line -> !line.isBlank()).count();
        assertThat(lines).hasSize((int) requests + 2);
        List<String> expected = new ArrayList<>();
        Path file = Files.createTempFile("campaign", ".ndjson");
        try {
            Files.writeString(file, campaign);
            CampaignReport report = advisor.audit(Campaign.ndjson(file), Locale.ENGLISH,
                    entry -> expected.add(AdviceJson.compact().write(entry.advice(), entry.line())));
            assertThat(lines.subList(0, (int) requests)).isEqualTo(expected);
            assertThat(lines.get(lines.size() - 1)).isEqualTo(CampaignJson.write(report, Locale.ENGLISH));
        } finally {
            Files.delete(file);
        }
        assertThat(JsonTree.object(lines.get((int) requests))).containsEntry("line", (int) requests + 1)
                .containsEntry("error", "$.relationship.degree: must be 0, 1, 2 or 3 (was 9)");
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) JsonTree.object(lines.get(lines.size() - 1)).get("campaign");
        assertThat(report).containsEntry("requests", (int) requests).containsKey("conclusion");
    }

    static String oneLine(String json) {
        return RequestJson.write(RequestJson.read(json));
    }
}
