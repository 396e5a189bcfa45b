package dev.knigge.benchmarks;

import dev.knigge.Advisor;
import dev.knigge.request.ReviewRequest;
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
            double[] ratios = new double[rounds];
            double[] statedRatios = new double[rounds];
            int requests = passes * corpus.size();
            for (int round = 0; round < rounds; round++) {
                long reviewAll = reviewAll(advisor, corpus, passes);
                long streamed = topology(topology, passes);
                long streamedStated = topology(stated, passes);
                ratios[round] = reviewAll / (double) streamed;
                statedRatios[round] = reviewAll / (double) streamedStated;
                System.out.printf(Locale.ROOT, "round %d: reviewAll %,.0f/s, topology %,.0f/s, counts stated %,.0f/s: "
                        + "topology/reviewAll %.2f, counts stated %.2f%n", round + 1, requests * 1e9 / reviewAll,
                        requests * 1e9 / streamed, requests * 1e9 / streamedStated, ratios[round], statedRatios[round]);
            }
            Arrays.sort(ratios);
            Arrays.sort(statedRatios);
            System.out.printf(Locale.ROOT, "%d requests a round, %d rounds: median topology/reviewAll %.2f (%.2f to %.2f), "
                    + "counts stated %.2f (%.2f to %.2f)%n", requests, rounds, ratios[rounds / 2], ratios[0],
                    ratios[rounds - 1], statedRatios[rounds / 2], statedRatios[0], statedRatios[rounds - 1]);
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

    private static long topology(TopologyRun topology, int passes) {
        long start = System.nanoTime();
        for (int pass = 0; pass < passes; pass++) {
            topology.sendCorpus(output -> { });
        }
        return System.nanoTime() - start;
    }
}
