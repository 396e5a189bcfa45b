package dev.knigge.benchmarks;

import dev.knigge.Advisor;
import dev.knigge.kafka.KniggeTopology;
import dev.knigge.request.ReviewRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/**
 * The Knigge topology on a broker, under real {@link KafkaStreams} with one stream thread and the
 * default commit interval (100 ms under exactly-once, 30 s under at-least-once): the constructor
 * produces the corpus, {@code passes} times, to a topic {@value #REQUESTS} of {@value #PARTITIONS}
 * partition, keyed by sender and timed as {@link TopologyRun} does ({@value TopologyRun#SENDERS}
 * senders, a request every {@value TopologyRun#STEP_SECONDS} s of event time); each {@link #round()}
 * then runs a new application (a new application id, its own output topics and empty state) over
 * the whole topic from the earliest offset, and times it until all advice is out: under exactly-once,
 * until the group's committed offset reaches the end of the topic (the advice is visible to a
 * {@code read_committed} consumer from then on); under at-least-once, until the advice topic holds
 * one record per request. Then it reads the output topics back, {@code read_committed}, and fails
 * unless every request has its advice and no dead letter appeared. Not thread-safe; close it to
 * delete the state directory.
 */
final class BrokerRun implements AutoCloseable {
    static final String REQUESTS = "outbox";
    static final int PARTITIONS = 1;
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    /** The client id of this class's own admin client, producer and consumers, to tell their threads from the broker's. */
    private static final String BENCHMARK_CLIENT = "knigge-benchmark-client";
    private static final Pattern STREAM_THREAD = Pattern.compile(".*-StreamThread-\\d+");

    private final EmbeddedBroker broker;
    private final Advisor advisor;
    private final String guarantee;
    private final Admin admin;
    private final Path state;
    private final long requests;
    private int rounds;

    /**
     * What one round measured; times in nanoseconds, CPU times of the threads between the moment the
     * application was running and the moment all its advice was out. The broker's threads are the
     * process's Java threads but the application's, this class's and {@code main}; the process's time
     * holds what no Java thread shows as well: RocksDB's background threads, the JIT compilers, the collector.
     */
    record Round(long requests, long held, long startup, long wall, long streamThread, long producerNetwork,
            long otherClientThreads, long brokerThreads, long process) {}

    /** The moment the application was running, and the threads' CPU times then. */
    private record Running(long at, ThreadCpu cpu) {}

    BrokerRun(EmbeddedBroker broker, Advisor advisor, List<ReviewRequest> corpus, int passes, String guarantee)
            throws Exception {
        this.broker = broker;
        this.advisor = advisor;
        this.guarantee = guarantee;
        this.admin = broker.admin(BENCHMARK_CLIENT);
        this.state = Files.createTempDirectory("knigge-broker-state-");
        createTopics(REQUESTS);
        requests = produce(corpus, passes);
    }

