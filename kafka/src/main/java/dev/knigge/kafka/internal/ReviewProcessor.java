package dev.knigge.kafka.internal;

import dev.knigge.Advisor;
import dev.knigge.advice.Advice;
import dev.knigge.advice.Finding;
import dev.knigge.advice.ReviewException;
import dev.knigge.advice.Verdict;
import dev.knigge.audit.NoteSignature;
import dev.knigge.audit.SenderCounts;
import dev.knigge.json.AdviceJson;
import dev.knigge.json.RequestJson;
import dev.knigge.request.InvalidRequestException;
import dev.knigge.request.ReviewRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reviews each request of its stream task: reads it (JSON v1), fills in what the sender's history
 * says ({@link SenderHistory}) where the request states nothing, adds it to that history, reviews
 * it with the shared {@link Advisor} (when a policy watcher supplies it, the one in service at the
 * time) and forwards the advice, the request again when it must not go out, or a dead letter. A record that cannot be read or reviewed never stops the stream; a
 * failing store does (Kafka Streams then retries the task from its last commit). One per task.
 */
public final class ReviewProcessor implements Processor<String, byte[], String, byte[]> {
    /** Header of a held request: its verdict. */
    public static final String VERDICT_HEADER = "knigge-verdict";
    /** Header of a held request: the ids of the rules that found something, comma-separated, worst first. */
    public static final String RULES_HEADER = "knigge-rules";

    private static final Logger LOG = LoggerFactory.getLogger(ReviewProcessor.class);
    private static final AdviceJson ADVICE = AdviceJson.compact();

    private final Supplier<Advisor> advisors;
    private final Sinks sinks;
    private final int cachedEntries;
    private ProcessorContext<String, byte[]> context;
    private SenderHistory history;
    private ReviewMetrics metrics;

    /** The names of the sink nodes it forwards to. */
    public record Sinks(String advice, String held, String deadLetters) {}

    /**
     * A processor that reviews with a shared Advisor and forwards to the named sinks.
     *
     * @param advisors the Advisor to review each record with, asked once per record
     * @param cachedEntries the entries of each history store the task holds in memory, at most
     */
    public ReviewProcessor(Supplier<Advisor> advisors, Sinks sinks, int cachedEntries) {
        this.advisors = advisors;
        this.sinks = sinks;
        this.cachedEntries = cachedEntries;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.history = new SenderHistory(context.getStateStore(HistoryStores.SENT), context.getStateStore(HistoryStores.NOTES),
                cachedEntries);
        this.metrics = new ReviewMetrics(context.metrics(), context.taskId().toString());
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String sender = record.key();
        if (sender == null) {
            deadLetter(record, DeadLetter.NO_SENDER, null, null, "the record has no key: requests are keyed by their sender");
            return;
        }
        ReviewRequest request;
        try {
            request = read(record.value());
        } catch (InvalidRequestException e) {
            deadLetter(record, DeadLetter.INVALID_REQUEST, e.path(), null, e.problem());
            return;
        }
        // One Advisor for the whole record: a reload between its signature and its review changes neither.
        Advisor advisor = advisors.get();
        NoteSignature signature;
        Advice advice;
        try {
            signature = advisor.noteSignature(request);
        } catch (RuntimeException e) {
            failed(record, e);
            return;
        }
        long time = record.timestamp();
        SenderCounts counts = history.before(sender, request.type(), signature, time);
        // Every valid request joins the history before its review, as in a campaign audit: what a
        // sender sent counts whatever the verdict, and a request whose review failed was still sent.
        history.add(sender, request.type(), signature, time);
        try {
            advice = advisor.review(counts.fillIn(request));
        } catch (RuntimeException e) {
            failed(record, e);
            return;
        }
        metrics.reviewed(advice.verdict());
        context.forward(record.withValue(ADVICE.write(advice).getBytes(StandardCharsets.UTF_8))
                .withHeaders(new RecordHeaders()), sinks.advice());
        if (advice.verdict() == Verdict.DO_NOT_SEND) {
            metrics.held();
            context.forward(record.withHeaders(held(record.headers(), advice)), sinks.held());
        }
    }

    private static ReviewRequest read(byte[] value) {
        if (value == null) {
            throw new InvalidRequestException("$", "no request: the record's value is null");
        }
        try {
            return RequestJson.read(new ByteArrayInputStream(value));
        } catch (IOException e) {
            throw new InvalidRequestException("$", "cannot be read: " + e.getMessage());
        }
    }

    private static Headers held(Headers original, Advice advice) {
        Headers headers = new RecordHeaders(original.toArray());
        headers.add(VERDICT_HEADER, advice.verdict().name().getBytes(StandardCharsets.UTF_8));
        String rules = advice.findings().stream().map(Finding::rule).distinct().collect(Collectors.joining(","));
        headers.add(RULES_HEADER, rules.getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    /** A review that failed: a rule threw or looped (a {@link ReviewException}), or anything else inside the Advisor. */
    private void failed(Record<String, byte[]> record, RuntimeException e) {
        String rule = e instanceof ReviewException review ? review.rule() : null;
        // The message may quote the request; the Advisor logs it at DEBUG. The dead letter keeps it
        // beside the record's place, in a topic as private as the requests'.
        deadLetter(record, DeadLetter.REVIEW_FAILED, null, rule,
                e.getMessage() == null ? e.getClass().getName() : e.getMessage());
    }

    private void deadLetter(Record<String, byte[]> record, String error, String path, String rule, String message) {
        RecordMetadata where = context.recordMetadata().orElse(null);
        DeadLetter letter = new DeadLetter(where == null ? null : where.topic(), where == null ? -1 : where.partition(),
                where == null ? -1 : where.offset(), record.timestamp(), error, path, rule, message);
        LOG.warn("dead letter {}", letter.describe());
        metrics.deadLetter();
        context.forward(record.withValue(letter.toJson()).withHeaders(new RecordHeaders()), sinks.deadLetters());
    }

    @Override
    public void close() {
        if (metrics != null) {
            metrics.remove();
        }
    }
}
