package dev.knigge.benchmarks;

import dev.knigge.Advisor;
import dev.knigge.advice.Advice;
import dev.knigge.internal.engine.Engine;
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
 * One review of a prepared request with the {@code professional} policy: note analysis, rules,
 * aggregation and message rendering (no JSON). {@link #knigge} runs the DRL through Drools as
 * {@link Advisor#review} does; {@link #handWritten} runs the same norms as plain Java with the
 * same analysis, aggregation and rendering. Their ratio is what the rule engine costs. Each
 * operation is one review; an invocation goes once through the whole corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReviewBenchmark {
    private List<ReviewRequest> corpus;
    private Advisor advisor;
    private Engine engine;
    private HandWrittenNorms norms;

    @Setup
    public void setUp() {
        corpus = Corpus.standard();
        advisor = Professional.advisor();
        engine = Professional.engine();
        norms = Professional.handWritten(engine);
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.SIZE)
    public void knigge(Blackhole out) {
        for (ReviewRequest request : corpus) {
            Advice advice = advisor.review(request);
            out.consume(advice);
        }
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.SIZE)
    public void handWritten(Blackhole out) {
        for (ReviewRequest request : corpus) {
            Advice advice = norms.review(engine, request, null);
            out.consume(advice);
        }
    }
}