    private long produce(List<ReviewRequest> corpus, int passes) {
        byte[][] values = TopologyRun.json(corpus);
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, BENCHMARK_CLIENT);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        Instant time = TopologyRun.START;
        long sent = 0;
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new ByteArraySerializer())) {
            for (int pass = 0; pass < passes; pass++) {
                for (byte[] value : values) {
                    time = time.plusSeconds(TopologyRun.STEP_SECONDS);
                    producer.send(new ProducerRecord<>(REQUESTS, null, time.toEpochMilli(),
                            "sender-" + (sent++ % TopologyRun.SENDERS), value), (metadata, e) -> {
                                if (e != null) {
                                    failure.compareAndSet(null, e);
                                }
                            });
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("could not produce the requests", failure.get());
        }
        return sent;
    }

    /** The number of requests each round reviews. */
    long requests() {
        return requests;
    }

    /** Runs a new application over the whole topic of requests and checks that all advice came out. */
    Round round() throws Exception {
        String application = "knigge-broker-" + (++rounds);
        String advice = application + "-advice";
        String held = application + "-held";
        String deadLetters = application + "-errors";
        createTopics(advice, held, deadLetters);
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, application);
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
        properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        KafkaStreams streams = new KafkaStreams(KniggeTopology.builder().advisor(advisor).requests(REQUESTS).advice(advice)
                .held(held).deadLetters(deadLetters).build(), properties);
        AtomicReference<Running> running = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                running.compareAndSet(null, new Running(System.nanoTime(), ThreadCpu.now()));
            }
        });
        streams.setUncaughtExceptionHandler(e -> {
            failure.set(e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        long start = System.nanoTime();
        long end;
        ThreadCpu done;
        try {
            streams.start();
            awaitAdvice(application, advice, streams, failure);
            end = System.nanoTime();
            done = ThreadCpu.now();
        } finally {
            streams.close(Duration.ofSeconds(30));
            streams.cleanUp();
        }
        long adviceCount = count(advice);
        long heldCount = count(held);
        long deadLetterCount = count(deadLetters);
        admin.deleteTopics(admin.listTopics().names().get().stream().filter(t -> t.startsWith(application + "-")).toList())
                .all().get();
        if (adviceCount != requests || deadLetterCount != 0) {
            throw new IllegalStateException(application + ": " + adviceCount + " advice for " + requests + " requests, "
                    + deadLetterCount + " dead letters");
        }
        if (running.get() == null) {
            throw new IllegalStateException(application + ": all advice out, but never running");
        }
        long runningAt = running.get().at();
        ThreadCpu before = running.get().cpu();
        Predicate<String> streamThread = name -> name.startsWith(application + "-") && STREAM_THREAD.matcher(name).matches();
        Predicate<String> producerNetwork = name -> name.startsWith("kafka-producer-network-thread | " + application + "-");
        Predicate<String> otherClients = name -> name.contains(application) && !streamThread.test(name)
                && !producerNetwork.test(name);
        Predicate<String> brokerThreads = name -> !name.contains("knigge-broker-") && !name.contains(BENCHMARK_CLIENT)
                && !name.equals("main");
        return new Round(requests, heldCount, runningAt - start, end - runningAt, done.since(before, streamThread),
                done.since(before, producerNetwork), done.since(before, otherClients), done.since(before, brokerThreads),
                done.processSince(before));
    }

    /**
     * Waits until all advice is out: under exactly-once, until the group's committed offset reaches the
     * end of the requests (the advice of a transaction is visible from its commit on, and the offsets
     * commit with it); under at-least-once, until the advice topic holds one record per request (it is
     * visible once written; the offsets commit only every 30 s).
     */
    private void awaitAdvice(String application, String advice, KafkaStreams streams, AtomicReference<Throwable> failure)
            throws Exception {
        boolean exactlyOnce = !guarantee.equals(StreamsConfig.AT_LEAST_ONCE);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            if (failure.get() != null) {
                throw new IllegalStateException(application + ": the stream thread failed", failure.get());
            }
            KafkaStreams.State now = streams.state();
            if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.PENDING_ERROR
                    || now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.PENDING_SHUTDOWN) {
                throw new IllegalStateException(application + ": the application stopped (" + now + ")");
            }
            long out = exactlyOnce ? committed(application) : written(advice);
            if (out >= requests) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(application + ": " + out + " of " + requests + " requests "
                        + (exactlyOnce ? "committed" : "advised") + " after " + PATIENCE);
            }
            Thread.sleep(20);
        }
    }

    private long committed(String application) throws Exception {
        long committed = 0;
        for (Map.Entry<TopicPartition, OffsetAndMetadata> offset
                : admin.listConsumerGroupOffsets(application).partitionsToOffsetAndMetadata().get().entrySet()) {
            if (offset.getKey().topic().equals(REQUESTS) && offset.getValue() != null) {
                committed += offset.getValue().offset();
            }
        }
        return committed;
    }

    /** The records in a topic written without transactions: the sum of its partitions' end offsets. */
    private long written(String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        for (int partition = 0; partition < PARTITIONS; partition++) {
            partitions.put(new TopicPartition(topic, partition), OffsetSpec.latest());
        }
        return admin.listOffsets(partitions).all().get().values().stream().mapToLong(ListOffsetsResultInfo::offset).sum();
    }

    /** The records of a topic a {@code read_committed} consumer sees, from the earliest offset to the last stable one. */
    private long count(String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, BENCHMARK_CLIENT);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            long count = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(topic + ": not read to its end after " + PATIENCE);
                }
                count += consumer.poll(Duration.ofMillis(200)).count();
            }
            return count;
        }
    }

    private void createTopics(String... topics) throws Exception {
        admin.createTopics(Arrays.stream(topics).map(t -> new NewTopic(t, PARTITIONS, (short) 1)).toList())
                .all().get();
    }

    @Override
    public void close() throws Exception {
        try {
            admin.close(Duration.ofSeconds(10));
        } finally {
            Directories.delete(state);
        }
    }
}
