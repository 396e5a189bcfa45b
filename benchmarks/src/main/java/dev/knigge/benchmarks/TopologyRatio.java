package dev.knigge.benchmarks;

import dev.knigge.Advisor;
import dev.knigge.audit.NoteSignature;
import dev.knigge.audit.SenderCounts;
import dev.knigge.json.AdviceJson;
import dev.knigge.json.RequestJson;
import dev.knigge.request.ReviewRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The topology/reviewAll ratios of {@link TopologyBenchmark} (the corpus as it is, and with its counts stated), robust to a shared, noisy machine:
 * after a warm-up of all three, it runs {@code reviewAll} of the corpus on one thread and the same
 * corpus through the topology, as it is and with its counts stated, in turn, round after round, in one process, and prints each round's
 * ratio of throughputs and their median. Slow drifts in the machine's load hit all three of a round alike.
 * A fourth lane, {@code without Kafka}, does in a plain loop what the topology's processor does for
 * each record besides its history and Kafka's own work: read the request's JSON, sign its note,
 * review it, write the advice's JSON. Its ratio is the most any topology that reads and writes JSON
 * can reach; the gap between it and the topology's is what the history and Kafka Streams cost.
 *
 * <pre>
 * java -Djava.util.concurrent.ForkJoinPool.common.parallelism=0 -cp benchmarks/target/benchmarks.jar \
 *     dev.knigge.benchmarks.TopologyRatio [passes per round (20)] [rounds (9)] [warm-up rounds (20)]
 * </pre>
 */
public final class TopologyRatio {
    private TopologyRatio() {}

    /** Runs the comparison. */
    public static void main(String[] args) throws Exception {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        requireOneThread();
        List<ReviewRequest> corpus = Corpus.standard();
        Advisor advisor = Professional.advisor();
        try (TopologyRun topology = new TopologyRun(advisor, corpus);
             TopologyRun stated = new TopologyRun(advisor, TopologyRun.countsStated(corpus))) {
            for (int round = 0; round < warmup; round++) {
                reviewAll(advisor, corpus, passes);
                topology(topology, passes);
                topology(stated, passes);
            }
            byte[][] values = TopologyRun.json(corpus);
            for (int round = 0; round < warmup; round++) {
                withoutKafka(advisor, values, passes);
            }
            double[] ratios = new double[rounds];
            double[] statedRatios = new double[rounds];
            double[] floorRatios = new double[rounds];
            int requests = passes * corpus.size();
            for (int round = 0; round < rounds; round++) {
                long reviewAll = reviewAll(advisor, corpus, passes);
                long streamed = topology(topology, passes);
                long streamedStated = topology(stated, passes);
                long floor = withoutKafka(advisor, values, passes);
                ratios[round] = reviewAll / (double) streamed;
                statedRatios[round] = reviewAll / (double) streamedStated;
                floorRatios[round] = reviewAll / (double) floor;
                System.out.printf(Locale.ROOT, "round %d: reviewAll %,.0f/s, topology %,.0f/s, counts stated %,.0f/s, "
                        + "without Kafka %,.0f/s: topology/reviewAll %.2f, counts stated %.2f, without Kafka %.2f%n",
                        round + 1, requests * 1e9 / reviewAll, requests * 1e9 / streamed, requests * 1e9 / streamedStated,
                        requests * 1e9 / floor, ratios[round], statedRatios[round], floorRatios[round]);
            }
            System.out.printf(Locale.ROOT, "%d requests a round, %d rounds: median topology/reviewAll %s, "
                    + "counts stated %s, without Kafka %s%n", requests, rounds, median(ratios), median(statedRatios),
                    median(floorRatios));
        }
    }

    /** reviewAll must stay on the calling thread: the ratio is per core. */
    static void requireOneThread() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 10_000).parallel().forEach(i -> threads.add(Thread.currentThread().getName()));
        if (threads.size() != 1) {
            throw new IllegalStateException("run with -Djava.util.concurrent.ForkJoinPool.common.parallelism=0: "
                    + "reviewAll ran on " + threads);
        }
    }

    private static long reviewAll(Advisor advisor, List<ReviewRequest> corpus, int passes) {
        long start = System.nanoTime();
        for (int pass = 0; pass < passes; pass++) {
            advisor.reviewAll(corpus);
        }
        return System.nanoTime() - start;
    }

    /** The median of the rounds' ratios and their range. */
    static String median(double[] ratios) {
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.2f (%.2f to %.2f)", sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
    }

    /** The processor's work on each record but its history and Kafka: JSON in, the note's signature, the review, JSON out. */
    private static long withoutKafka(Advisor advisor, byte[][] values, int passes) {
        AdviceJson adviceJson = AdviceJson.compact();
        SenderCounts counts = new SenderCounts(0, 1);
        long start = System.nanoTime();
        long bytes = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (byte[] value : values) {
                ReviewRequest request = read(value);
                NoteSignature signature = advisor.noteSignature(request);
                bytes += signature == null ? 0 : 1;
                bytes += adviceJson.write(advisor.review(counts.fillIn(request))).getBytes(StandardCharsets.UTF_8).length;
            }
        }
        long elapsed = System.nanoTime() - start;
        if (bytes == 0) {
            throw new IllegalStateException("no advice written");
        }
        return elapsed;
    }

    private static ReviewRequest read(byte[] value) {
        try {
            return RequestJson.read(new ByteArrayInputStream(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long topology(TopologyRun topology, int passes) {
        long start = System.nanoTime();
        for (int pass = 0; pass < passes; pass++) {
            topology.sendCorpus(output -> { });
        }
        return System.nanoTime() - start;
    }
}
