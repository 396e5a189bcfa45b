package dev.knigge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Nothing of a request (names, notes) reaches the log above DEBUG, whatever happens to it: reviewed,
 * invalid, failed in the policy, or in a batch. The tests log at INFO to target/server-tests.log.
 */
class LogPrivacyTest {
    static final String NAME = "Quaxelmann";
    static final String NOTE = "Zwetschgendatschi";

    @Test
    void logsNeitherNamesNorNotesAboveDebug() throws Exception {
        Advisor faulty = Advisor.builder().policy(Policy.directory(PolicyFolders.resource("faulty")).trusted())
                .classLoader(LogPrivacyTest.class.getClassLoader()).build();
        String person = "\"recipient\":{\"firstName\":\"" + NAME + "\"},\"note\":\"" + NOTE + " please\"";
        try (KniggeServer server = KniggeServer.builder().advisor(faulty).port(0).start()) {
            Client client = new Client(server);
            assertThat(client.review("{\"type\":\"CONNECTION\"," + person + "}").statusCode()).isEqualTo(200);
            assertThat(client.review("{\"type\":\"INTRODUCTION\"," + person + "}").statusCode()).isEqualTo(500);
            assertThat(client.review("{\"type\":\"" + NAME + "\"," + person + "}").statusCode()).isEqualTo(400);
            assertThat(client.post("/v1/review/batch", "application/x-ndjson", "{\"type\":\"INTRODUCTION\"," + person
                    + "}\n{\"typ\":\"" + NOTE + "\"}\n").statusCode()).isEqualTo(200);
            assertThat(client.get("/" + NAME).statusCode()).isEqualTo(404);
        }

        String log = Files.readString(Path.of("target", "server-tests.log"));
        assertThat(log).as("the log is written").contains("knigge server on http://127.0.0.1:")
                .contains("review failed in policy faulty@1.0.0: rule FAULTY-THROWS");
        assertThat(log).doesNotContain(NAME).doesNotContain(NOTE);
    }
}
