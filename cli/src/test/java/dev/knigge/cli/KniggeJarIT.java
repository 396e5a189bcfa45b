package dev.knigge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as users run it: {@code java -jar cli/target/knigge.jar …}. */
class KniggeJarIT {
    static final Path JAR = Path.of("target/knigge.jar");

    /** Runs the jar as users do. */
    static Launched java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return Launched.run(java.util.Map.of(), command);
    }

    @Test
    void theReadmesFirstCommandReviewsTheFoundingPostsRequest() throws Exception {
        Launched run = java("check", Cli.STRANGER);
        assertThat(run.code()).isZero();
        assertThat(run.err()).as("silent unless --verbose").isEmpty();
        assertThat(run.out()).startsWith("DO_NOT_SEND").contains("  BLOCKER  REC-STRANGER  Empfehlung von Unbekannten");
        Launched english = java("check", "--locale", "en", Cli.STRANGER);
        assertThat(english.out()).contains("  BLOCKER  REC-STRANGER  Recommendation from a stranger");
    }

    @Test
    void jsonOutputIsJsonOnly() throws Exception {
        Launched run = java("check", "--format", "json", Cli.CAMPAIGN);
        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).hasSize(12).allSatisfy(line -> assertThat(line).startsWith("{\"id\":\"c"));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void auditsTheExampleCampaignAsMassSent() throws Exception {
        Launched run = java("audit", "--format", "json", Cli.CAMPAIGN);
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(13);
        assertThat(lines.subList(0, 12)).allSatisfy(line -> assertThat(line).contains("\"verdict\":\"DO_NOT_SEND\"")
                .contains("\"rule\":\"GEN-MASS-TEMPLATE\""));
        assertThat(lines.get(12)).startsWith("{\"campaign\":{\"requests\":12,\"requesters\":1,")
                .endsWith("\"conclusion\":\"Mass-sent: 12 of 12 requests share one note.\"}}");
    }

    @Test
    void badInputExitsTwoWithoutAStackTrace() throws Exception {
        Launched run = java("check", "src/test/resources/batch.ndjson");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("batch.ndjson:2: $.relationship.knowsEachOther").doesNotContain("\tat ");
    }

    @Test
    void aHostileBatchExitsTwoWithEveryBadLineReportedAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hostile.ndjson");
        HostileBatch batch = HostileBatch.write(file);
        Launched run = java("check", "--format", "json", file.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out().lines()).hasSize(batch.good.size());
        assertThat(run.err().lines()).hasSize(batch.bad.size())
                .allSatisfy(line -> assertThat(line).startsWith("knigge: " + file + ":"));
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void testRunsTheProfessionalPolicysScenariosWithCoverage() throws Exception {
        Launched run = java("test", "--coverage", TestCommandTest.SCENARIOS);
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Coverage of professional 1.0.0: 39 of 39 rules fired");
        assertThat(run.out().lines()).last().asString().matches("\\d+ passed, 0 failed");
    }

    @Test
    void servesTheReviewAndThePageFromTheJarAndStopsOnSigterm() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "serve", "--port", "0");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            assertThat(first).startsWith("Serving policy professional ").endsWith("; Ctrl-C stops.");
            URI uri = URI.create(first.replaceAll(".* at (http://\\S+/);.*", "$1"));
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<textarea id=\"note\"");
            HttpResponse<String> advice = http.send(HttpRequest.newBuilder(uri.resolve("/v1/review"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of(Cli.STRANGER))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(advice.body()).contains("\"verdict\":\"DO_NOT_SEND\"", "\"rule\":\"REC-STRANGER\"");
            process.toHandle().destroy(); // SIGTERM, leaving the pipes open to read what it printed on the way out
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
            assertThat(out.readLine()).isEqualTo("Stopped.");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void theJarMergesDroolsServiceFilesAndKeepsItsConfiguration() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            String suppliers = new String(jar.getInputStream(jar.getEntry(
                    "META-INF/services/org.drools.wiring.api.ComponentsSupplier")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(suppliers).contains("org.drools.wiring.statics.StaticComponentsSupplier")
                    .contains("org.drools.wiring.dynamic.DynamicComponentsSupplier");
            assertThat(jar.getEntry("META-INF/kie.default.properties.conf")).isNotNull();
            assertThat(jar.getEntry("META-INF/kie.default.mvel.properties.conf")).isNotNull();
            String saved = new String(jar.getInputStream(jar.getEntry("knigge/policies/professional/precompiled.rules"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            String model = saved.lines().filter(line -> line.startsWith("model ")).findFirst().orElseThrow()
                    .substring("model ".length());
            assertThat(jar.getEntry(model.replace('.', '/') + ".class")).as("the executable model's class").isNotNull();
            assertThat(jar.getEntry("org/drools/model/codegen/ExecutableModelProject.class"))
                    .as("the code generator is for the build only").isNull();
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("dev.knigge.cli.Knigge");
        }
    }
}
