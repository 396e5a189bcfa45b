package dev.knigge.benchmarks;

import dev.knigge.Advisor;
import dev.knigge.audit.Campaign;
import dev.knigge.audit.CampaignReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The campaign audit against plain {@code check} of the same NDJSON file, end to end in one
 * process (read, decode, review on all cores, results in input order). Read the ratios, not the
 * absolute times, which depend on the machine and its load: {@code audit / check} is what a user
 * sees; {@code audit / checkCounted} — check of the same campaign with the audit's counts stated
 * in every request, so the engine fires the same rules — is what the audit itself adds (its
 * second read, the template index, normalising each note twice).
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * mvn -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp benchmarks/target/classes:$(cat benchmarks/cp.txt) org.openjdk.jmh.Main AuditBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class AuditBenchmark {
    /** Requests in the generated campaign. */
    @Param("100000")
    public int size;

    private Advisor advisor;
    private Path campaign;
    private Path counted;

    /** Builds the Advisor and writes the campaign once. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        advisor = Advisor.builder().build();
        campaign = CampaignFile.write(size);
        counted = CampaignFile.withCampaignCounts(advisor, campaign);
    }

    /** Deletes the campaign file. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(campaign);
        Files.deleteIfExists(counted);
    }

    /** The baseline: {@code knigge check} of the file. */
    @Benchmark
    public void check(Blackhole blackhole) throws IOException, InterruptedException {
        CheckBaseline.check(advisor, campaign, blackhole::consume);
    }

    /** {@code knigge check} of the campaign with the audit's counts stated in each request. */
    @Benchmark
    public void checkCounted(Blackhole blackhole) throws IOException, InterruptedException {
        CheckBaseline.check(advisor, counted, blackhole::consume);
    }

    /** {@code knigge audit} of the same file: two reads, the template index, the reviews, the report. */
    @Benchmark
    public CampaignReport audit(Blackhole blackhole) {
        return advisor.audit(Campaign.ndjson(campaign), blackhole::consume);
    }
}
