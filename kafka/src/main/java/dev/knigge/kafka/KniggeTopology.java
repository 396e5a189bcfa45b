package dev.knigge.kafka;

import dev.knigge.Advisor;
import dev.knigge.PolicyWatcher;
import dev.knigge.kafka.internal.HistoryStores;
import dev.knigge.kafka.internal.ReviewProcessor;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;

/**
 * Builds the Kafka Streams {@link Topology} that reviews a topic of requests with the sender's
 * history kept as state. Requests are JSON v1, keyed by sender, with the request's event time as
 * the record's timestamp. Each is reviewed by the one {@link Advisor} given (thread-safe, shared by
 * every stream thread), after {@code activity.similarSentLast7Days} and
 * {@code activity.sameNoteRecipients} were filled in from the sender's last 7 days where the
 * request states neither, as {@link Advisor#audit} fills them in from a campaign. The advice (JSON
 * v1) goes to the advice topic with the request's key and timestamp; a request that must not go
 * out ({@code DO_NOT_SEND}) also goes, unchanged, to the held topic, with the headers
 * {@code knigge-verdict} and {@code knigge-rules}; a record that cannot be read or reviewed goes to
 * the dead-letter topic as JSON naming its topic, partition, offset and the problem, and the stream
 * goes on.
 *
 * <pre>{@code
 * Topology topology = KniggeTopology.builder().advisor(advisor)
 *     .requests("outbox").advice("advice").held("held").deadLetters("outbox-errors")
 *     .build();
 * KafkaStreams streams = new KafkaStreams(topology, properties);   // processing.guarantee=exactly_once_v2
 * }</pre>
 *
 * The state: two persistent window stores, {@value #SENT_STORE} and {@value #NOTES_STORE}, each
 * logged to a changelog topic; each task keeps a copy of its recently used senders' entries in memory
 * ({@link Builder#historyCache}).
 */
public final class KniggeTopology {
    /** The window store of a sender's requests by type and time. */
    public static final String SENT_STORE = HistoryStores.SENT;
    /** The window store of a sender's note signatures by time. */
    public static final String NOTES_STORE = HistoryStores.NOTES;

    private KniggeTopology() {}

    /** The entries of each history store a task holds in memory by default, at most: about 15 MB for the notes. */
    public static final int DEFAULT_HISTORY_CACHE = 50_000;

    /**
     * A builder; the topics and one of {@link Builder#advisor} and {@link Builder#policyWatcher} are
     * required, {@link Builder#historyCache} is not.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the topology; not thread-safe, and each {@link #build()} makes a new topology. */
    public static final class Builder {
        private Advisor advisor;
        private PolicyWatcher watcher;
        private String requests;
        private String advice;
        private String held;
        private String deadLetters;
        private int historyCache = DEFAULT_HISTORY_CACHE;

        private Builder() {}

        /** The Advisor that reviews every request; share one per JVM. */
        public Builder advisor(Advisor advisor) {
            this.advisor = Objects.requireNonNull(advisor, "advisor == null");
            return this;
        }

        /**
         * Reviews every request with the watcher's {@linkplain PolicyWatcher#current() current}
         * Advisor, instead of a fixed one: a good edit of the policy folder applies from the next
         * record on, a broken one is reported by the watcher while the last good policy keeps
         * reviewing. The topology does not close the watcher; close it after the stream. What was
         * already reviewed keeps its advice: re-scoring it is a reprocessing under a new
         * {@code application.id} (see the README).
         */
        public Builder policyWatcher(PolicyWatcher watcher) {
            this.watcher = Objects.requireNonNull(watcher, "watcher == null");
            return this;
        }

        /** The topic of requests to review: JSON v1 values keyed by sender. */
        public Builder requests(String topic) {
            this.requests = topic(topic, "requests");
            return this;
        }

        /** The topic the advice goes to, keyed as the request was. */
        public Builder advice(String topic) {
            this.advice = topic(topic, "advice");
            return this;
        }

        /** The topic requests that must not go out go to, as they came. */
        public Builder held(String topic) {
            this.held = topic(topic, "held");
            return this;
        }

        /** The topic records that could not be read or reviewed go to. */
        public Builder deadLetters(String topic) {
            this.deadLetters = topic(topic, "deadLetters");
            return this;
        }

        /**
         * How many entries of each history store every stream task keeps in memory, at most, so a
         * sender who keeps sending is read from disk once (default {@value KniggeTopology#DEFAULT_HISTORY_CACHE}).
         * An entry of notes takes about 300 bytes, one of requests about 30: an instance holds up to
         * about {@code tasks × entries × 330} bytes, so with many partitions per instance give less.
         * The stores stay the state; the copy only saves reads, and the sender being reviewed is
         * always held, so 0 keeps just that sender.
         *
         * @throws IllegalArgumentException when {@code entries} is negative
         */
        public Builder historyCache(int entries) {
            if (entries < 0) {
                throw new IllegalArgumentException("historyCache is negative: " + entries);
            }
            this.historyCache = entries;
            return this;
        }

        private static Supplier<Advisor> constant(Advisor advisor) {
            return () -> advisor;
        }

        private static void required(Object setting, String name) {
            if (setting == null) {
                throw new IllegalStateException(name + " not set");
            }
        }

        private static String topic(String topic, String name) {
            Objects.requireNonNull(topic, name + " == null");
            if (topic.isBlank()) {
                throw new IllegalArgumentException(name + " is blank");
            }
            return topic;
        }

        /**
         * The topology.
         *
         * @throws IllegalStateException when a setting is missing, both an Advisor and a policy watcher
         *         are set, or an output topic is also the requests' topic
         */
        public Topology build() {
            if (advisor == null && watcher == null) {
                throw new IllegalStateException("advisor not set");
            }
            if (advisor != null && watcher != null) {
                throw new IllegalStateException("both an advisor and a policyWatcher are set: give one");
            }
            required(requests, "requests");
            required(advice, "advice");
            required(held, "held");
            required(deadLetters, "deadLetters");
            for (String output : new String[] {advice, held, deadLetters}) {
                if (output.equals(requests)) {
                    throw new IllegalStateException("the output topic " + output + " is the requests' topic");
                }
            }
            ReviewProcessor.Sinks sinks = new ReviewProcessor.Sinks("knigge-advice", "knigge-held", "knigge-dead-letters");
            Supplier<Advisor> advisors = watcher != null ? watcher::current : constant(advisor);
            int cache = historyCache;
            Topology topology = new Topology();
            topology.addSource("knigge-requests", Serdes.String().deserializer(), Serdes.ByteArray().deserializer(),
                    requests);
            topology.addProcessor("knigge-review", () -> new ReviewProcessor(advisors, sinks, cache), "knigge-requests");
            topology.addStateStore(HistoryStores.sent(), "knigge-review");
            topology.addStateStore(HistoryStores.notes(), "knigge-review");
            topology.addSink(sinks.advice(), advice, Serdes.String().serializer(), Serdes.ByteArray().serializer(),
                    "knigge-review");
            topology.addSink(sinks.held(), held, Serdes.String().serializer(), Serdes.ByteArray().serializer(),
                    "knigge-review");
            topology.addSink(sinks.deadLetters(), deadLetters, Serdes.String().serializer(),
                    Serdes.ByteArray().serializer(), "knigge-review");
            return topology;
        }
    }
}
