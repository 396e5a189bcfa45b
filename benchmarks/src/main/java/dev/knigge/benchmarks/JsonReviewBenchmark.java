package dev.knigge.benchmarks;

import dev.knigge.Advisor;
import dev.knigge.json.AdviceJson;
import dev.knigge.json.RequestJson;
import dev.knigge.request.ReviewRequest;
import java.util.ArrayList;
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
 * A request as a service sees it: JSON in, advice JSON out. {@link #decodeReviewEncode} is the
 * whole way, {@link #decodeEncode} the JSON part alone. One operation is one request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonReviewBenchmark {
    private List<String> requests;
    private List<dev.knigge.advice.Advice> advice;
    private Advisor advisor;
    private AdviceJson encoder;

    @Setup
    public void setUp() {
        advisor = Professional.advisor();
        encoder = AdviceJson.compact();
        requests = new ArrayList<>();
        advice = new ArrayList<>();
        for (ReviewRequest request : Corpus.standard()) {
            requests.add(RequestJson.write(request));
            advice.add(advisor.review(request));
        }
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.SIZE)
    public void decodeReviewEncode(Blackhole out) {
        for (String json : requests) {
            out.consume(encoder.write(advisor.review(RequestJson.read(json))));
        }
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.SIZE)
    public void decodeEncode(Blackhole out) {
        for (int i = 0; i < requests.size(); i++) {
            out.consume(RequestJson.read(requests.get(i)));
            out.consume(encoder.write(advice.get(i)));
        }
    }
}
