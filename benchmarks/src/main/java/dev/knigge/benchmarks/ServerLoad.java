package dev.knigge.benchmarks;

import dev.knigge.Advisor;
import dev.knigge.json.AdviceJson;
import dev.knigge.json.RequestJson;
import dev.knigge.request.ReviewRequest;
import dev.knigge.server.KniggeServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load test of {@code knigge serve} on loopback: N clients send a fixed number of
 * {@code POST /v1/review} requests (the benchmark corpus, as JSON), then stop. Each answer must be
 * 200 and byte for byte the advice {@code Advisor.review} gives, and the server's
 * {@code knigge_reviews_total} must count every review: it prints the errors and lost reviews (both
 * must be 0), throughput and p50/p99 latency, and the same for {@code Advisor.review} called by N
 * threads in the same JVM, round after round in turn (slow drifts of a shared machine hit both
 * alike), with the ratios. A measurement, not a test: it asserts no speed.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.knigge.benchmarks.ServerLoad [clients (4)] [requests per round (20000)] [rounds (3)]
 * </pre>
 */
public final class ServerLoad {
    private ServerLoad() {}

    /** What one round of one side measured. */
    record Round(int requests, long nanos, long[] latencies, int errors) {
        double perSecond() {
            return requests * 1e9 / nanos;
        }

        double percentileMicros(double p) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e3;
        }
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Advisor advisor = Advisor.builder().build();
        List<ReviewRequest> corpus = Corpus.standard();
        List<String> bodies = corpus.stream().map(RequestJson::write).toList();
        List<String> expected = corpus.stream().map(r -> AdviceJson.compact().write(advisor.review(r, Locale.ENGLISH))).toList();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try (KniggeServer server = KniggeServer.builder().advisor(advisor).port(0).start()) {
            HttpClient[] http = new HttpClient[clients];
            for (int c = 0; c < clients; c++) {
                http[c] = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            }
            URI review = server.uri().resolve("/v1/review?locale=en");
            System.out.printf("ServerLoad: %d clients, %d requests per round, %d rounds, corpus of %d; %d cores%n",
                    clients, requests, rounds, corpus.size(), Runtime.getRuntime().availableProcessors());
            // Warm-up: the JIT, Drools' jitted constraints, the HTTP stacks.
            run(threads, clients, requests, (c, i) -> http(http[c], review, bodies, expected, i));
            run(threads, clients, requests, (c, i) -> direct(advisor, corpus, expected, i));
            long sent = requests;
            List<Round> overHttp = new ArrayList<>();
            List<Round> inProcess = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                Round h = run(threads, clients, requests, (c, i) -> http(http[c], review, bodies, expected, i));
                Round d = run(threads, clients, requests, (c, i) -> direct(advisor, corpus, expected, i));
                sent += requests;
                overHttp.add(h);
                inProcess.add(d);
                System.out.printf("round %d: HTTP %,.0f/s p50 %.0f µs p99 %.0f µs, errors %d | Advisor.review %,.0f/s "
                                + "p50 %.0f µs p99 %.0f µs, errors %d | throughput HTTP/direct %.2f, p50 HTTP/direct %.1f%n",
                        round + 1, h.perSecond(), h.percentileMicros(0.50), h.percentileMicros(0.99), h.errors(),
                        d.perSecond(), d.percentileMicros(0.50), d.percentileMicros(0.99), d.errors(),
                        h.perSecond() / d.perSecond(), h.percentileMicros(0.50) / d.percentileMicros(0.50));
            }
            long counted = countedReviews(http[0], server.uri().resolve("/metrics"));
            int errors = overHttp.stream().mapToInt(Round::errors).sum() + inProcess.stream().mapToInt(Round::errors).sum();
            System.out.printf("errors: %d; lost reviews: %d (sent %d over HTTP, the server counted %d)%n",
                    errors, sent - counted, sent, counted);
            System.out.printf("median of rounds: HTTP %,.0f/s p50 %.0f µs p99 %.0f µs | Advisor.review %,.0f/s p50 %.0f µs "
                            + "p99 %.0f µs | throughput HTTP/direct %.2f%n",
                    median(overHttp, Round::perSecond), median(overHttp, r -> r.percentileMicros(0.5)),
                    median(overHttp, r -> r.percentileMicros(0.99)), median(inProcess, Round::perSecond),
                    median(inProcess, r -> r.percentileMicros(0.5)), median(inProcess, r -> r.percentileMicros(0.99)),
                    median(overHttp, Round::perSecond) / median(inProcess, Round::perSecond));
            if (errors != 0 || counted != sent) {
                System.exit(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** One request of a client: {@code true} when it gave the expected advice. */
    @FunctionalInterface
    interface Call {
        boolean call(int client, int index) throws Exception;
    }

    private static Round run(ExecutorService threads, int clients, int requests, Call call) throws Exception {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Callable<Void>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            work.add(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    boolean ok;
                    try {
                        ok = call.call(client, i);
                    } catch (Exception e) {
                        ok = false;
                    }
                    latencies[i] = System.nanoTime() - start;
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            });
        }
        long start = System.nanoTime();
        for (Future<Void> done : threads.invokeAll(work)) {
            done.get();
        }
        return new Round(requests, System.nanoTime() - start, latencies, errors.get());
    }

    private static boolean http(HttpClient http, URI review, List<String> bodies, List<String> expected, int i)
            throws Exception {
        int k = i % bodies.size();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(review).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(k), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return response.statusCode() == 200 && response.body().equals(expected.get(k));
    }

    private static boolean direct(Advisor advisor, List<ReviewRequest> corpus, List<String> expected, int i) {
        int k = i % corpus.size();
        return AdviceJson.compact().write(advisor.review(corpus.get(k), Locale.ENGLISH)).equals(expected.get(k));
    }

    /** The server's {@code knigge_reviews_total}, summed over the verdicts. */
    private static long countedReviews(HttpClient http, URI metrics) throws Exception {
        String text = http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).body();
        return text.lines().filter(line -> line.startsWith("knigge_reviews_total{"))
                .mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static double median(List<Round> rounds, java.util.function.ToDoubleFunction<Round> value) {
        double[] values = rounds.stream().mapToDouble(value).sorted().toArray();
        return values[values.length / 2];
    }
}
