package dev.knigge.kafka;

import static dev.knigge.kafka.TopologyFixture.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.PolicyWatcher;
import dev.knigge.advice.Advice;
import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A topology that reviews with a policy watcher's current Advisor picks up an edit from the next record on. */
class PolicyWatcherTest {
    private static final String RULE = """
            package team;

            import dev.knigge.request.RequestType;
            import dev.knigge.request.ReviewRequest;
            import dev.knigge.authoring.*;

            rule "TEAM-ENDORSE endorsement requests go past the team lead"
                @id(TEAM-ENDORSE)
                @severity(ADVICE)
            when
                ReviewRequest( type == RequestType.ENDORSEMENT )
            then
                Findings.raise(kcontext);
            end
            """;
    /** An endorsement request the professional norms let go out. */
    private static final String REQUEST = "{\"type\":\"ENDORSEMENT\",\"note\":\"Hello Anna, thank you for the workshop.\","
            + "\"relationship\":{\"degree\":1,\"knowEachOther\":true,\"workedTogether\":true}}";

    @TempDir
    Path dir;

    private Path policy() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("team"));
        Files.writeString(folder.resolve("policy.properties"), "id=team\nversion=1\nextends=professional\n");
        Files.writeString(folder.resolve("team.drl"), RULE);
        for (String locale : new String[] {"en", "de"}) {
            Files.writeString(folder.resolve("messages_" + locale + ".properties"),
                    "TEAM-ENDORSE.title=Team lead\nTEAM-ENDORSE.reason=Endorsements go past the team lead.\n"
                            + "TEAM-ENDORSE.suggestion=Ask the team lead.\n");
        }
        return folder;
    }

    private static Severity severity(Advice advice) {
        return advice.finding("TEAM-ENDORSE").severity();
    }

    @Test
    void anEditedRuleAppliesFromTheNextRecordOn() throws IOException {
        Path folder = policy();
        try (PolicyWatcher watcher = PolicyWatcher.start(Advisor.builder().policy(Policy.directory(folder)));
             TopologyFixture topology = new TopologyFixture(KniggeTopology.builder().policyWatcher(watcher),
                     dir.resolve("state"))) {
            Advice first = topology.send("max", REQUEST, MONDAY);
            assertThat(severity(first)).isEqualTo(Severity.ADVICE);
            assertThat(first.verdict()).isNotEqualTo(Verdict.DO_NOT_SEND);

            Files.writeString(folder.resolve("team.drl"), RULE.replace("@severity(ADVICE)", "@severity(BLOCKER)"));
            assertThat(watcher.reloadNow()).isTrue();
            Advice edited = topology.send("max", REQUEST, MONDAY.plusSeconds(60));

            assertThat(severity(edited)).isEqualTo(Severity.BLOCKER);
            assertThat(edited.verdict()).isEqualTo(Verdict.DO_NOT_SEND);
            assertThat(topology.held.readValuesToList()).containsExactly(REQUEST);

            Files.writeString(folder.resolve("team.drl"), RULE.replace("rule \"", "rul \""));
            assertThat(watcher.reloadNow()).as("a broken edit").isFalse();
            assertThat(severity(topology.send("max", REQUEST, MONDAY.plusSeconds(120)))).as("the last good policy")
                    .isEqualTo(Severity.BLOCKER);
        }
    }

    @Test
    void oneOfAnAdvisorAndAWatcherIsGiven() throws IOException {
        try (PolicyWatcher watcher = PolicyWatcher.start(Advisor.builder().policy(Policy.directory(policy())))) {
            assertThatThrownBy(() -> KniggeTopology.builder().advisor(watcher.current()).policyWatcher(watcher)
                    .requests("outbox").advice("advice").held("held").deadLetters("errors").build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("both an advisor and a policyWatcher are set: give one");
        }
        assertThatThrownBy(() -> KniggeTopology.builder().policyWatcher(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("watcher == null");
    }
}
