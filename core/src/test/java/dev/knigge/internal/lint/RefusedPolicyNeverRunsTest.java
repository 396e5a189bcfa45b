package dev.knigge.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.PolicyWatcher;
import dev.knigge.policy.PolicyException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refused means not run: a policy from disk that would create files when its metadata is
 * compiled, when a condition is evaluated and when a consequence fires — by file access, a process
 * and reflection — is refused by lint, by an Advisor and by a PolicyWatcher, and no file appears.
 * The same policy, trusted, creates one as soon as it compiles: the markers would have shown a run.
 */
class RefusedPolicyNeverRunsTest {
    @TempDir
    Path dir;

    private String drl(Path marks) {
        String compiled = marks.resolve("compiled").toString().replace("\\", "/");
        String evaluated = marks.resolve("evaluated").toString().replace("\\", "/");
        String fired = marks.resolve("fired").toString().replace("\\", "/");
        String spawned = marks.resolve("spawned").toString().replace("\\", "/");
        String reflected = marks.resolve("reflected").toString().replace("\\", "/");
        return TestPolicy.RULE
                .replace("@id(T-ONE)", "@id(T-ONE)\n    @touched(new java.io.File(\"" + compiled + "\").createNewFile())")
                .replace("Activity( similarSentLast7Days >= $limit )",
                        "Activity( similarSentLast7Days >= $limit || new java.io.File(\"" + evaluated + "\").createNewFile() )")
                .replace("Findings.raise(kcontext, \"limit\", $limit);",
                        "Findings.raise(kcontext, \"limit\", java.nio.file.Files.createFile(java.nio.file.Path.of(\"" + fired
                                + "\")).toString() + Runtime.getRuntime().exec(new String[] {\"touch\", \"" + spawned
                                + "\"}).waitFor() + Class.forName(\"java.io.File\").getConstructor(String.class)"
                                + ".newInstance(\"" + reflected + "\").toString());");
    }

    @Test
    void aPolicyThatReachesOutIsRefusedEverywhereAndNothingOfItRuns() throws Exception {
        Path marks = Files.createDirectories(dir.resolve("marks"));
        Path folder = TestPolicy.in(dir.resolve("policy")).rules(drl(marks)).write();

        assertThat(Policy.directory(folder).lint()).extracting(Object::toString)
                .anySatisfy(p -> assertThat(p).contains("rules.drl:8:5: the metadata @touched is not allowed"))
                .anySatisfy(p -> assertThat(p).contains("rules.drl:13:49: creating objects (new …) is not allowed"))
                // The column depends on the length of the marker's path, which is a temporary folder's.
                .anySatisfy(p -> assertThat(p).contains("rules.drl:15:").contains(": '[' is not allowed in a policy"
                        + " from disk; a consequence is exactly Findings.raise(kcontext, \"name\", value, …)"));
        assertThatThrownBy(() -> Advisor.builder().policy(Policy.directory(folder)).build())
                .isInstanceOf(PolicyException.class);
        assertThatThrownBy(() -> PolicyWatcher.start(Advisor.builder().policy(Policy.directory(folder))))
                .isInstanceOf(PolicyException.class);
        try (var files = Files.list(marks)) {
            assertThat(files).as("files made by a refused policy").isEmpty();
        }

        // The control: trusted, the same policy runs as soon as it compiles, and the marker shows it.
        Advisor.builder().policy(Policy.directory(folder).trusted()).build();
        assertThat(marks.resolve("compiled")).as("metadata is evaluated when the policy compiles").exists();
    }
}
