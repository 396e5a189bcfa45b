package dev.knigge.benchmarks;

import dev.knigge.Advisor;
import dev.knigge.request.ReviewRequest;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The topology/reviewAll ratio on a real broker, in one process: one Kafka node in-process
 * ({@link EmbeddedBroker}, KRaft, loopback only), the corpus produced to it once, {@code passes}
 * times ({@link BrokerRun}); then, after warm-up rounds, round after round in turn, {@code reviewAll}
 * of the same requests on this thread and a new {@link org.apache.kafka.streams.KafkaStreams}
 * application over all of them (one stream thread, {@code exactly_once_v2} or the processing
 * guarantee {@code -Dknigge.guarantee} names, the default commit interval). It prints each round's
 * throughputs and the ratios, and their medians:
 *
 * <ul>
 *   <li>by wall clock: requests a second from the moment the application is running to the moment
 *       its input is committed, against {@code reviewAll}'s; the broker and the application share
 *       the machine's cores, as they would not in production;</li>
 *   <li>by CPU: requests per CPU-second of the stream thread, against {@code reviewAll}'s per
 *       CPU-second of its thread, the steadier figure on a shared machine; the CPU of the
 *       application's producer network thread, its other client threads and the whole process
 *       (the broker, RocksDB's background threads, the JIT and the collector) is printed beside it.</li>
 * </ul>
 *
 * {@code -Dknigge.countsStated=true} sends the corpus with the counts {@code reviewAll} reads
 * stated ({@link TopologyRun#countsStated}), so both review alike. The process exits with status 1
 * if any advice is missing or any dead letter appears.
 *
 * <pre>
 * java -Djava.util.concurrent.ForkJoinPool.common.parallelism=0 -Xms1g -Xmx1g \
 *     [-Dknigge.guarantee=at_least_once] -cp benchmarks/target/benchmarks.jar \
 *     dev.knigge.benchmarks.BrokerRatio [passes per round (100)] [rounds (5)] [warm-up rounds (4)]
 * </pre>
 */
public final class BrokerRatio {
    private BrokerRatio() {}

    /** Runs the comparison, and exits with status 0 if every round's advice was complete. */
    public static void main(String[] args) {
        int status = 1;
        try {
            run(args.length > 0 ? Integer.parseInt(args[0]) : 100, args.length > 1 ? Integer.parseInt(args[1]) : 5,
                    args.length > 2 ? Integer.parseInt(args[2]) : 4);
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace();
        }
        // Kafka's and RocksDB's threads must not keep the process alive, whatever happened.
        System.exit(status);
    }

    private static void run(int passes, int rounds, int warmup) throws Exception {
        TopologyRatio.requireOneThread();
        String guarantee = System.getProperty("knigge.guarantee", StreamsConfig.EXACTLY_ONCE_V2);
        List<ReviewRequest> corpus = Corpus.standard();
        List<ReviewRequest> streamed = Boolean.getBoolean("knigge.countsStated") ? TopologyRun.countsStated(corpus) : corpus;
        Advisor advisor = Professional.advisor();
        try (EmbeddedBroker broker = new EmbeddedBroker();
             BrokerRun topology = new BrokerRun(broker, advisor, streamed, passes, guarantee)) {
            long requests = topology.requests();
            System.out.printf(Locale.ROOT, "%s, %d requests a round in %d partition, counts %s%n", guarantee, requests,
                    BrokerRun.PARTITIONS, streamed == corpus ? "from the history" : "stated");
            for (int round = 0; round < warmup; round++) {
                reviewAll(advisor, corpus, passes);
                topology.round();
            }
            double[] wall = new double[rounds];
            double[] cpu = new double[rounds];
            double[] withProducer = new double[rounds];
            double[] process = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                long[] baseline = reviewAll(advisor, corpus, passes);
                BrokerRun.Round run = topology.round();
                double baselineWall = rate(requests, baseline[0]);
                double baselineCpu = rate(requests, baseline[1]);
                wall[round] = rate(requests, run.wall()) / baselineWall;
                cpu[round] = rate(requests, run.streamThread()) / baselineCpu;
                withProducer[round] = rate(requests, run.streamThread() + run.producerNetwork()) / baselineCpu;
                process[round] = rate(requests, run.process()) / baselineCpu;
                System.out.printf(Locale.ROOT, "round %d: reviewAll %,.0f/s, %,.0f per CPU-s; topology %,.0f/s "
                        + "(running after %.1f s, %,d held), %,.0f per CPU-s of the stream thread; CPU beside the "
                        + "stream thread's: producer network thread %.0f%%, other client threads %.0f%%, broker's threads "
                        + "%.0f%%, whole process %.0f%%; topology/reviewAll %.2f by wall clock, %.2f by CPU (%.2f with "
                        + "the producer network thread, %.2f of the process's)%n", round + 1, baselineWall, baselineCpu,
                        rate(requests, run.wall()), run.startup() / 1e9, run.held(), rate(requests, run.streamThread()),
                        percent(run.producerNetwork(), run.streamThread()), percent(run.otherClientThreads(), run.streamThread()),
                        percent(run.brokerThreads(), run.streamThread()), percent(run.process(), run.streamThread()),
                        wall[round], cpu[round], withProducer[round], process[round]);
            }
            System.out.printf(Locale.ROOT, "%d requests a round, %d rounds on %d cores: median topology/reviewAll "
                    + "%s by wall clock, %s by CPU of the stream thread, %s with its producer network thread, "
                    + "%s by CPU of the process%n", requests, rounds, Runtime.getRuntime().availableProcessors(),
                    TopologyRatio.median(wall), TopologyRatio.median(cpu), TopologyRatio.median(withProducer),
                    TopologyRatio.median(process));
        }
    }

    /** The wall time and the CPU time of this thread, in nanoseconds, that {@code passes} reviews of the corpus took. */
    private static long[] reviewAll(Advisor advisor, List<ReviewRequest> corpus, int passes) {
        long cpu = ThreadCpu.currentThread();
        long start = System.nanoTime();
        for (int pass = 0; pass < passes; pass++) {
            advisor.reviewAll(corpus);
        }
        return new long[] {System.nanoTime() - start, ThreadCpu.currentThread() - cpu};
    }

    private static double rate(long requests, long nanos) {
        return requests * 1e9 / nanos;
    }

    private static double percent(long part, long whole) {
        return 100.0 * part / whole;
    }

}
