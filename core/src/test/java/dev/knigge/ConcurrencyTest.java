package dev.knigge;

import static dev.knigge.Fixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.Advice;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One Advisor shared by many threads gives exactly what one thread gets. */
class ConcurrencyTest {
    private static final String[] NOTES = {
        null, "", "Book a demo with me", "Hi, a special offer for you", "Just saying hello",
        "We met at the fair. Book a demo?", "I'm not going to book a demo",
    };

    private static List<ReviewRequest> requests(int count) {
        Random random = new Random(42);
        List<ReviewRequest> requests = new ArrayList<>(count);
        RequestType[] types = RequestType.values();
        for (int i = 0; i < count; i++) {
            requests.add(ReviewRequest.builder(types[random.nextInt(types.length)])
                    .id("r" + i)
                    .language("en")
                    .note(NOTES[random.nextInt(NOTES.length)])
                    .relationship(Relationship.builder()
                            .knowEachOther(random.nextBoolean())
                            .interactions(random.nextInt(3))
                            .mutualContacts(random.nextInt(40))
                            .connectedDays(random.nextBoolean() ? null : random.nextInt(10))
                            .build())
                    .build());
        }
        return requests;
    }

    private static String describe(Advice advice) {
        return advice.id() + " " + advice.verdict() + " " + advice.findings() + " "
                + advice.trace().stream().map(Advice.Firing::rule).toList();
    }

    @Test
    @Timeout(300)
    void eightThreadsSharingOneAdvisorGetExactlyTheSingleThreadedResults() throws Exception {
        Advisor advisor = Advisor.builder().policy(policy("grandchild")).build();
        Advisor faulty = Advisor.builder().policy(Policy.builtIn("faulty")).build();
        List<ReviewRequest> requests = requests(4_000);
        List<String> expected = new ArrayList<>();
        for (ReviewRequest request : requests) {
            expected.add(describe(advisor.review(request)) + " | " + describe(faulty.review(request)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t * 500;
                results.add(pool.submit(() -> {
                    List<String> got = new ArrayList<>(requests.size());
                    for (int i = 0; i < requests.size(); i++) {
                        ReviewRequest request = requests.get((i + offset) % requests.size());
                        got.add(describe(advisor.review(request)) + " | " + describe(faulty.review(request)));
                    }
                    return got;
                }));
            }
            for (int t = 0; t < 8; t++) {
                List<String> got = results.get(t).get();
                int offset = t * 500;
                for (int i = 0; i < requests.size(); i++) {
                    assertThat(got.get(i)).isEqualTo(expected.get((i + offset) % requests.size()));
                }
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    @Timeout(300)
    void freshAdvisorsOfOnePolicyCanBeReviewedConcurrentlyFromTheirFirstReview() throws Exception {
        // Drools generated consequence classes on first firing and raced there (duplicate class
        // definition); rule bases are built with eager invokers since. Several fresh Advisors of
        // one policy, each hit by eight threads at once, showed the race within a few rounds.
        ReviewRequest request = ReviewRequest.builder(RequestType.CONNECTION).language("en").note("Book a demo").build();
        for (int round = 0; round < 5; round++) {
            Advisor advisor = Advisor.builder().policy(policy("base")).build();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            try {
                List<Future<Advice>> results = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        Advice last = null;
                        for (int i = 0; i < 20; i++) {
                            last = advisor.review(request);
                        }
                        return last;
                    }));
                }
                start.countDown();
                for (Future<Advice> result : results) {
                    assertThat(result.get().findings()).isNotEmpty();
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    @Timeout(300)
    void reviewAllKeepsInputOrder() {
        Advisor advisor = Advisor.builder().policy(policy("grandchild")).build();
        List<ReviewRequest> requests = requests(500);
        List<Advice> all = advisor.reviewAll(requests);
        assertThat(all).hasSize(500);
        for (int i = 0; i < requests.size(); i++) {
            assertThat(describe(all.get(i))).isEqualTo(describe(advisor.review(requests.get(i))));
        }
    }
}
