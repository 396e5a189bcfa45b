package dev.knigge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.testing.JsonTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every error status of the API, each with a JSON message that names the place, and never a stack trace. */
class ErrorStatusTest {
    static KniggeServer server;
    static Client client;

    @BeforeAll
    static void start() {
        server = KniggeServer.builder().port(0).maxBatchBytes(4096).start();
        client = new Client(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void namesTheJsonPathOfABadValueWith400() {
        HttpResponse<String> response = client.review("{\"type\":\"CONNECTION\",\"relationship\":{\"degree\":4}}");

        assertError(response, 400, "$.relationship.degree: must be 0, 1, 2 or 3 (was 4)");
    }

    @Test
    void suggestsTheFieldMeantForAnUnknownOne() {
        HttpResponse<String> response = client.review("{\"type\":\"CONNECTION\",\"relationship\":{\"knowsEachOther\":true}}");

        assertError(response, 400, "$.relationship.knowsEachOther: unknown field (did you mean \"knowEachOther\"?)");
    }

    @Test
    void reportsMalformedJsonWith400() {
        HttpResponse<String> response = client.review("{\"type\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).startsWith("$");
    }

    @Test
    void refusesALocaleThePolicyDoesNotSpeak() {
        HttpResponse<String> response = client.post("/v1/review?locale=fr", "application/json", "{\"type\":\"CONNECTION\"}");

        assertError(response, 400, "?locale=fr: the policy professional speaks en, de");
    }

    @Test
    void refusesAnUnknownQueryParameterAndABadFlag() {
        assertError(client.post("/v1/review?explian=true", "application/json", "{\"type\":\"CONNECTION\"}"), 400,
                "?explian: unknown parameter (known: explain, locale)");
        assertError(client.post("/v1/review?explain=yes", "application/json", "{\"type\":\"CONNECTION\"}"), 400,
                "?explain: must be true or false (was 'yes')");
    }

    @Test
    void refusesARequestOverOneMebibyteWith413() {
        byte[] body = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');

        assertError(client.post("/v1/review", "application/json", body), 413,
                "request larger than the limit of 1048576 bytes");
    }

    @Test
    void refusesABatchOverItsConfiguredLimitWith413() {
        String line = "{\"type\":\"CONNECTION\",\"note\":\"" + "x".repeat(1000) + "\"}\n";

        assertError(client.post("/v1/review/batch", "application/x-ndjson", line.repeat(5)), 413,
                "batch larger than the limit of 4096 bytes");
        assertError(client.post("/v1/audit", "application/x-ndjson", line.repeat(5)), 413,
                "campaign larger than the limit of 4096 bytes");
    }

    @Test
    void refusesAWrongOrMissingContentTypeWith415() {
        assertError(client.post("/v1/review", "text/plain", "{\"type\":\"CONNECTION\"}"), 415,
                "Content-Type 'text/plain' is not supported here; send application/json");
        assertError(client.post("/v1/review", null, "{\"type\":\"CONNECTION\"}"), 415,
                "Content-Type (none) is not supported here; send application/json");
        assertError(client.post("/v1/review", "application/json; charset=latin1", "{\"type\":\"CONNECTION\"}"), 415,
                "Content-Type 'application/json; charset=latin1' is not supported here; send application/json in UTF-8");
        assertError(client.post("/v1/review/batch", "application/json", "{\"type\":\"CONNECTION\"}"), 415,
                "Content-Type 'application/json' is not supported here; send application/x-ndjson or application/ndjson or application/jsonl");
    }

    @Test
    void answersAnUnknownPathWith404AndAWrongMethodWith405() {
        assertError(client.get("/v1/nothing"), 404, "no such resource: /v1/nothing");
        assertError(client.get("/v1/reviewer"), 404, "no such resource: /v1/reviewer");
        HttpResponse<String> wrongMethod = client.get("/v1/review");
        assertError(wrongMethod, 405, "GET is not allowed here; use POST");
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
        HttpResponse<String> postToAGet = client.post("/healthz", "application/json", "{}");
        assertError(postToAGet, 405, "POST is not allowed here; use GET, HEAD");
        assertThat(postToAGet.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void neverAnswersWithAStackTrace() {
        String[] bodies = {"{\"type\":", "\u0000\u0001", "[]", "{\"type\":\"CONNECTION\",\"note\":" + "[".repeat(100) + "]}",
            "{\"type\":\"CONNECTION\",\"recipient\":{\"languages\":[null]}}", "\"type\"", "{\"type\":\"SPAM\"}"};
        for (String body : bodies) {
            HttpResponse<String> response = client.review(body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.body()).as(body).doesNotContain("at dev.knigge", "at java.", "Exception", "\tat ");
            assertThat(JsonTree.object(response.body())).as(body).containsOnlyKeys("error");
        }
    }

    @Test
    @Timeout(30)
    void cutsOffAClientThatNeverFinishesItsRequest() throws IOException {
        // The test JVM runs with sun.net.httpserver.maxReqTime=2 (see the pom): a request whose
        // body never arrives ends with the connection closed, without an answer.
        try (Socket socket = new Socket(server.uri().getHost(), server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/review HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"type\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout((int) Duration.ofSeconds(25).toMillis());
            InputStream in = socket.getInputStream();
            // Waiting longer than the socket's timeout fails the test with a SocketTimeoutException.
            assertThat(in.read()).as("the server closed the connection instead of answering").isEqualTo(-1);
        } catch (java.net.SocketException closed) {
            // A reset is a cut-off too.
        }
    }

    static void assertError(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(error(response)).isEqualTo(message);
    }

    static String error(HttpResponse<String> response) {
        Map<String, Object> body = JsonTree.object(response.body());
        assertThat(body).containsOnlyKeys("error");
        return (String) body.get("error");
    }

}
