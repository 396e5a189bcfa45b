package dev.knigge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.testing.JsonTree;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * With one review thread and room for one waiting review, held busy at the test policy's gate: the
 * next request is turned away with 503 and Retry-After. A rule that throws fails only its review.
 */
@Timeout(120)
class BusyAndFailingReviewsTest {
    static final String WAITS = "{\"type\":\"ENDORSEMENT\",\"skill\":\"java\"}";
    static final String THROWS = "{\"type\":\"INTRODUCTION\"}";

    static KniggeServer server;
    static Client client;

    @BeforeAll
    static void start() {
        Advisor advisor = Advisor.builder().policy(Policy.directory(PolicyFolders.resource("faulty")).trusted())
                .classLoader(BusyAndFailingReviewsTest.class.getClassLoader()).build();
        server = KniggeServer.builder().advisor(advisor).port(0).reviewThreads(1).queueCapacity(1).start();
        client = new Client(server);
    }

    @AfterAll
    static void stop() {
        Gate.open();
        server.close();
    }

    @Test
    void answers503WithRetryAfterWhenTheQueueIsFullAndServesAgainAfter() throws Exception {
        Gate.close();
        List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
        held.add(CompletableFuture.supplyAsync(() -> client.review(WAITS)));
        Gate.awaitWaiting(1);
        held.add(CompletableFuture.supplyAsync(() -> client.review(WAITS)));
        awaitQueued();

        HttpResponse<String> rejected = client.review("{\"type\":\"CONNECTION\"}");

        ErrorStatusTest.assertError(rejected, 503, "too many reviews waiting; retry after 1 s");
        assertThat(rejected.headers().firstValue("Retry-After")).hasValue("1");
        Gate.open();
        for (CompletableFuture<HttpResponse<String>> response : held) {
            assertThat(response.get().statusCode()).isEqualTo(200);
        }
        assertThat(client.review("{\"type\":\"CONNECTION\"}").statusCode()).isEqualTo(200);
        assertThat(ListingEndpointsTest.value(client.get("/metrics").body(), "knigge_requests_rejected_total"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void answersAReviewThatFailsInThePolicyWith500NamingTheRule() {
        HttpResponse<String> response = client.review(THROWS);

        assertThat(response.statusCode()).isEqualTo(500);
        String error = ErrorStatusTest.error(response);
        // The rule, not the failure's message: that names the policy's files on the server and may quote the request.
        assertThat(error).isEqualTo("review failed: rule FAULTY-THROWS failed (the server's log has the details)");
        assertThat(client.get("/metrics").body()).containsPattern("knigge_reviews_failed_total [1-9]");
    }

    @Test
    void reportsAFailedReviewInABatchOnItsLineAndReviewsTheRest() {
        HttpResponse<String> response = client.post("/v1/review/batch", "application/x-ndjson",
                "{\"type\":\"CONNECTION\"}\n" + THROWS + "\n{\"type\":\"MESSAGE\"}\n");

        List<Map<String, Object>> lines = response.body().lines().map(JsonTree::object).toList();
        assertThat(lines).extracting(line -> line.get("line")).containsExactly(1, 2, 3);
        assertThat(lines.get(0)).containsKey("verdict");
        assertThat(lines.get(1).get("error")).isEqualTo("review failed: rule FAULTY-THROWS failed (the server's log has the"
                + " details)");
        assertThat(lines.get(2)).containsKey("verdict");
    }

    /** Waits until the second held review waits in the queue (the first waits at the gate). */
    private static void awaitQueued() throws InterruptedException {
        for (int i = 0; i < 6000; i++) {
            if (ListingEndpointsTest.value(client.get("/metrics").body(), "knigge_review_queue_length") == 1) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the second review never reached the queue");
    }
}
