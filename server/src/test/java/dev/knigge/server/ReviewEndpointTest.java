package dev.knigge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.json.AdviceJson;
import dev.knigge.json.RequestJson;
import dev.knigge.testing.JsonTree;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReviewEndpointTest {
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
    void answersTheFoundingPostWithTheAdviceTheAdvisorGives() {
        HttpResponse<String> response = client.review(Examples.foundingPost());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        String expected = AdviceJson.compact().write(advisor.review(RequestJson.read(Examples.foundingPost())));
        assertThat(response.body()).isEqualTo(expected);
        Map<String, Object> advice = JsonTree.object(response.body());
        assertThat(advice).containsEntry("verdict", "DO_NOT_SEND").containsEntry("locale", "de")
                .containsEntry("id", "founding-post-recommendation");
        assertThat(rules(advice)).contains("REC-STRANGER");
    }

    @Test
    void speaksTheLocaleAsked() {
        HttpResponse<String> response = client.post("/v1/review?locale=en", "application/json", Examples.foundingPost());

        assertThat(response.statusCode()).isEqualTo(200);
        String expected = AdviceJson.compact().write(
                advisor.review(RequestJson.read(Examples.foundingPost()), Locale.ENGLISH));
        assertThat(response.body()).isEqualTo(expected);
        assertThat(JsonTree.object(response.body())).containsEntry("locale", "en");
    }

    @Test
    void addsTheTraceWhenAskedToExplain() {
        Map<String, Object> plain = JsonTree.object(client.review(Examples.foundingPost()).body());
        Map<String, Object> explained = JsonTree.object(
                client.post("/v1/review?explain=true", "application/json", Examples.foundingPost()).body());

        assertThat(plain).doesNotContainKey("trace");
        assertThat(explained).containsKey("trace");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> trace = (List<Map<String, Object>>) explained.get("trace");
        assertThat(trace).extracting(firing -> firing.get("rule")).contains("REC-STRANGER");
    }

    @Test
    void acceptsACharsetOfUtf8AndAMinimalRequest() {
        HttpResponse<String> response = client.post("/v1/review", "application/json; charset=UTF-8", "{\"type\":\"CONNECTION\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonTree.object(response.body())).containsKey("verdict");
    }

    @SuppressWarnings("unchecked")
    static List<Object> rules(Map<String, Object> advice) {
        return ((List<Map<String, Object>>) advice.get("findings")).stream().map(f -> f.get("rule")).toList();
    }
}
