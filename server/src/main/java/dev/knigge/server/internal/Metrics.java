package dev.knigge.server.internal;

import dev.knigge.Advisor;
import dev.knigge.advice.Advice;
import dev.knigge.advice.Finding;
import dev.knigge.advice.Verdict;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the service counts, served at {@code /metrics} in the Prometheus text format: reviews by
 * verdict, findings by rule and severity, review latency, failed and rejected reviews, the queue, policy
 * reloads and their failures, and the policy in service. Thread-safe; counting is lock-free.
 */
public final class Metrics {
    private final Map<Verdict, LongAdder> verdicts = new EnumMap<>(Verdict.class);
    /** By rule id and severity, as {@code "RULE-ID\u0000SEVERITY"}. */
    private final Map<String, LongAdder> findings = new ConcurrentHashMap<>();
    private final LatencyHistogram latency = new LatencyHistogram();
    private final LongAdder failed = new LongAdder();
    private final LongAdder rejected = new LongAdder();

    public Metrics() {
        for (Verdict verdict : Verdict.values()) {
            verdicts.put(verdict, new LongAdder());
        }
    }

    /** A review that gave advice, and how long it took ({@code nanos < 0}: not timed, as in an audit). */
    void reviewed(Advice advice, long nanos) {
        verdicts.get(advice.verdict()).increment();
        for (Finding finding : advice.findings()) {
            findings.computeIfAbsent(finding.rule() + '\u0000' + finding.severity().name(), key -> new LongAdder())
                    .increment();
        }
        if (nanos >= 0) {
            latency.record(nanos);
        }
    }

    /** A review that failed inside the policy. */
    void failed() {
        failed.increment();
    }

    /** A request turned away with 503 because the queue of reviews was full. */
    void rejected() {
        rejected.increment();
    }

    /** Every metric in the text format; {@code queued}: the reviews waiting for a thread now. */
    String text(ServedPolicy policy, int queued) {
        StringBuilder out = new StringBuilder(4096);
        Prometheus.family(out, "knigge_reviews_total", "counter", "Reviews that gave advice, by verdict.");
        verdicts.forEach((verdict, count) -> out.append("knigge_reviews_total{verdict=\"").append(verdict.name())
                .append("\"} ").append(count.sum()).append('\n'));
        Prometheus.family(out, "knigge_findings_total", "counter", "Findings in the advice given, by rule id and severity.");
        new TreeMap<>(findings).forEach((key, count) -> {
            int split = key.indexOf('\u0000');
            out.append("knigge_findings_total{rule=\"").append(Prometheus.label(key.substring(0, split)))
                    .append("\",severity=\"").append(key.substring(split + 1)).append("\"} ").append(count.sum()).append('\n');
        });
        Prometheus.family(out, "knigge_review_duration_seconds", "histogram",
                "Time a review takes in the policy, without HTTP and JSON (reviews of an audit are not timed).");
        latency.appendTo(out, "knigge_review_duration_seconds");
        Prometheus.family(out, "knigge_reviews_failed_total", "counter", "Reviews that failed inside the policy (a rule threw or looped).");
        out.append("knigge_reviews_failed_total ").append(failed.sum()).append('\n');
        Prometheus.family(out, "knigge_requests_rejected_total", "counter", "Requests answered 503 because the queue of reviews was full.");
        out.append("knigge_requests_rejected_total ").append(rejected.sum()).append('\n');
        Prometheus.family(out, "knigge_review_queue_length", "gauge", "Reviews (a batch or an audit counts as one) waiting for a thread.");
        out.append("knigge_review_queue_length ").append(queued).append('\n');
        Prometheus.family(out, "knigge_policy_reloads_total", "counter", "Reloads of a watched policy folder that went into service.");
        out.append("knigge_policy_reloads_total ").append(policy.reloads()).append('\n');
        Prometheus.family(out, "knigge_policy_reload_failures_total", "counter",
                "Reloads of a watched policy folder that failed; the last good policy kept serving.");
        out.append("knigge_policy_reload_failures_total ").append(policy.reloadFailures()).append('\n');
        Advisor current = policy.current();
        Prometheus.family(out, "knigge_policy_info", "gauge", "The policy in service: its id and version.");
        out.append("knigge_policy_info{policy=\"").append(Prometheus.label(current.policyId())).append("\",version=\"")
                .append(Prometheus.label(current.policyVersion())).append("\"} 1\n");
        return out.toString();
    }
}
