package dev.knigge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.testing.JsonTree;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Stopping lets the request in flight finish, turns new ones away meanwhile, then closes the port. */
@Timeout(120)
class GracefulStopTest {

    @Test
    void finishesTheReviewInFlightAndThenStops() throws Exception {
        Advisor advisor = Advisor.builder().policy(Policy.directory(PolicyFolders.resource("faulty")).trusted())
                .classLoader(GracefulStopTest.class.getClassLoader()).build();
        KniggeServer server = KniggeServer.builder().advisor(advisor).port(0).start();
        Client client = new Client(server);
        Gate.close();
        try {
            CompletableFuture<HttpResponse<String>> inFlight =
                    CompletableFuture.supplyAsync(() -> client.review(BusyAndFailingReviewsTest.WAITS));
            Gate.awaitWaiting(1);
            CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(60)));
            HttpResponse<String> turnedAway = awaitStopping(client);

            ErrorStatusTest.assertError(turnedAway, 503, "the server is stopping");
            assertThat(stopped).isNotDone();
            Gate.open();
            stopped.get();
            assertThat(inFlight.get().statusCode()).isEqualTo(200);
            assertThat(JsonTree.object(inFlight.get().body())).containsEntry("verdict", "SEND");
            assertThat(CompletableFuture.supplyAsync(() -> client.get("/healthz")))
                    .failsWithin(Duration.ofSeconds(30));
        } finally {
            Gate.open();
            server.close();
        }
    }

    /** Asks /healthz until the server says it is stopping (the stop starts on another thread). */
    private static HttpResponse<String> awaitStopping(Client client) throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            HttpResponse<String> response = client.get("/healthz");
            if (response.statusCode() == 503) {
                return response;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the server never started stopping");
    }
}
