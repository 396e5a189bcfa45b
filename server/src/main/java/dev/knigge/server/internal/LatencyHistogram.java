package dev.knigge.server.internal;

import java.util.concurrent.atomic.LongAdder;

/**
 * Review latencies in fixed buckets, for a Prometheus histogram. Thread-safe and lock-free: a
 * review adds to one bucket and the sum; the count is the buckets' total.
 */
final class LatencyHistogram {
    /** Upper bounds in seconds: a review takes tens of microseconds warm, far more while the JIT warms up. */
    static final double[] BOUNDS = {
        0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
    };

    private final LongAdder[] buckets = new LongAdder[BOUNDS.length + 1];
    private final LongAdder sumNanos = new LongAdder();

    LatencyHistogram() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    void record(long nanos) {
        double seconds = nanos / 1e9;
        int bucket = 0;
        while (bucket < BOUNDS.length && seconds > BOUNDS[bucket]) {
            bucket++;
        }
        buckets[bucket].increment();
        sumNanos.add(nanos);
    }

    /** Appends the histogram's lines (cumulative buckets, {@code +Inf}, sum and count) in the text format. */
    void appendTo(StringBuilder out, String name) {
        long cumulative = 0;
        for (int i = 0; i < buckets.length; i++) {
            cumulative += buckets[i].sum();
            String le = i < BOUNDS.length ? Prometheus.number(BOUNDS[i]) : "+Inf";
            out.append(name).append("_bucket{le=\"").append(le).append("\"} ").append(cumulative).append('\n');
        }
        out.append(name).append("_sum ").append(Prometheus.number(sumNanos.sum() / 1e9)).append('\n');
        out.append(name).append("_count ").append(cumulative).append('\n');
    }
}
