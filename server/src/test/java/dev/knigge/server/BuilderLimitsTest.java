package dev.knigge.server;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The builder refuses settings under which the service could not protect itself: too few HTTP
 * threads for the review queue ever to fill (overload would wait unseen instead of getting 503),
 * or a batch limit beyond what it holds in memory.
 */
class BuilderLimitsTest {
    @Test
    void refusesTooFewHttpThreadsForTheQueueToFill() {
        assertThatThrownBy(() -> KniggeServer.builder().port(0).reviewThreads(2).queueCapacity(6).httpThreads(8).start())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("httpThreads must be more than reviewThreads + queueCapacity (8, was 8): with fewer, the"
                        + " review queue never fills and a client waits unseen instead of getting 503");
    }

    @Test
    void startsWithOneHttpThreadMoreThanTheReviewsInFlightAndWaiting() {
        KniggeServer.builder().port(0).reviewThreads(2).queueCapacity(6).httpThreads(9).start().close();
    }

    @Test
    void refusesABatchLimitItCannotHoldInMemory() {
        assertThatThrownBy(() -> KniggeServer.builder().maxBatchBytes(257L * 1024 * 1024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBatchBytes must be 1 to 268435456 (was 269484032)");
    }
}
