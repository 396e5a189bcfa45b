package dev.knigge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.Advice;
import dev.knigge.advice.Finding;
import dev.knigge.advice.ReviewException;
import dev.knigge.policy.PolicyException;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many threads share one {@link PolicyWatcher} while its policy is rewritten again and again:
 * good versions interleaved with broken ones (a syntax error, file access, an unknown field, a
 * missing message, the whole folder deleted and put back), reloaded on demand and by the watch.
 * Every review completes with exactly the result the policy in service when it started gives —
 * the advice, or the review failure that policy has for that request — and none is lost.
 *
 * <p>The default build runs a short version; {@code mvn -Plong verify} runs the long one (8
 * threads, at least 25,000 reviews each, reviewing on through 20 reload cycles), or set
 * {@code knigge.soak.threads}, {@code knigge.soak.reviewsPerThread} and {@code knigge.soak.minCycles}.
 */
class SoakTest {
    private static final int THREADS = Integer.getInteger("knigge.soak.threads", 4);
    private static final int REVIEWS_PER_THREAD = Integer.getInteger("knigge.soak.reviewsPerThread", 1_500);
    /** Reload cycles (each five good versions and seven broken states) that run while the threads review. */
    private static final int MIN_CYCLES = Integer.getInteger("knigge.soak.minCycles", 1);
    private static final Pattern VERSION = Pattern.compile("Version (\\d+)\\.");

    @TempDir
    Path dir;

    /** Three good variants of the rules, told apart by severities and thresholds; version {@code v} is variant {@code v % 3}. */
    static String drl(int version) {
        String[][] variants = {
            {"WARNING", "ADVICE", "5", "< 0"},
            {"BLOCKER", "WARNING", "20", "< 0"},
            {"ADVICE", "BLOCKER", "10", ">= 0"},
        };
        String[] v = variants[version % 3];
        return """
                package soak;

                import dev.knigge.request.RequestType;
                import dev.knigge.request.ReviewRequest;
                import dev.knigge.request.Relationship;
                import dev.knigge.authoring.*;

                rule "T-VERSION every request"
                    @id(T-VERSION)
                    @severity(ADVICE)
                when
                    ReviewRequest()
                then
                    Findings.raise(kcontext, "v", %d);
                end

                rule "T-PITCH a pitch"
                    @id(T-PITCH)
                    @severity(%s)
                    @evidence(containsPitch)
                when
                    Note( containsPitch == true )
                then
                    Findings.raise(kcontext);
                end

                rule "T-STRANGER few mutual contacts"
                    @id(T-STRANGER)
                    @severity(%s)
                when
                    Relationship( mutualContacts < %s, $m : mutualContacts )
                    Derived( stranger )
                then
                    Findings.raise(kcontext, "m", $m);
                end

                rule "T-THROW fails on endorsements in one variant"
                    @id(T-THROW)
                    @severity(ADVICE)
                when
                    ReviewRequest( type == RequestType.ENDORSEMENT, $type : type )
                    Derived( subjectLength %s )
                    $p : Parameters()
                then
                    // The policy has no weekly cap for endorsements: the accessor throws.
                    Findings.raise(kcontext, "n", $p.weeklyCap($type));
                end
                """.formatted(version, v[0], v[1], v[2], v[3]);
    }

    static final String MESSAGES = """
            T-VERSION.title=Version
            T-VERSION.reason=Version {v}.
            T-VERSION.suggestion=None.
            T-PITCH.title=Pitch
            T-PITCH.reason=It sells.
            T-PITCH.suggestion=Don't.
            T-STRANGER.title=Stranger
            T-STRANGER.reason=Only {m} mutual contacts.
            T-STRANGER.suggestion=Say how you know them.
            T-THROW.title=Throw
            T-THROW.reason=Throws.
            T-THROW.suggestion=None.
            """;

    private static Path write(Path folder, int version) throws IOException {
        Files.createDirectories(folder.resolve("lexicon"));
        replace(folder.resolve("policy.properties"), "id=soak\nversion=1\n");
        replace(folder.resolve("messages_en.properties"), MESSAGES);
        replace(folder.resolve("lexicon/en.properties"), "pitch=book a demo|special offer\nstopwords=the|a|with|me|you\n");
        replace(folder.resolve("rules.drl"), drl(version));
        return folder;
    }

