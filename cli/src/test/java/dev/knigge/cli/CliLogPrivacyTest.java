package dev.knigge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.testing.CapturingLogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;

/**
 * The command logs no names and no note text above DEBUG, with or without {@code --verbose}:
 * checks that review, fail inside the policy and fail to read, scenario runs and lint, all over
 * requests full of personal strings, captured whatever the log level. (What goes to stderr as a
 * diagnostic is the user's own input, shown back to the user; it is not a log.)
 */
@Timeout(300)
class CliLogPrivacyTest {
    private static final List<String> PERSONAL = List.of("Wilhelmina", "Ützdorf-Brandes", "Zacharias",
            "PRIVATE-NOTE-7f3a", "Geheimprojekt Kranich", "caller-id-5c1e");

    private static final String REQUEST = "{\"id\": \"caller-id-5c1e\", \"type\": \"%s\", \"language\": \"en\","
            + " \"note\": \"Hi Wilhelmina, PRIVATE-NOTE-7f3a: about Geheimprojekt Kranich.\","
            + " \"requester\": {\"name\": \"Zacharias\"},"
            + " \"recipient\": {\"firstName\": \"Wilhelmina\", \"lastName\": \"Ützdorf-Brandes\"}}";

    @TempDir
    Path dir;

    /** A policy whose rule fails quoting the request: trusted code, as the untrusted language cannot write one. */
    private Path failingPolicy() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("private"));
        Files.writeString(folder.resolve("policy.properties"), "id=private\nversion=1\n");
        Files.writeString(folder.resolve("rules.drl"), """
                package privacy;
                import dev.knigge.request.RequestType;
                import dev.knigge.request.ReviewRequest;
                import dev.knigge.request.Recipient;
                import dev.knigge.authoring.*;
                rule "T-NAME reads the recipient's name as a number"
                    @id(T-NAME)
                    @severity(ADVICE)
                when
                    ReviewRequest( type == RequestType.ENDORSEMENT )
                    Recipient( $name : firstName != null )
                then
                    Findings.raise(kcontext, "n", Integer.parseInt($name));
                end
                """);
        Files.writeString(folder.resolve("messages_en.properties"),
                "T-NAME.title=Name\nT-NAME.reason=About {n}.\nT-NAME.suggestion=None.\n");
        return folder;
    }

    @Test
    void checkExplainTestAndLintLogNoPersonalStringAboveDebug() throws IOException {
        Path policy = failingPolicy();
        Path batch = dir.resolve("batch.ndjson");
        Files.writeString(batch, REQUEST.formatted("ENDORSEMENT") + "\n" + REQUEST.formatted("MESSAGE") + "\n"
                + REQUEST.formatted("POKE") + "\n" + REQUEST.formatted("MESSAGE").replace("\"note\"", "\"Zacharias\"") + "\n");
        Path scenario = dir.resolve("scenarios/one.json");
        Files.createDirectories(scenario.getParent());
        Files.writeString(scenario, "{\"title\": \"Wilhelmina's request\", \"request\": " + REQUEST.formatted("MESSAGE")
                + ", \"expect\": {\"verdict\": \"SEND\"}}");

        List<CapturingLogs.Event> events;
        CapturingLogs.start();
        try {
            for (String format : new String[] {"text", "json"}) {
                Cli.Run check = Cli.run("check", "--verbose", "--trust", "--policy", policy.toString(), "--format", format,
                        batch.toString());
                assertThat(check.code()).as(check.err()).isEqualTo(3);
                Cli.Run quiet = Cli.run("check", "--trust", "--policy", policy.toString(), "--format", format,
                        batch.toString());
                assertThat(quiet.code()).as(quiet.err()).isEqualTo(3);
                Cli.Run professional = Cli.run("check", "--verbose", "--format", format, batch.toString());
                assertThat(professional.code()).as(professional.err()).isEqualTo(2);
            }
            Cli.Run explain = Cli.run("explain", dir.resolve("one.json").toString());
            assertThat(explain.code()).isEqualTo(2);
            Files.writeString(dir.resolve("one.json"), REQUEST.formatted("RECOMMENDATION"));
            assertThat(Cli.run("explain", "--verbose", dir.resolve("one.json").toString()).code()).isZero();
            Cli.Run test = Cli.run("test", "--verbose", scenario.getParent().toString());
            assertThat(test.code()).as(test.out() + test.err()).isIn(0, 1);
            assertThat(Cli.run("lint", "--verbose", "--trust", policy.toString()).code()).isZero();
        } finally {
            events = CapturingLogs.stop();
        }
        List<CapturingLogs.Event> aboveDebug = events.stream().filter(e -> e.level().toInt() > Level.DEBUG.toInt()).toList();
        for (CapturingLogs.Event event : aboveDebug) {
            for (String personal : PERSONAL) {
                assertThat(event.text()).as("a %s log line", event.level()).doesNotContain(personal);
            }
        }
        assertThat(aboveDebug).extracting(CapturingLogs.Event::message)
                .as("the capture saw the failed reviews")
                .anySatisfy(m -> assertThat(m).startsWith("review failed in policy private@1: rule T-NAME"));
    }
}
