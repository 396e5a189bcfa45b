package dev.knigge.benchmarks;

import dev.knigge.internal.note.NoteAnalyzer;
import dev.knigge.request.RequestType;
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
 * Note analysis alone (the professional lexicons, English and German): over the corpus, one
 * operation per request; and over notes of 300 characters, the length of a LinkedIn connection
 * note, the budget issue 12 holds the analysis to.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class NoteAnalysisBenchmark {
    private List<ReviewRequest> corpus;
    private List<ReviewRequest> threeHundred;
    private NoteAnalyzer analyzer;

    @Setup
    public void setUp() {
        corpus = Corpus.standard();
        threeHundred = List.of(
                ReviewRequest.builder(RequestType.CONNECTION).note(NoteCostBenchmark.note("plainEnglish", 300)).build(),
                ReviewRequest.builder(RequestType.CONNECTION).note(NoteCostBenchmark.note("plainGerman", 300)).build());
        analyzer = Professional.engine().analyzer();
    }

    @Benchmark
    @OperationsPerInvocation(Corpus.SIZE)
    public void analyze(Blackhole out) {
        for (ReviewRequest request : corpus) {
            out.consume(analyzer.analyze(request));
        }
    }

    @Benchmark
    @OperationsPerInvocation(2)
    public void analyzeThreeHundredCharacters(Blackhole out) {
        for (ReviewRequest request : threeHundred) {
            out.consume(analyzer.analyze(request));
        }
    }
}
