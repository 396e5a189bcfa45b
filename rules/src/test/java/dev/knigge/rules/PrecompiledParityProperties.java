package dev.knigge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.advice.Advice;
import dev.knigge.advice.Finding;
import dev.knigge.internal.engine.Precompiled;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.internal.policy.PolicyResolver;
import dev.knigge.request.ReviewRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The built-in policies load from the executable model the build generates; the same policies
 * compiled from their DRL must review every request exactly alike.
 */
class PrecompiledParityProperties {
    private static final ClassLoader LOADER = PrecompiledParityProperties.class.getClassLoader();
    /** Rounds of the thread soak below: 5 in the default build, 25 with -Plong ({@code knigge.soak.parityRounds}). */
    private static final int ROUNDS = Integer.getInteger("knigge.soak.parityRounds", 5);
    private static final Path SOURCES = Path.of("src/main/resources/knigge/policies");
    private static final Map<String, Advisor> SAVED = Map.of(
            "professional", Advisor.builder().policy(Policy.builtIn("professional")).build(),
            "strict", Advisor.builder().policy(Policy.builtIn("strict")).build());
    /** The same folders read from disk: nothing saved there, so their DRL is compiled. */
    private static final Map<String, Advisor> COMPILED = Map.of(
            "professional", Advisor.builder().policy(Policy.directory(SOURCES.resolve("professional"))).build(),
            "strict", Advisor.builder().policy(Policy.directory(SOURCES.resolve("strict"))).build());

    private static String describe(Finding finding) {
        return finding.rule() + "=" + finding.severity() + " | " + finding.reason() + " | " + finding.suggestion() + " | "
                + finding.evidence();
    }

    /**
     * Everything an advice says. The trace is compared as a set: rules fire in the rule base's load
     * order, which differs between the two forms (each is deterministic on its own).
     */
    private static String describe(Advice advice) {
        return advice.verdict() + " " + advice.unchecked() + " "
                + advice.findings().stream().map(PrecompiledParityProperties::describe).toList() + " "
                + advice.trace().stream().map(firing -> firing.rule() + " " + firing.facts()).sorted().toList();
    }

    @Example
    void theBuildSavedBothBuiltInPoliciesAndTheyLoad() {
        for (String id : SAVED.keySet()) {
            PolicyFolder folder = PolicyFolder.builtIn(id, LOADER);
            String key = Precompiled.key(new PolicyResolver(LOADER).resolve(folder).drlFiles());
            assertThat(Precompiled.read(folder.precompiled(), key, LOADER)).as(id).isNotNull();
        }
    }

    /**
     * The executable model's consequences keep scratch space per rule, shared by every session of
     * a rule base unless the sessions are thread-safe: shared sessions gave rules a null match now
     * and then. Many threads reviewing at once must get exactly what one thread gets.
     */
    @Example
    void manyThreadsReviewingAtOnceGetWhatOneThreadGets() throws Exception {
        List<ReviewRequest> requests = RequestArbitraries.requests().sampleStream().limit(300).toList();
        Advisor advisor = SAVED.get("professional");
        List<String> expected = requests.stream().map(request -> describe(advisor.review(request, Locale.ENGLISH))).toList();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> differences = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                differences.add(threads.submit(() -> {
                    int different = 0;
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int i = 0; i < requests.size(); i++) {
                            try {
                                if (!describe(advisor.review(requests.get(i), Locale.ENGLISH)).equals(expected.get(i))) {
                                    different++;
                                }
                            } catch (RuntimeException e) {
                                different++;
                            }
                        }
                    }
                    return different;
                }));
            }
            int different = 0;
            for (Future<Integer> future : differences) {
                different += future.get(5, TimeUnit.MINUTES);
            }
            assertThat(different).as("reviews that differ from a single thread's, of %d", 4 * ROUNDS * requests.size())
                    .isZero();
        } finally {
            threads.shutdownNow();
        }
    }

    @Property(tries = 1500)
    void savedAndCompiledRulesGiveTheSameAdvice(@ForAll("requests") ReviewRequest request, @ForAll("policies") String policy) {
        assertThat(describe(SAVED.get(policy).review(request, Locale.ENGLISH)))
                .isEqualTo(describe(COMPILED.get(policy).review(request, Locale.ENGLISH)));
    }

    @Provide
    Arbitrary<ReviewRequest> requests() {
        return RequestArbitraries.requests();
    }

    @Provide
    Arbitrary<String> policies() {
        return Arbitraries.of("professional", "strict");
    }
}
