package dev.knigge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/knigge}, the launcher that runs the jar with the JVM options of a fast start. */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("../bin/knigge");
    private static final Path JAR = Path.of("target/knigge.jar");

    private record Run(int code, String out, String err) {}

    private static Run run(Map<String, String> environment, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("knigge-out", ".txt");
        Path err = Files.createTempFile("knigge-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("KNIGGE_JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the command finishes").isTrue();
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    private static Run launcher(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        return run(environment, command);
    }

    private static Run jar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(Map.of(), command);
    }

    @Test
    void thePackageBuildsAClassDataSharingArchiveBesideTheJar() {
        assertThat(Path.of("target/knigge.jsa")).isRegularFile();
    }

    @Test
    void printsWhatTheJarPrints() throws Exception {
        Run launched = launcher(Map.of(), "check", "--locale", "en", Cli.STRANGER, Cli.OFF_TOPIC);
        Run direct = jar("check", "--locale", "en", Cli.STRANGER, Cli.OFF_TOPIC);
        assertThat(launched.code()).isZero();
        assertThat(launched.err()).isEmpty();
        assertThat(launched.out()).startsWith("DO_NOT_SEND").isEqualTo(direct.out());
    }

    @Test
    void passesExitCodesAndKeepsJsonOutputClean() throws Exception {
        Run json = launcher(Map.of(), "check", "--format", "json", "--fail-on", "REVISE", Cli.CAMPAIGN);
        assertThat(json.code()).isEqualTo(1);
        assertThat(json.out().lines()).hasSize(12).allSatisfy(line -> assertThat(line).startsWith("{\"id\":\"c"));
        assertThat(launcher(Map.of(), "check", "no-such-file.json").code()).isEqualTo(2);
    }

    @Test
    void anArchiveThatDoesNotFitTheJarIsIgnoredSilently(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("knigge.jar");
        Files.copy(JAR, jar);
        Files.write(dir.resolve("knigge.jsa"), "not an archive".getBytes(StandardCharsets.US_ASCII));
        Run run = launcher(Map.of("KNIGGE_JAR", jar.toString()), "check", "--format", "json", Cli.STRANGER);
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(jar("check", "--format", "json", Cli.STRANGER).out());
    }

    @Test
    void aMissingJarIsNamed(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("knigge.jar");
        Run run = launcher(Map.of("KNIGGE_JAR", jar.toString()), "check", Cli.STRANGER);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(jar + " is missing").contains("mvn -B -q package -DskipTests");
        assertThat(run.out()).isEmpty();
    }
}
