package dev.knigge.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHashTest {

    private static double estimate(long[] first, long[] second) {
        char[] signatures = new char[2 * MinHash.SIZE];
        MinHash.sign(first, signatures, 0);
        MinHash.sign(second, signatures, MinHash.SIZE);
        return MinHash.similarity(signatures, 0, 1);
    }

    /** {@code shared} hashes in both sets, {@code own} more in each. */
    private static long[][] sets(int shared, int own, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] common = LongStream.generate(random::nextLong).limit(shared).toArray();
        long[] first = LongStream.concat(LongStream.of(common), LongStream.generate(random::nextLong).limit(own)).toArray();
        long[] second = LongStream.concat(LongStream.of(common), LongStream.generate(random::nextLong).limit(own)).toArray();
        return new long[][] {first, second};
    }

    @Test
    void identicalSetsAgreeEverywhere() {
        long[][] sets = sets(30, 0, 1);
        assertThat(estimate(sets[0], sets[1])).isEqualTo(1.0);
    }

    @Test
    void disjointSetsHardlyAgree() {
        long[][] sets = sets(0, 40, 2);
        assertThat(estimate(sets[0], sets[1])).isLessThan(0.05);
    }

    @Test
    void estimatesTheJaccardSimilarityWithinFourStandardErrors() {
        for (long seed = 3; seed < 23; seed++) {
            long[][] half = sets(40, 20, seed);
            // |A ∩ B| = 40, |A ∪ B| = 80: J = 0.5; one standard error is 0.046
            assertThat(estimate(half[0], half[1])).isCloseTo(0.5, within(0.19));
        }
    }

    @Test
    void aBandIsTheRowsOfThatBandOfTheSignature() {
        long[][] sets = sets(10, 0, 4);
        char[] signatures = new char[MinHash.SIZE];
        MinHash.sign(sets[0], signatures, 0);
        long band = MinHash.band(signatures, 0, 1);
        assertThat(band).isEqualTo(((long) signatures[3] << 32) | ((long) signatures[4] << 16) | signatures[5]);
    }
}