    /** Writes a file the way editors do, so a reload never reads half of it. */
    private static void replace(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temporary, text);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static List<ReviewRequest> requests() {
        String[] notes = {null, "Book a demo with me", "Hi, a special offer for you", "We met at the fair.",
            "I'm not going to book a demo", ""};
        RequestType[] types = RequestType.values();
        List<ReviewRequest> requests = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            requests.add(ReviewRequest.builder(types[i % types.length]).id("r" + i).language("en")
                    .note(notes[i % notes.length])
                    .relationship(Relationship.builder().knowEachOther(i % 5 == 0).mutualContacts((i * 7) % 25).build())
                    .build());
        }
        return requests;
    }

    /** The result without the version finding: what a variant gives for a request. */
    static String result(Advice advice) {
        List<String> findings = new ArrayList<>();
        for (Finding finding : advice.findings()) {
            if (!finding.rule().equals("T-VERSION")) {
                findings.add(finding.rule() + "=" + finding.severity() + " " + finding.reason() + " " + finding.evidence());
            }
        }
        return advice.id() + " " + advice.verdict() + " " + findings;
    }

    static int version(Advice advice) {
        Matcher matcher = VERSION.matcher(advice.finding("T-VERSION").reason());
        assertThat(matcher.matches()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    void manyThreadsShareAWatchedPolicyThatIsRewrittenGoodAndBrokenAndNoReviewIsLostOrWrong() throws Exception {
        List<ReviewRequest> requests = requests();
        // What each variant gives for each request, single-threaded, from Advisors of its own.
        List<List<String>> expected = new ArrayList<>();
        for (int variant = 0; variant < 3; variant++) {
            Advisor advisor = Advisor.builder().policy(Policy.directory(write(dir.resolve("variant" + variant), variant)))
                    .build();
            List<String> results = new ArrayList<>();
            for (ReviewRequest request : requests) {
                try {
                    results.add(result(advisor.review(request)));
                } catch (ReviewException e) {
                    results.add("failed " + e.rule());
                }
            }
            expected.add(results);
        }
        assertThat(expected.get(2)).as("one variant fails some reviews").anySatisfy(r -> assertThat(r).startsWith("failed"));

        Path folder = write(dir.resolve("soak"), 0);
        AtomicInteger pending = new AtomicInteger(0);
        AtomicInteger live = new AtomicInteger(0);
        AtomicLong started = new AtomicLong();
        AtomicLong completed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong heardReviewed = new AtomicLong();
        AtomicLong heardFailed = new AtomicLong();
        AtomicInteger reloaded = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Map<Integer, AtomicLong> byVersion = new ConcurrentHashMap<>();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        AtomicBoolean reloaderDone = new AtomicBoolean();
        AdvisorListener counting = new AdvisorListener() {
            @Override
            public void reviewed(ReviewRequest request, Advice advice, long nanos) {
                heardReviewed.incrementAndGet();
            }

            @Override
            public void failed(ReviewRequest request, ReviewException failure, long nanos) {
                heardFailed.incrementAndGet();
            }

            @Override
            public void reloaded(String policy, String version) {
                reloaded.incrementAndGet();
            }

            @Override
            public void reloadFailed(PolicyException failure) {
                refused.incrementAndGet();
            }
        };

        try (PolicyWatcher watcher = PolicyWatcher.start(Advisor.builder().policy(Policy.directory(folder))
                .listener(counting))) {
            List<Thread> reviewers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int seed = t;
                Thread reviewer = new Thread(() -> {
                    try {
                        // At least the count, and on until the reloader is through its cycles.
                        for (int n = 0; n < REVIEWS_PER_THREAD || !reloaderDone.get(); n++) {
                            int i = (n * 7 + seed * 5) % requests.size();
                            int lo = live.get();
                            if (n % 50 == 49) {
                                reviewBatch(watcher, requests, expected, lo, pending, started, completed, failed, byVersion);
                                continue;
                            }
                            started.incrementAndGet();
                            String got;
                            int version = -1;
                            try {
                                Advice advice = watcher.review(requests.get(i));
                                version = version(advice);
                                got = result(advice);
                                completed.incrementAndGet();
                            } catch (ReviewException e) {
                                got = "failed " + e.rule();
                                failed.incrementAndGet();
                            }
                            int hi = pending.get();
                            if (version >= 0) {
                                assertThat(version).as("the version in service during the review").isBetween(lo, hi);
                                assertThat(got).isEqualTo(expected.get(version % 3).get(i));
                                byVersion.computeIfAbsent(version, v -> new AtomicLong()).incrementAndGet();
                            } else {
                                // A failure carries no version: it must be one that a version in service gives.
                                boolean explained = false;
                                for (int v = lo; v <= hi; v++) {
                                    explained |= expected.get(v % 3).get(i).equals(got);
                                }
                                assertThat(explained).as("%s of request %d under versions %d..%d", got, i, lo, hi).isTrue();
                            }
                        }
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                }, "soak-reviewer-" + t);
                reviewers.add(reviewer);
                reviewer.start();
            }
            Thread reloader = new Thread(() -> {
                try {
                    int version = 0;
                    for (int cycle = 0; cycle < MIN_CYCLES; cycle++) {
                        for (int step = 0; step < 5; step++) {
                            version++;
                            pending.set(version);
                            if (step == 4) {
                                // The folder deleted (rules first, so no moment of it is a valid
                                // policy), then put back whole with the next version.
                                Files.delete(folder.resolve("rules.drl"));
                                assertThat(watcher.reloadNow()).isFalse();
                                delete(folder);
                                assertThat(watcher.reloadNow()).isFalse();
                                Path staging = write(dir.resolve("staging"), version);
                                Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
                            } else {
                                write(folder, version);
                            }
                            assertThat(watcher.reloadNow()).as("version %d loads", version).isTrue();
                            live.set(version);
                            breakIt(folder, version, step);
                            assertThat(watcher.reloadNow()).as("broken step %d after version %d", step, version).isFalse();
                        }
                    }
                } catch (Throwable e) {
                    errors.add(e);
                } finally {
                    reloaderDone.set(true);
                }
            }, "soak-reloader");
            reloader.start();

            // A hang guard, generous for a shared machine: minutes where the work takes seconds.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(
                    300 + REVIEWS_PER_THREAD * (long) THREADS / 200 + MIN_CYCLES * 30L);
            reloader.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            assertThat(reloader.isAlive()).as("the reloader finished within the hang guard").isFalse();
            for (Thread reviewer : reviewers) {
                reviewer.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                assertThat(reviewer.isAlive()).as("%s finished within the hang guard", reviewer.getName()).isFalse();
            }
        }

        assertThat(errors).isEmpty();
        assertThat(started.get()).isGreaterThanOrEqualTo((long) THREADS * REVIEWS_PER_THREAD);
        assertThat(completed.get() + failed.get()).as("every review started completed or failed").isEqualTo(started.get());
        assertThat(heardReviewed.get()).as("every completed review was heard").isEqualTo(completed.get());
        assertThat(heardFailed.get()).as("every failed review was heard").isEqualTo(failed.get());
        assertThat(failed.get()).as("variant 2 fails some reviews").isPositive();
        assertThat(reloaded.get()).isGreaterThanOrEqualTo(5 * MIN_CYCLES);
        assertThat(byVersion.keySet()).as("reviews ran under many of the versions")
                .hasSizeGreaterThanOrEqualTo((5 * MIN_CYCLES + 1) / 2);
        assertThat(refused.get()).isGreaterThanOrEqualTo(7 * MIN_CYCLES);
        System.out.printf("soak: %d threads, %d reviews (%d failed as their policy says), %d versions served,"
                + " %d reloads in service, %d refused%n", THREADS, started.get(), failed.get(), byVersion.size(),
                reloaded.get(), refused.get());
    }

    /** A reviewAll: all of a batch from one policy, in input order. */
    private static void reviewBatch(PolicyWatcher watcher, List<ReviewRequest> requests, List<List<String>> expected,
                                    int lo, AtomicInteger pending, AtomicLong started, AtomicLong completed,
                                    AtomicLong failed, Map<Integer, AtomicLong> byVersion) {
        List<ReviewRequest> batch = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < requests.size() && batch.size() < 10; i += 3) {
            if (requests.get(i).type() != RequestType.ENDORSEMENT) {
                batch.add(requests.get(i));
                indices.add(i);
            }
        }
        started.addAndGet(batch.size());
        List<Advice> all = watcher.reviewAll(batch);
        int hi = pending.get();
        completed.addAndGet(all.size());
        int version = version(all.get(0));
        assertThat(version).isBetween(lo, hi);
        byVersion.computeIfAbsent(version, v -> new AtomicLong()).addAndGet(all.size());
        for (int k = 0; k < all.size(); k++) {
            assertThat(version(all.get(k))).as("one policy for the whole batch").isEqualTo(version);
            assertThat(result(all.get(k))).isEqualTo(expected.get(version % 3).get(indices.get(k)));
        }
    }

    /** Breaks the policy in one of five ways; the next good version repairs every file. */
    private static void breakIt(Path folder, int version, int step) throws IOException {
        switch (step) {
            case 0 -> replace(folder.resolve("rules.drl"), drl(version).replace("ReviewRequest()", "ReviewRequest("));
            case 1 -> replace(folder.resolve("rules.drl"), drl(version).replace("Findings.raise(kcontext, \"v\", ",
                    "Findings.raise(kcontext, \"v\", new java.io.File(\"/etc/passwd\").exists() ? 0 : "));
            case 2 -> replace(folder.resolve("rules.drl"), drl(version).replace("mutualContacts <", "mutalContacts <"));
            case 3 -> replace(folder.resolve("messages_en.properties"), MESSAGES.replace("T-PITCH.suggestion=Don't.\n", ""));
            default -> replace(folder.resolve("lexicon/en.properties"), "pitch=re:(?<!no )demo\n");
        }
    }

    private static void delete(Path folder) throws IOException {
        List<Path> files;
        try (var walk = Files.walk(folder)) {
            files = new ArrayList<>(walk.toList());
        }
        Collections.reverse(files);
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }
}
