package dev.knigge.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * One Kafka node in this process, broker and KRaft controller in one (combined mode), on loopback
 * only, its logs in a temporary directory that {@link #close()} deletes. Formatted and started as
 * {@code kafka-storage.sh format} and {@code kafka-server-start.sh} do, with the release's production
 * metadata version, and configured for one node: the internal topics have one replica, a new
 * consumer group rebalances at once, and records of any timestamp are taken and kept. Not thread-safe to start or close; the other methods from any thread.
 */
final class EmbeddedBroker implements AutoCloseable {
    private static final String HOST = "127.0.0.1";

    private final Path directory;
    private final String bootstrapServers;
    private final KafkaRaftServer server;

    /** Formats and starts the node, and returns once it serves clients. */
    EmbeddedBroker() throws Exception {
        directory = Files.createTempDirectory("knigge-broker-");
        int brokerPort = freePort();
        int controllerPort = freePort();
        bootstrapServers = HOST + ":" + brokerPort;
        Properties properties = new Properties();
        properties.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@" + HOST + ":" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://" + bootstrapServers + ",CONTROLLER://" + HOST + ":" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://" + bootstrapServers),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", directory.resolve("logs").toString()),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // The benchmarks' requests are timed from 2027 on, however late or early the clock is, and stay.
                Map.entry("log.message.timestamp.before.max.ms", Long.toString(Long.MAX_VALUE)),
                Map.entry("log.message.timestamp.after.max.ms", Long.toString(Long.MAX_VALUE)),
                Map.entry("log.retention.ms", "-1")));
        Path file = directory.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "knigge benchmark broker");
        }
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int formatted = StorageTool.execute(new String[] {"format", "--cluster-id", Uuid.randomUuid().toString(),
                "--config", file.toString()}, new PrintStream(said, true, StandardCharsets.UTF_8));
        if (formatted != 0) {
            Directories.delete(directory);
            throw new IllegalStateException("kafka-storage format failed: " + said.toString(StandardCharsets.UTF_8));
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(properties), Time.SYSTEM);
        try {
            server.startup();
            try (Admin admin = admin("knigge-broker-ready")) {
                admin.describeCluster().nodes().get();
            }
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    /** The address clients connect to. */
    String bootstrapServers() {
        return bootstrapServers;
    }

    /** A new admin client of this node, with the client id given; the caller closes it. */
    Admin admin(String clientId) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, clientId,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) Duration.ofMinutes(1).toMillis()));
    }

    /** Stops the node and deletes its logs. */
    @Override
    public void close() throws IOException {
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            Directories.delete(directory);
        }
    }
}
