package dev.knigge.benchmarks;

import dev.knigge.Advisor;
import dev.knigge.kafka.KniggeTopology;
import dev.knigge.request.ReviewRequest;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Requests per second through {@link KniggeTopology} ({@link TopologyRun}) against
 * {@code Advisor.reviewAll} of the same corpus on one thread (the common fork-join pool's
 * parallelism is 0, so {@code reviewAll} runs on the calling thread only): their ratio is what
 * reading JSON, the sender's history in RocksDB, writing the advice and Kafka Streams' processing
 * cost on top of the reviews. {@code topology} reviews each request with the counts its sender's
 * history gives, which makes some reviews heavier (GEN-VOLUME, GEN-MASS-TEMPLATE fire);
 * {@code topologyCountsStated} sends the corpus with the counts {@code reviewAll} reads (0 and 1)
 * stated, so both review exactly alike and the ratio is the topology's own cost (the history is
 * still read and written). One operation is one request. {@link TopologyRatio} measures the same
 * ratios in one process, round after round.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0"})
public class TopologyBenchmark {
    private List<ReviewRequest> corpus;
    private Advisor advisor;
    private TopologyRun topology;
    private TopologyRun topologyCountsStated;

    @Setup
    public void setUp() throws IOException {
        corpus = Corpus.standard();
        advisor = Professional.advisor();
        topology = new TopologyRun(advisor, corpus);
        topologyCountsStated = new TopologyRun(advisor, TopologyRun.countsStated(corpus));
    }

    @TearDown
    public void tearDown() throws IOException {
        topology.close();
        topologyCountsStated.close();
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.SIZE)
    public void reviewAllOneThread(Blackhole out) {
        out.consume(advisor.reviewAll(corpus));
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.SIZE)
    public void topology(Blackhole out) {
        topology.sendCorpus(out::consume);
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.SIZE)
    public void topologyCountsStated(Blackhole out) {
        topologyCountsStated.sendCorpus(out::consume);
    }
}
