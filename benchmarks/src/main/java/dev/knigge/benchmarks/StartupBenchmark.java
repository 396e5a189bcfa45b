package dev.knigge.benchmarks;

import dev.knigge.json.RequestJson;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up as a user sees it: {@code bin/knigge check request.json} (the launcher) and
 * {@code java -jar cli/target/knigge.jar check request.json} against {@code java Hello} (a
 * hello-world JVM), each a new process, timed from launch to exit, with the same {@code java} that
 * runs the benchmarks. The CLI jar is {@code -Dknigge.jar=…}, by default
 * {@code cli/target/knigge.jar} under the working directory; the launcher is {@code bin/knigge}
 * three folders above the jar.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 20)
@Fork(1)
public class StartupBenchmark {
    private Path dir;
    private String java;
    private List<String> check;
    private List<String> launcher;
    private List<String> hello;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path jar = Path.of(System.getProperty("knigge.jar", "cli/target/knigge.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it (mvn package) or pass -Dknigge.jar=…");
        }
        dir = Files.createTempDirectory("knigge-startup");
        Path request = dir.resolve("request.json");
        Files.writeString(request, RequestJson.write(Corpus.standard().get(0)));
        Path helloClass = dir.resolve("classes/dev/knigge/benchmarks/Hello.class");
        Files.createDirectories(helloClass.getParent());
        try (InputStream in = Hello.class.getResourceAsStream("Hello.class")) {
            Files.copy(in, helloClass);
        }
        java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        check = List.of(java, "-jar", jar.toString(), "check", request.toString());
        Path script = jar.getParent().getParent().getParent().resolve("bin/knigge");
        launcher = List.of("sh", script.toString(), "check", request.toString());
        hello = List.of(java, "-cp", dir.resolve("classes").toString(), Hello.class.getName());
        run(check);
        run(launcher);
        run(hello);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
        }
    }

    @Benchmark
    public int kniggeCheck() throws Exception {
        return run(check);
    }

    @Benchmark
    public int kniggeLauncher() throws Exception {
        return run(launcher);
    }

    @Benchmark
    public int helloWorld() throws Exception {
        return run(hello);
    }

    private static int run(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("KNIGGE_JAVA_OPTS");
        Process process = builder.start();
        try {
            int code = process.waitFor();
            if (code != 0) {
                throw new IllegalStateException(command + " exited with " + code);
            }
            return code;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
