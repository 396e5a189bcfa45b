package dev.knigge;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.advice.Advice;
import dev.knigge.advice.Finding;
import dev.knigge.advice.Severity;
import dev.knigge.policy.PolicyException;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hot reload: a good edit goes live, a broken one never interrupts service, and a review in
 * flight finishes on the policy it started with. Waits are for listener events or conditions,
 * with generous timeouts that only guard against hangs.
 */
@Timeout(120)
class PolicyWatcherTest {
    private static final ReviewRequest REQUEST = ReviewRequest.builder(RequestType.CONNECTION).build();
    private static final String V1 = "ADVICE|Version 1.";
    private static final String V2 = "WARNING|Version 2.";

    @TempDir
    Path dir;

    /** Records reloads and failed reloads as they are reported. */
    static final class Events implements AdvisorListener {
        final BlockingQueue<String> reloaded = new LinkedBlockingQueue<>();
        final BlockingQueue<PolicyException> failed = new LinkedBlockingQueue<>();

        @Override
        public void reloaded(String policy, String version) {
            reloaded.add(policy + "@" + version);
        }

        @Override
        public void reloadFailed(PolicyException failure) {
            failed.add(failure);
        }
    }

    private static String drl(Severity severity, int version) {
        return "package watched;\n\nimport dev.knigge.authoring.*; import dev.knigge.request.ReviewRequest;\n\n"
                + "rule \"T-ONE every request\"\n    @id(T-ONE)\n    @severity(" + severity + ")\n"
                + "when\n    ReviewRequest()\nthen\n    Findings.raise(kcontext, \"v\", " + version + ");\nend\n";
    }

