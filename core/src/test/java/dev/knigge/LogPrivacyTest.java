package dev.knigge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.advice.Advice;
import dev.knigge.advice.ReviewException;
import dev.knigge.advice.Verdict;
import dev.knigge.json.RequestJson;
import dev.knigge.request.Group;
import dev.knigge.request.InvalidRequestException;
import dev.knigge.request.Recipient;
import dev.knigge.request.RequestType;
import dev.knigge.request.Requester;
import dev.knigge.request.ReviewRequest;
import dev.knigge.testing.CapturingLogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;

/**
 * Knigge writes no names and no note text to logs above DEBUG: a capture of everything logged —
 * by Knigge and by the engine under it — while requests full of personal strings are reviewed,
 * fail inside the policy, upset a listener, and while a watched policy reloads good and broken
 * versions, holds none of those strings above DEBUG.
 */
@Timeout(120)
class LogPrivacyTest {
    /** Strings no log line above DEBUG may hold; each appears somewhere in the requests below. */
    static final List<String> PERSONAL = List.of("Zacharias", "Quellenberg", "Wilhelmina", "Ützdorf-Brandes",
            "PRIVATE-NOTE-7f3a", "Geheimprojekt Kranich", "caller-id-5c1e", "Vertraulich GmbH", "topic-secret-91",
            "skill-hidden-42", "headline-private-17");

    @TempDir
    Path dir;

    private static ReviewRequest personal(RequestType type) {
        return ReviewRequest.builder(type).id("caller-id-5c1e").language("en")
                .note("Hi Wilhelmina, PRIVATE-NOTE-7f3a: book a demo of Geheimprojekt Kranich with me, we met at your talk.")
                .subject("Geheimprojekt Kranich").topics("topic-secret-91").skill("skill-hidden-42")
                .requester(Requester.builder().name("Zacharias Quellenberg").headline("headline-private-17").build())
                .recipient(Recipient.builder().firstName("Wilhelmina").lastName("Ützdorf-Brandes")
                        .industry("Vertraulich GmbH").interests("topic-secret-91").build())
                .group(Group.builder().name("Vertraulich GmbH").build())
                .build();
    }

    private static Path policy(Path folder, String drl) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("policy.properties"), "id=private\nversion=1\n");
        Files.writeString(folder.resolve("rules.drl"), "package privacy;\n\nimport dev.knigge.request.RequestType;\n"
                + "import dev.knigge.authoring.*; import dev.knigge.request.ReviewRequest; import dev.knigge.request.Recipient;\n\n" + drl);
        Files.writeString(folder.resolve("messages_en.properties"), """
                T-NAME.title=Name
                T-NAME.reason=About {n}.
                T-NAME.suggestion=None.
                T-WHEN.title=When
                T-WHEN.reason=When.
                T-WHEN.suggestion=None.
                """);
        return folder;
    }

    /**
     * Rules that fail with the request's own strings in their exceptions' messages: trusted code,
     * since the untrusted language cannot hand a request's text to anything that throws.
     */
    private static final String FAILING = """
            rule "T-NAME reads the recipient's name as a number"
                @id(T-NAME)
                @severity(ADVICE)
            when
                ReviewRequest( type == RequestType.ENDORSEMENT )
                Recipient( $name : firstName != null )
            then
                Findings.raise(kcontext, "n", Integer.parseInt($name));
            end

            rule "T-WHEN reads the recipient's last name as a number in a condition"
                @id(T-WHEN)
                @severity(ADVICE)
            when
                ReviewRequest( type == RequestType.INTRODUCTION )
                Derived( $n : subjectLength )
                Recipient( Integer.parseInt(lastName) > $n )
            then
                Findings.raise(kcontext);
            end
            """;

    @Test
    void reviewsFailuresListenersAndReloadsLogNoPersonalStringAboveDebug() throws Exception {
        Path folder = policy(dir.resolve("private"), FAILING);
        AdvisorListener clumsy = new AdvisorListener() {
            @Override
            public void reviewed(ReviewRequest request, Advice advice, long nanos) {
                throw new IllegalStateException("metrics choked on " + request.note());
            }
        };
        List<CapturingLogs.Event> events;
        CapturingLogs.start();
        try {
            Advisor sample = Advisor.builder().policy(Policy.builtIn("sample")).listener(clumsy).build();
            for (RequestType type : RequestType.values()) {
                sample.review(personal(type));
            }
            sample.reviewAll(List.of(personal(RequestType.MESSAGE), personal(RequestType.CONNECTION)));
            assertThatThrownBy(() -> RequestJson.read(RequestJson.write(personal(RequestType.MESSAGE))
                    .replace("\"type\"", "\"Zacharias\""))).isInstanceOf(InvalidRequestException.class);

            try (PolicyWatcher watcher = PolicyWatcher.start(Advisor.builder().policy(Policy.directory(folder).trusted()))) {
                assertThatThrownBy(() -> watcher.review(personal(RequestType.ENDORSEMENT)))
                        .isInstanceOf(ReviewException.class).hasMessageContaining("Wilhelmina");
                assertThatThrownBy(() -> watcher.review(personal(RequestType.INTRODUCTION)))
                        .isInstanceOf(ReviewException.class);
                assertThat(watcher.review(personal(RequestType.MESSAGE)).verdict()).isEqualTo(Verdict.SEND);

                Files.writeString(folder.resolve("rules.drl"), "package privacy;\nrule \"broken\nwhen then end\n");
                assertThat(watcher.reloadNow()).isFalse();
                policy(folder, FAILING.replace("Integer.parseInt($name)", "$name.length()"));
                assertThat(watcher.reloadNow()).isTrue();
                assertThat(watcher.review(personal(RequestType.ENDORSEMENT)).findings()).isNotEmpty();
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
                assertThat(watcher.reloadNow()).isFalse();
                watcher.review(personal(RequestType.MESSAGE));
            }
        } finally {
            events = CapturingLogs.stop();
        }

        List<CapturingLogs.Event> aboveDebug = events.stream()
                .filter(e -> e.level().toInt() > Level.DEBUG.toInt()).toList();
        for (CapturingLogs.Event event : aboveDebug) {
            for (String personal : PERSONAL) {
                assertThat(event.text()).as("a %s log line", event.level()).doesNotContain(personal);
            }
        }
        // The capture saw the failures, the listener and the reloads, so it would have seen a leak.
        assertThat(aboveDebug).extracting(CapturingLogs.Event::message)
                .anySatisfy(m -> assertThat(m).startsWith("review failed in policy private@1: rule T-NAME"))
                .anySatisfy(m -> assertThat(m).startsWith("review failed in policy private@1: rule T-WHEN"))
                .anySatisfy(m -> assertThat(m).contains("listener").contains("failed"))
                .anySatisfy(m -> assertThat(m).contains("changed but does not load"))
                .anySatisfy(m -> assertThat(m).contains("reloaded"));
        assertThat(events).filteredOn(e -> e.level() == Level.DEBUG).extracting(CapturingLogs.Event::text)
                .as("the details, personal strings and all, are there at DEBUG")
                .anySatisfy(text -> assertThat(text).contains("Wilhelmina"))
                .anySatisfy(text -> assertThat(text).contains("PRIVATE-NOTE-7f3a"));
    }
}
