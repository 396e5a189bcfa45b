package dev.knigge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/knigge}, the launcher that runs the jar with the JVM options of a fast start. */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("../bin/knigge");

    private static Launched launcher(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        return Launched.run(environment, command);
    }

    @Test
    void thePackageBuildsAClassDataSharingArchiveBesideTheJar() {
        assertThat(Path.of("target/knigge.jsa")).isRegularFile();
    }

    @Test
    void printsWhatTheJarPrints() throws Exception {
        Launched launched = launcher(Map.of(), "check", "--locale", "en", Cli.STRANGER, Cli.OFF_TOPIC);
        Launched direct = KniggeJarIT.java("check", "--locale", "en", Cli.STRANGER, Cli.OFF_TOPIC);
        assertThat(launched.code()).isZero();
        assertThat(launched.err()).isEmpty();
        assertThat(launched.out()).startsWith("DO_NOT_SEND").isEqualTo(direct.out());
    }

    @Test
    void passesExitCodesAndKeepsJsonOutputClean() throws Exception {
        Launched json = launcher(Map.of(), "check", "--format", "json", "--fail-on", "REVISE", Cli.CAMPAIGN);
        assertThat(json.code()).isEqualTo(1);
        assertThat(json.out().lines()).hasSize(12).allSatisfy(line -> assertThat(line).startsWith("{\"id\":\"c"));
        assertThat(launcher(Map.of(), "check", "no-such-file.json").code()).isEqualTo(2);
    }

    @Test
    void anArchiveThatDoesNotFitTheJarIsIgnoredSilently(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("knigge.jar");
        Files.copy(KniggeJarIT.JAR, jar);
        Files.write(dir.resolve("knigge.jsa"), "not an archive".getBytes(StandardCharsets.US_ASCII));
        Launched run = launcher(Map.of("KNIGGE_JAR", jar.toString()), "check", "--format", "json", Cli.STRANGER);
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(KniggeJarIT.java("check", "--format", "json", Cli.STRANGER).out());
    }

    @Test
    void aMissingJarIsNamed(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("knigge.jar");
        Launched run = launcher(Map.of("KNIGGE_JAR", jar.toString()), "check", Cli.STRANGER);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(jar + " is missing").contains("mvn -B -q package -DskipTests");
        assertThat(run.out()).isEmpty();
    }
}
