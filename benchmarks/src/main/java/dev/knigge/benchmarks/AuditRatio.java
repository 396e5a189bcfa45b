package dev.knigge.benchmarks;

import dev.knigge.Advisor;
import dev.knigge.audit.Campaign;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The audit/check ratios end to end, robust to a shared, noisy machine: after warming up, it runs
 * check, check of the campaign with the audit's counts stated ({@link AuditBenchmark}) and audit
 * of the same generated campaign in turn, round after round, and prints each round's ratios and
 * their medians. Slow drifts in the machine's load hit all three of a round alike.
 *
 * <pre>
 * java -cp benchmarks/target/classes:$(cat benchmarks/cp.txt) dev.knigge.benchmarks.AuditRatio [requests] [rounds]
 * </pre>
 */
public final class AuditRatio {
    private AuditRatio() {}

    /** Runs the comparison: {@code [requests (100000)] [rounds (7)]}. */
    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Advisor advisor = Advisor.builder().build();
        Path campaign = CampaignFile.write(size);
        Path counted = CampaignFile.withCampaignCounts(advisor, campaign);
        try {
            for (int warmup = 0; warmup < 2; warmup++) {
                check(advisor, campaign);
                check(advisor, counted);
                audit(advisor, campaign);
            }
            double[] ratios = new double[rounds];
            double[] overheads = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                long check = check(advisor, campaign);
                long checkCounted = check(advisor, counted);
                long audit = audit(advisor, campaign);
                ratios[round] = audit / (double) check;
                overheads[round] = audit / (double) checkCounted;
                System.out.printf(Locale.ROOT, "round %d: check %d ms, check counted %d ms, audit %d ms: "
                        + "audit/check %.2f, audit/check counted %.2f%n", round + 1, check / 1_000_000,
                        checkCounted / 1_000_000, audit / 1_000_000, ratios[round], overheads[round]);
            }
            Arrays.sort(ratios);
            Arrays.sort(overheads);
            System.out.printf(Locale.ROOT, "%d requests on %d cores: median audit/check %.2f (%.2f to %.2f), "
                    + "audit/check counted %.2f (%.2f to %.2f)%n", size, Runtime.getRuntime().availableProcessors(),
                    ratios[rounds / 2], ratios[0], ratios[rounds - 1], overheads[rounds / 2], overheads[0],
                    overheads[rounds - 1]);
        } finally {
            Files.deleteIfExists(campaign);
            Files.deleteIfExists(counted);
        }
    }

    private static long check(Advisor advisor, Path campaign) throws Exception {
        long start = System.nanoTime();
        CheckBaseline.check(advisor, campaign, advice -> { });
        return System.nanoTime() - start;
    }

    private static long audit(Advisor advisor, Path campaign) {
        long start = System.nanoTime();
        advisor.audit(Campaign.ndjson(campaign), audited -> { });
        return System.nanoTime() - start;
    }
}
