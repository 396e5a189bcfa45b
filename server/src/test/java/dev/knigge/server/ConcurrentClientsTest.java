package dev.knigge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.json.AdviceJson;
import dev.knigge.json.RequestJson;
import dev.knigge.request.ReviewRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Many clients at once get exactly the advice Advisor.review gives each request, in both locales. */
@Timeout(300)
class ConcurrentClientsTest {
    static final int CLIENTS = 8;
    static final int ROUNDS = 25;

    static Advisor advisor;
    static KniggeServer server;

    @BeforeAll
    static void start() {
        advisor = Advisor.builder().build();
        server = KniggeServer.builder().advisor(advisor).port(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyClientGetsTheAdviceOfAdvisorReview() throws Exception {
        List<String> requests = new ArrayList<>(Files.readAllLines(Examples.FOLDER.resolve("campaign.ndjson")));
        requests.removeIf(String::isBlank);
        for (String file : List.of("recommendation-from-a-stranger.json", "connection-former-colleague.json",
                "group-invite-off-topic.json")) {
            requests.add(Examples.read(file));
        }
        List<String> expectedEnglish = new ArrayList<>();
        List<String> expectedDefault = new ArrayList<>();
        for (String json : requests) {
            ReviewRequest request = RequestJson.read(json);
            expectedEnglish.add(AdviceJson.compact().write(advisor.review(request, Locale.ENGLISH)));
            expectedDefault.add(AdviceJson.compact().write(advisor.review(request)));
        }
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c;
                done.add(clients.submit(() -> {
                    Client client = new Client(server);
                    int checked = 0;
                    for (int round = 0; round < ROUNDS; round++) {
                        int i = (offset + round) % requests.size();
                        boolean english = (offset + round) % 2 == 0;
                        HttpResponse<String> response = client.post(english ? "/v1/review?locale=en" : "/v1/review",
                                "application/json", requests.get(i));
                        assertThat(response.statusCode()).isEqualTo(200);
                        assertThat(response.body()).isEqualTo((english ? expectedEnglish : expectedDefault).get(i));
                        checked++;
                    }
                    return checked;
                }));
            }
            int checked = 0;
            for (Future<Integer> client : done) {
                checked += client.get();
            }
            assertThat(checked).isEqualTo(CLIENTS * ROUNDS);
        } finally {
            clients.shutdownNow();
        }
    }
}
