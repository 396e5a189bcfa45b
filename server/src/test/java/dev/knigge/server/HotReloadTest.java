package dev.knigge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.testing.JsonTree;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A policy folder served with a PolicyWatcher: a good edit goes into service, a broken one is reported. */
@Timeout(180)
class HotReloadTest {
    static final String INMAIL = "{\"type\":\"INMAIL\",\"note\":\"Hello, a quick question about your talk.\"}";

    @TempDir
    Path temp;
    Path folder;
    KniggeServer server;
    Client client;

    @BeforeEach
    void start() {
        folder = PolicyFolders.copy("house", temp);
        server = KniggeServer.builder().watch(Advisor.builder().policy(Policy.directory(folder))).port(0).start();
        client = new Client(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void reviewsWithAnEditedRuleOnceItLoadedAndCountsTheReload() throws InterruptedException {
        assertThat(severityOf("HOUSE-INMAIL")).isEqualTo("ADVICE");

        PolicyFolders.edit(folder, "house.drl", "@severity(ADVICE)", "@severity(BLOCKER)");
        Map<String, Object> health = awaitHealth(h -> ((Number) h.get("reloads")).longValue() >= 1);

        assertThat(health).containsEntry("status", "ok").containsEntry("watching", true).containsEntry("policy", "house");
        assertThat(severityOf("HOUSE-INMAIL")).isEqualTo("BLOCKER");
        assertThat(JsonTree.object(client.review(INMAIL).body())).containsEntry("verdict", "DO_NOT_SEND");
        assertThat(client.get("/metrics").body()).contains("knigge_policy_reloads_total 1\n");
    }

    @Test
    @SuppressWarnings("unchecked")
    void keepsServingTheLastGoodPolicyAndReportsABrokenEdit() throws InterruptedException {
        PolicyFolders.edit(folder, "house.drl", "ReviewRequest( type == RequestType.INMAIL )", "ReviewRequest( typo == 1 )");
        Map<String, Object> health = awaitHealth(h -> h.get("status").equals("degraded"));

        Map<String, Object> failed = (Map<String, Object>) health.get("reloadFailed");
        assertThat((List<String>) failed.get("problems")).anySatisfy(problem -> assertThat(problem)
                .endsWith("house.drl:11:20: unknown field 'typo' on ReviewRequest (did you mean \"type\"?)"));
        assertThat(health).containsEntry("reloadFailures", 1).containsEntry("policy", "house");
        assertThat(severityOf("HOUSE-INMAIL")).isEqualTo("ADVICE");
        assertThat(client.get("/metrics").body()).contains("knigge_policy_reload_failures_total 1\n");

        PolicyFolders.edit(folder, "house.drl", "ReviewRequest( typo == 1 )", "ReviewRequest( type == RequestType.INMAIL )");
        assertThat(awaitHealth(h -> h.get("status").equals("ok"))).doesNotContainKey("reloadFailed");
    }

    @SuppressWarnings("unchecked")
    String severityOf(String rule) {
        Map<String, Object> advice = JsonTree.object(client.review(INMAIL).body());
        return ((List<Map<String, Object>>) advice.get("findings")).stream().filter(f -> f.get("rule").equals(rule))
                .map(f -> (String) f.get("severity")).findFirst().orElse(null);
    }

    /** Polls /healthz until it says what the test waits for (the watcher reloads on its own thread). */
    Map<String, Object> awaitHealth(Predicate<Map<String, Object>> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            Map<String, Object> health = JsonTree.object(client.get("/healthz").body());
            if (condition.test(health)) {
                return health;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("/healthz never got there; last: " + health);
            }
            Thread.sleep(100);
        }
    }
}
