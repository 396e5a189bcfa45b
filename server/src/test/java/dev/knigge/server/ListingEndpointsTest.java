package dev.knigge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.internal.facts.FactReference;
import dev.knigge.internal.facts.FactsJson;
import dev.knigge.testing.JsonTree;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The GET endpoints: rules, policies, facts, examples, health, metrics and the page. */
class ListingEndpointsTest {
    static Advisor advisor;
    static KniggeServer server;
    static Client client;

    @BeforeAll
    static void start() {
        advisor = Advisor.builder().policy(Policy.builtIn("strict")).build();
        server = KniggeServer.builder().advisor(advisor).port(0).start();
        client = new Client(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsTheRulesOfThePolicyInServiceWithTitlesInTheLocaleAsked() {
        Map<String, Object> rules = JsonTree.object(ok(client.get("/v1/rules?locale=de")).body());

        assertThat(rules).containsEntry("policy", "strict").containsEntry("locale", "de");
        List<Map<String, Object>> listed = (List<Map<String, Object>>) rules.get("rules");
        assertThat(listed).hasSize(advisor.rules(Locale.GERMAN).size());
        Map<String, Object> stranger = listed.stream().filter(r -> r.get("id").equals("REC-STRANGER")).findFirst().orElseThrow();
        assertThat(stranger).containsEntry("title", advisor.rules(Locale.GERMAN).stream()
                .filter(r -> r.id().equals("REC-STRANGER")).findFirst().orElseThrow().title())
                .containsEntry("severities", List.of("BLOCKER")).containsEntry("enabled", true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsTheBuiltInPoliciesAndThePolicyServed() {
        Map<String, Object> policies = JsonTree.object(ok(client.get("/v1/policies")).body());

        assertThat((Map<String, Object>) policies.get("serving")).containsEntry("policy", "strict")
                .containsEntry("policyVersion", advisor.policyVersion()).containsEntry("watching", false);
        assertThat((List<Map<String, Object>>) policies.get("builtIn")).extracting(p -> p.get("id"))
                .containsExactlyElementsOf(Policy.builtInIds());
    }

    @Test
    void servesTheFactsAsTheCommandPrintsThem() {
        assertThat(ok(client.get("/v1/facts")).body()).isEqualTo(FactsJson.facts(FactReference.load()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void servesTheExamplesForThePageMenu() {
        List<Object> examples = JsonTree.array(ok(client.get("/v1/examples")).body());

        Map<String, Object> founding = examples.stream().map(e -> (Map<String, Object>) e)
                .filter(e -> e.get("file").equals("recommendation-from-a-stranger.json")).findFirst().orElseThrow();
        assertThat((Map<String, Object>) founding.get("label")).containsKeys("en", "de");
        assertThat((Map<String, Object>) founding.get("request")).isEqualTo(JsonTree.object(Examples.foundingPost()));
    }

    @Test
    void reportsHealthWithThePolicyInService() {
        Map<String, Object> health = JsonTree.object(ok(client.get("/healthz")).body());

        assertThat(health).containsEntry("status", "ok").containsEntry("policy", "strict")
                .containsEntry("watching", false).containsEntry("reloads", 0).doesNotContainKey("reloadFailed");
    }

    @Test
    void countsReviewsByVerdictAndFindingsByRuleInPrometheusText() {
        String before = ok(client.get("/metrics")).body();
        ok(client.review(Examples.foundingPost()));
        HttpResponse<String> metrics = ok(client.get("/metrics"));

        assertThat(metrics.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        String text = metrics.body();
        assertThat(value(text, "knigge_reviews_total{verdict=\"DO_NOT_SEND\"}"))
                .isEqualTo(value(before, "knigge_reviews_total{verdict=\"DO_NOT_SEND\"}") + 1);
        assertThat(value(text, "knigge_findings_total{rule=\"REC-STRANGER\",severity=\"BLOCKER\"}")).isGreaterThanOrEqualTo(1);
        assertThat(value(text, "knigge_review_duration_seconds_count"))
                .isEqualTo(value(before, "knigge_review_duration_seconds_count") + 1);
        assertThat(value(text, "knigge_review_duration_seconds_bucket{le=\"+Inf\"}"))
                .isEqualTo(value(text, "knigge_review_duration_seconds_count"));
        assertThat(text).contains("# TYPE knigge_review_duration_seconds histogram\n",
                "knigge_reviews_failed_total 0\n", "knigge_policy_reloads_total 0\n",
                "knigge_policy_reload_failures_total 0\n", "knigge_requests_rejected_total 0\n",
                "knigge_policy_info{policy=\"strict\",version=\"" + advisor.policyVersion() + "\"} 1\n");
        for (String line : text.split("\n")) {
            assertThat(line).as("a comment or a sample").matches("# (HELP|TYPE) .*|[a-z_]+(\\{.*\\})? [0-9.e+-]+");
        }
    }

    @Test
    void servesThePageItsScriptAndStyleFromTheJarWithNoThirdPartyRequests() {
        HttpResponse<String> page = ok(client.get("/"));

        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
        assertThat(page.body()).contains("<textarea id=\"note\"", "/page/compose.js", "/page/compose.css");
        assertThat(ok(client.get("/page/compose.js")).headers().firstValue("Content-Type"))
                .hasValue("text/javascript; charset=utf-8");
        assertThat(ok(client.get("/page/compose.css")).headers().firstValue("Content-Type"))
                .hasValue("text/css; charset=utf-8");
        for (String file : List.of("/", "/page/compose.js", "/page/compose.css")) {
            assertThat(client.get(file).body()).as(file).doesNotContainPattern("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}/");
        }
        assertThat(client.get("/page/missing.js").statusCode()).isEqualTo(404);
    }

    static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    /** The value of one sample line of the metrics. */
    static long value(String metrics, String sample) {
        return metrics.lines().filter(line -> line.startsWith(sample + " ")).findFirst()
                .map(line -> Long.parseLong(line.substring(sample.length() + 1))).orElse(0L);
    }
}
