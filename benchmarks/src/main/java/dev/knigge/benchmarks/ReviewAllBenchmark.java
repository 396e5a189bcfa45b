package dev.knigge.benchmarks;

import dev.knigge.Advisor;
import dev.knigge.request.ReviewRequest;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code reviewAll} of the corpus against the same reviews one after another on one thread:
 * their ratio is how well a batch scales. The common fork-join pool's parallelism is set to 1 so
 * that {@code reviewAll} works on exactly two threads (the caller and one worker), whatever the
 * machine. One operation is one review.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1"})
public class ReviewAllBenchmark {
    private List<ReviewRequest> corpus;
    private Advisor advisor;

    @Setup
    public void setUp() {
        corpus = Corpus.standard();
        advisor = Professional.advisor();
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.SIZE)
    public void oneThread(Blackhole out) {
        for (ReviewRequest request : corpus) {
            out.consume(advisor.review(request));
        }
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.SIZE)
    public void reviewAllTwoThreads(Blackhole out) {
        out.consume(advisor.reviewAll(corpus));
    }
}
