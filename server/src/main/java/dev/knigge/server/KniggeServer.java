package dev.knigge.server;

import com.sun.net.httpserver.HttpServer;
import dev.knigge.Advisor;
import dev.knigge.policy.PolicyException;
import dev.knigge.server.internal.AuditHandler;
import dev.knigge.server.internal.BatchHandler;
import dev.knigge.server.internal.Draining;
import dev.knigge.server.internal.ExamplesHandler;
import dev.knigge.server.internal.FactsHandler;
import dev.knigge.server.internal.HealthHandler;
import dev.knigge.server.internal.Metrics;
import dev.knigge.server.internal.MetricsHandler;
import dev.knigge.server.internal.PageHandler;
import dev.knigge.server.internal.PoliciesHandler;
import dev.knigge.server.internal.ReviewHandler;
import dev.knigge.server.internal.ReviewPool;
import dev.knigge.server.internal.Route;
import dev.knigge.server.internal.RulesHandler;
import dev.knigge.server.internal.ServedPolicy;
import dev.knigge.server.internal.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knigge's review as an HTTP service, and the compose page, on the JDK's
 * {@code com.sun.net.httpserver}: {@code POST /v1/review}, {@code /v1/review/batch},
 * {@code /v1/audit}; {@code GET /v1/rules}, {@code /v1/policies}, {@code /v1/facts},
 * {@code /v1/examples}, {@code /healthz}, {@code /metrics} and {@code /}.
 *
 * <pre>{@code
 * try (KniggeServer server = KniggeServer.builder()
 *         .advisor(Advisor.builder().build())     // or .watch(Advisor.builder().policy(Policy.directory(acme)))
 *         .port(8080)
 *         .start()) {
 *     System.out.println("Serving at " + server.uri());
 *     …
 * }
 * }</pre>
 *
 * <p>Thread-safe. Reviews run on their own threads behind a bounded queue: when it is full a request
 * is answered 503 with {@code Retry-After}. Clients that are too slow to send a request or read a
 * response are cut off by the JDK server's limits, which are per JVM: {@code sun.net.httpserver.maxReqTime}
 * and {@code maxRspTime} (seconds), set here to {@value #REQUEST_SECONDS} and
 * {@value #RESPONSE_SECONDS} unless the JVM was given them before the first server started (so is
 * {@code sun.net.httpserver.nodelay}, to {@code true}).
 * {@link #stop(Duration)} (or {@link #close()}) lets the requests in flight finish.
 */
public final class KniggeServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KniggeServer.class);
    /** Default time a client has to send its whole request. */
    static final int REQUEST_SECONDS = 30;
    /** Default time from a complete request to the end of its response, the review included. */
    static final int RESPONSE_SECONDS = 120;

    private final HttpServer http;
    private final ExecutorService httpThreads;
    private final ReviewPool pool;
    private final ServedPolicy policy;
    private final Draining draining;
    private final Object stopping = new Object();
    private boolean stopped;

    private KniggeServer(HttpServer http, ExecutorService httpThreads, ReviewPool pool, ServedPolicy policy,
                         Draining draining) {
        this.http = http;
        this.httpThreads = httpThreads;
        this.pool = pool;
        this.policy = policy;
        this.draining = draining;
    }

    /** A builder for a server on 127.0.0.1:8080 with the {@code professional} policy. */
    public static Builder builder() {
        return new Builder();
    }

    /** The port the server listens on (the one the system chose, for port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The address of the page, such as {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + address.getPort() + "/");
    }

    /** The Advisor the server reviews with now (for a watched folder, the latest good one). */
    public Advisor advisor() {
        return policy.current();
    }

    /**
     * Lets the requests in flight finish, for at most {@code grace} (new ones are answered 503 with
     * {@code Connection: close} meanwhile), then closes the port and every connection, and stops
     * the review threads and the policy watcher. Idempotent.
     */
    public void stop(Duration grace) {
        Objects.requireNonNull(grace, "grace == null");
        synchronized (stopping) {
            if (stopped) {
                return;
            }
            stopped = true;
            try {
                draining.drain(grace.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            http.stop(0);
            pool.close();
            httpThreads.shutdownNow();
            policy.close();
            LOG.info("knigge server on port {} stopped", http.getAddress().getPort());
        }
    }

    /** {@link #stop(Duration)} with five seconds' grace. */
    @Override
    public void close() {
        stop(Duration.ofSeconds(5));
    }

    /** Builds and starts a {@link KniggeServer}. */
    public static final class Builder {
        private Advisor advisor;
        private Advisor.Builder watched;
        private int port = 8080;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private long maxBatchBytes = 8L * 1024 * 1024;
        private int reviewThreads = Runtime.getRuntime().availableProcessors();
        private int queueCapacity = 64;
        /** 0: as many as can hold every review in flight and waiting, and some to answer 503 ({@link #httpThreads()}). */
        private int httpThreads;
        /** Connections beyond the reviews in flight and waiting, served to answer them 503 at once. */
        private static final int SPARE_HTTP_THREADS = 16;
        /** The largest batch limit: a batch is held in memory while it is read, reviewed and answered. */
        private static final long MAX_BATCH_BYTES = 256L * 1024 * 1024;

        private Builder() {}

        /** Reviews with this Advisor for the server's lifetime (the default: the {@code professional} policy). */
        public Builder advisor(Advisor advisor) {
            this.advisor = Objects.requireNonNull(advisor, "advisor == null");
            this.watched = null;
            return this;
        }

        /**
         * Reviews with the policy folder of {@code builder}, reloaded when its files change: the
         * server runs a {@link dev.knigge.PolicyWatcher} (from {@link #start()} to {@link #stop}) and
         * reports a broken edit on {@code /healthz} and the page while the last good policy keeps serving.
         */
        public Builder watch(Advisor.Builder builder) {
            this.watched = Objects.requireNonNull(builder, "builder == null");
            this.advisor = null;
            return this;
        }

        /** The port, from 0 (any free port, see {@link KniggeServer#port()}) to 65535; 8080 by default. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535 (was " + port + ")");
            }
            this.port = port;
            return this;
        }

        /** The address to listen on; loopback (127.0.0.1) by default, so nothing outside the machine reaches it. */
        public Builder bindAddress(InetAddress address) {
            this.bindAddress = Objects.requireNonNull(address, "address == null");
            return this;
        }

        /**
         * The largest body of {@code /v1/review/batch} and {@code /v1/audit}; 8 MiB by default, at
         * most 256 MiB (a batch and its answer are held in memory). One request is at most 1 MiB.
         */
        public Builder maxBatchBytes(long bytes) {
            if (bytes < 1 || bytes > MAX_BATCH_BYTES) {
                throw new IllegalArgumentException("maxBatchBytes must be 1 to " + MAX_BATCH_BYTES + " (was " + bytes + ")");
            }
            this.maxBatchBytes = bytes;
            return this;
        }

        /** How many reviews (a batch or an audit counts as one) run at once; one per core by default. */
        public Builder reviewThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("reviewThreads must be at least 1 (was " + threads + ")");
            }
            this.reviewThreads = threads;
            return this;
        }

        /** How many reviews may wait for a thread before requests are answered 503; 64 by default. */
        public Builder queueCapacity(int capacity) {
            if (capacity < 1) {
                throw new IllegalArgumentException("queueCapacity must be at least 1 (was " + capacity + ")");
            }
            this.queueCapacity = capacity;
            return this;
        }

        /**
         * How many connections are served at once (reading, parsing, writing). By default the reviews
         * in flight and waiting plus 16, and never fewer: each connection waits for its review, so with
         * fewer the review queue could never fill and overload would wait unseen instead of getting 503.
         */
        public Builder httpThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("httpThreads must be at least 1 (was " + threads + ")");
            }
            this.httpThreads = threads;
            return this;
        }

        /** The HTTP threads to start, checked against the review threads and queue ({@link #httpThreads(int)}). */
        private int httpThreads() {
            int waiting = reviewThreads + queueCapacity;
            if (httpThreads == 0) {
                return waiting + SPARE_HTTP_THREADS;
            }
            if (httpThreads <= waiting) {
                throw new IllegalArgumentException("httpThreads must be more than reviewThreads + queueCapacity ("
                        + waiting + ", was " + httpThreads + "): with fewer, the review queue never fills and a"
                        + " client waits unseen instead of getting 503");
            }
            return httpThreads;
        }

        /**
         * Loads the policy (for a watched folder, starts watching it), binds the port and starts serving.
         *
         * @throws PolicyException when the policy does not load
         * @throws UncheckedIOException when the port cannot be bound (in use, or not allowed)
         */
        public KniggeServer start() {
            int connections = httpThreads();
            configureJdkServer();
            ServedPolicy policy = watched != null ? ServedPolicy.watching(watched)
                    : ServedPolicy.of(advisor != null ? advisor : Advisor.builder().build());
            Metrics metrics = new Metrics();
            ReviewPool pool = new ReviewPool(reviewThreads, queueCapacity, metrics);
            HttpServer http;
            try {
                http = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
            } catch (IOException e) {
                pool.close();
                policy.close();
                throw new UncheckedIOException(bindAddress.getHostAddress() + ":" + port + ": " + e.getMessage(), e);
            }
            Service service = new Service(policy, metrics, pool, maxBatchBytes);
            Draining draining = new Draining();
            List.of(Route.get(PageHandler.paths(), new PageHandler()),
                    Route.post("/v1/review", new ReviewHandler(service)),
                    Route.post("/v1/review/batch", new BatchHandler(service)),
                    Route.post("/v1/audit", new AuditHandler(service)),
                    Route.get("/v1/rules", new RulesHandler(service)),
                    Route.get("/v1/policies", new PoliciesHandler(service)),
                    Route.get("/v1/facts", new FactsHandler()),
                    Route.get("/v1/examples", new ExamplesHandler()),
                    Route.get("/healthz", new HealthHandler(service)),
                    Route.get("/metrics", new MetricsHandler(service)))
                    .forEach(route -> http.createContext(route.context(), route).getFilters().add(draining));
            AtomicInteger count = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(connections, runnable -> {
                Thread thread = new Thread(runnable, "knigge-http-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            http.setExecutor(threads);
            http.start();
            KniggeServer server = new KniggeServer(http, threads, pool, policy, draining);
            LOG.info("knigge server on {} with policy {}@{}", server.uri(), policy.current().policyId(),
                    policy.current().policyVersion());
            return server;
        }

        /**
         * The JDK server reads its settings once, when the first server of the JVM starts; unless the
         * JVM was given them: time limits, so that a client that trickles its request or never reads
         * the response is cut off; and {@code TCP_NODELAY}, without which the body of each answer,
         * written after its headers, waits for the client's delayed acknowledgement of them (about
         * 40 ms on Linux, which capped a keep-alive connection at some 25 reviews a second).
         */
        private static void configureJdkServer() {
            System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
            System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", Integer.toString(RESPONSE_SECONDS));
            System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
        }
    }
}