    private static Path policy(Path folder, Severity severity, int version) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("policy.properties"), "id=watched\nversion=1\n");
        Files.writeString(folder.resolve("messages_en.properties"),
                "T-ONE.title=One\nT-ONE.reason=Version {v}.\nT-ONE.suggestion=None.\n");
        Files.writeString(folder.resolve("rules.drl"), drl(severity, version));
        return folder;
    }

    /** Writes a file the way many editors do: a temporary file renamed over the original. */
    private static void replace(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temporary, text);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String describe(Advice advice) {
        Finding finding = advice.findings().get(0);
        return finding.severity() + "|" + finding.reason();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within the hang guard").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void aGoodEditGoesLiveAndABrokenEditIsRejectedWhileReviewsGoOn() throws Exception {
        Path folder = policy(dir.resolve("policy"), Severity.ADVICE, 1);
        Events events = new Events();
        Map<String, AtomicLong> results = new ConcurrentHashMap<>();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        AtomicLong started = new AtomicLong();
        AtomicLong finished = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        try (PolicyWatcher watcher = PolicyWatcher.start(
                Advisor.builder().policy(Policy.directory(folder)).listener(events))) {
            int threads = 4;
            CountDownLatch reviewing = new CountDownLatch(threads);
            List<Thread> reviewers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread reviewer = new Thread(() -> {
                    while (!stop.get()) {
                        started.incrementAndGet();
                        try {
                            results.computeIfAbsent(describe(watcher.review(REQUEST)), r -> new AtomicLong())
                                    .incrementAndGet();
                            finished.incrementAndGet();
                        } catch (Throwable e) {
                            errors.add(e);
                        }
                        reviewing.countDown();
                    }
                });
                reviewers.add(reviewer);
                reviewer.start();
            }
            assertThat(reviewing.await(60, SECONDS)).isTrue();

            replace(folder.resolve("rules.drl"), drl(Severity.WARNING, 2));
            assertThat(events.reloaded.poll(60, SECONDS)).isEqualTo("watched@1");
            assertThat(describe(watcher.review(REQUEST))).isEqualTo(V2);
            long afterGoodEdit = finished.get();
            await(() -> finished.get() > afterGoodEdit + 100);

            Files.writeString(folder.resolve("rules.drl"), drl(Severity.WARNING, 3).replace("ReviewRequest()", "ReviewRequest("));
            PolicyException failure = events.failed.poll(60, SECONDS);
            assertThat(failure).isNotNull();
            assertThat(failure.problems()).extracting(PolicyException.Problem::file)
                    .contains(folder.resolve("rules.drl").toAbsolutePath().toString());
            long afterBrokenEdit = finished.get();
            await(() -> finished.get() > afterBrokenEdit + 100);
            assertThat(describe(watcher.review(REQUEST))).isEqualTo(V2);

            stop.set(true);
            for (Thread reviewer : reviewers) {
                reviewer.join(SECONDS.toMillis(60));
            }
        }
        assertThat(errors).isEmpty();
        assertThat(finished.get()).as("every review started also finished").isEqualTo(started.get());
        assertThat(results.keySet()).containsExactlyInAnyOrder(V1, V2);
        assertThat(results.values().stream().mapToLong(AtomicLong::get).sum()).isEqualTo(finished.get());
    }

    @Test
    void aReviewInFlightFinishesOnThePolicyItStartedWith() throws Exception {
        Path folder = policy(dir.resolve("policy"), Severity.ADVICE, 1);
        Events events = new Events();
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AdvisorListener holder = new AdvisorListener() {
            @Override
            public void reviewed(ReviewRequest request, Advice advice, long nanos) {
                if ("hold".equals(request.note()) && inFlight.getCount() > 0) {
                    inFlight.countDown();
                    try {
                        release.await(60, SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        try (PolicyWatcher watcher = PolicyWatcher.start(
                Advisor.builder().policy(Policy.directory(folder)).listener(events).listener(holder))) {
            AtomicReference<Advice> held = new AtomicReference<>();
            Thread reviewer = new Thread(() -> held.set(watcher.review(
                    ReviewRequest.builder(RequestType.CONNECTION).note("hold").build())));
            reviewer.start();
            assertThat(inFlight.await(60, SECONDS)).isTrue();

            replace(folder.resolve("rules.drl"), drl(Severity.WARNING, 2));
            assertThat(events.reloaded.poll(60, SECONDS)).isEqualTo("watched@1");
            assertThat(describe(watcher.review(REQUEST))).isEqualTo(V2);

            release.countDown();
            reviewer.join(SECONDS.toMillis(60));
            assertThat(describe(held.get())).isEqualTo(V1);
        }
    }

    @Test
    void aParentPolicyOnDiskIsWatchedToo() throws Exception {
        Path base = policy(dir.resolve("base"), Severity.ADVICE, 1);
        Path child = Files.createDirectories(dir.resolve("child"));
        Files.writeString(child.resolve("policy.properties"), "id=child\nversion=2\nextends=../base\n");
        Events events = new Events();
        try (PolicyWatcher watcher = PolicyWatcher.start(
                Advisor.builder().policy(Policy.directory(child)).listener(events))) {
            assertThat(describe(watcher.review(REQUEST))).isEqualTo(V1);
            assertThat(watcher.current().policyFolders()).as("what the load read, its own folder first")
                    .containsExactly(child.toAbsolutePath().normalize(), base.toAbsolutePath().normalize());
            replace(base.resolve("rules.drl"), drl(Severity.WARNING, 2));
            assertThat(events.reloaded.poll(60, SECONDS)).isEqualTo("child@2");
            assertThat(describe(watcher.review(REQUEST))).isEqualTo(V2);
        }
    }

    @Test
    void aDeletedFolderKeepsTheLastGoodPolicyServingUntilItComesBack() throws Exception {
        Path folder = policy(dir.resolve("policy"), Severity.ADVICE, 1);
        Events events = new Events();
        try (PolicyWatcher watcher = PolicyWatcher.start(
                Advisor.builder().policy(Policy.directory(folder)).listener(events))) {
            delete(folder);
            PolicyException failure = events.failed.poll(60, SECONDS);
            assertThat(failure).isNotNull();
            assertThat(describe(watcher.review(REQUEST))).isEqualTo(V1);

            Path staging = policy(dir.resolve("staging"), Severity.WARNING, 2);
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            assertThat(events.reloaded.poll(60, SECONDS)).isEqualTo("watched@1");
            assertThat(describe(watcher.review(REQUEST))).isEqualTo(V2);
        }
    }

    @Test
    void reloadNowReturnsWhenDoneAndKeepsTheLastGoodPolicyOnFailure() throws Exception {
        Path folder = policy(dir.resolve("policy"), Severity.ADVICE, 1);
        Events events = new Events();
        try (PolicyWatcher watcher = PolicyWatcher.start(
                Advisor.builder().policy(Policy.directory(folder)).listener(events))) {
            Advisor before = watcher.current();
            Files.writeString(folder.resolve("messages_en.properties"), "T-ONE.title=One\n");
            assertThat(watcher.reloadNow()).isFalse();
            assertThat(watcher.current()).isSameAs(before);
            assertThat(events.failed.poll(60, SECONDS).problems()).extracting(Object::toString).contains(
                    folder.resolve("rules.drl") + ":5:1: T-ONE has no reason for locale en"
                            + " (add T-ONE.reason to messages_en.properties)");

            Files.writeString(folder.resolve("messages_en.properties"),
                    "T-ONE.title=One\nT-ONE.reason=Now {v}.\nT-ONE.suggestion=None.\n");
            assertThat(watcher.reloadNow()).isTrue();
            assertThat(watcher.current()).isNotSameAs(before);
            assertThat(watcher.review(REQUEST).findings().get(0).reason()).isEqualTo("Now 1.");
        }
    }

    @Test
    void aBuiltInPolicyIsReadFromNoFolder() {
        assertThat(Advisor.builder().policy(Policy.builtIn("sample")).build().policyFolders()).isEmpty();
    }

    @Test
    void startRefusesABuiltInPolicy() {
        assertThatThrownBy(() -> PolicyWatcher.start(Advisor.builder().policy(Policy.builtIn("sample"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a PolicyWatcher watches a policy folder on disk, not the built-in policy sample");
    }

    @Test
    void startFailsWithEveryProblemOfAPolicyThatDoesNotLint() throws Exception {
        Path folder = policy(dir.resolve("policy"), Severity.ADVICE, 1);
        Files.writeString(folder.resolve("messages_en.properties"), "T-ONE.title=One\nT-ONE.reason=Version {v}.\n");
        assertThatThrownBy(() -> PolicyWatcher.start(Advisor.builder().policy(Policy.directory(folder))))
                .isInstanceOf(PolicyException.class)
                .hasMessage("policy does not load: " + folder.resolve("rules.drl")
                        + ":5:1: T-ONE has no suggestion for locale en (add T-ONE.suggestion to messages_en.properties)");
    }

    @Test
    void afterCloseTheLastAdvisorStillReviews() throws Exception {
        Path folder = policy(dir.resolve("policy"), Severity.ADVICE, 1);
        PolicyWatcher watcher = PolicyWatcher.start(Advisor.builder().policy(Policy.directory(folder)));
        watcher.close();
        watcher.close();
        assertThat(describe(watcher.review(REQUEST))).isEqualTo(V1);
        assertThat(watcher.reviewAll(List.of(REQUEST, REQUEST))).hasSize(2);
        assertThatThrownBy(watcher::reloadNow).isInstanceOf(IllegalStateException.class)
                .hasMessage("the PolicyWatcher is closed");
    }
}
