package dev.knigge;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.advice.Advice;
import dev.knigge.advice.Finding;
import dev.knigge.advice.ReviewException;
import dev.knigge.policy.PolicyException;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults inside a policy fail in the narrowest scope with a clear error, and the Advisor keeps
 * serving with exactly the results it gave before. (Rules that throw an exception or loop, and
 * messages missing at run time, are in {@link AdvisorReviewTest}; a policy folder deleted while
 * watched is in {@link PolicyWatcherTest} and the soak.)
 */
@Timeout(120)
class PolicyFaultsTest {
    /** Trusted DRL may hold functions, and so code that recurses without end or throws an Error. */
    static final String DRL = """
            package faults;

            import dev.knigge.request.RequestType;
            import dev.knigge.request.ReviewRequest;
            import dev.knigge.request.Relationship;
            import dev.knigge.authoring.*;

            function int deep(int n) {
                return deep(n + 1) + 1;
            }

            function int error(String why) {
                throw new AssertionError(why);
            }

            function int outOfMemory() {
                throw new OutOfMemoryError("simulated");
            }

            rule "T-DEEP-THEN recurses without end in its consequence"
                @id(T-DEEP-THEN)
                @severity(ADVICE)
            when
                ReviewRequest( type == RequestType.ENDORSEMENT )
            then
                Findings.raise(kcontext, "n", deep(0));
            end

            rule "T-DEEP-WHEN recurses without end in its condition"
                @id(T-DEEP-WHEN)
                @severity(ADVICE)
            when
                ReviewRequest( type == RequestType.INTRODUCTION )
                eval( deep(0) > 0 )
            then
                Findings.raise(kcontext, "n", 1);
            end

            rule "T-ERROR-THEN throws an Error from its consequence"
                @id(T-ERROR-THEN)
                @severity(ADVICE)
            when
                ReviewRequest( type == RequestType.GROUP_INVITE )
            then
                Findings.raise(kcontext, "n", error("then"));
            end

            rule "T-ERROR-WHEN throws an Error from its condition"
                @id(T-ERROR-WHEN)
                @severity(ADVICE)
            when
                ReviewRequest( type == RequestType.DISCUSSION_INVITE, error("when") > 0 )
            then
                Findings.raise(kcontext, "n", 1);
            end

            rule "T-MEMORY runs out of memory"
                @id(T-MEMORY)
                @severity(ADVICE)
            when
                ReviewRequest( type == RequestType.INMAIL )
            then
                Findings.raise(kcontext, "n", outOfMemory());
            end

            rule "T-STRANGER a stranger"
                @id(T-STRANGER)
                @severity(WARNING)
            when
                Relationship( $n : mutualContacts )
                Derived( stranger )
            then
                Findings.raise(kcontext, "n", $n);
            end
            """;

    private static final List<String> IDS = List.of("T-DEEP-THEN", "T-DEEP-WHEN", "T-ERROR-THEN", "T-ERROR-WHEN",
            "T-MEMORY", "T-STRANGER");

    @TempDir
    Path dir;

    private Path trustedPolicy() throws IOException {
        Files.writeString(dir.resolve("policy.properties"), "id=faults\nversion=1\n");
        Files.writeString(dir.resolve("rules.drl"), DRL);
        StringBuilder messages = new StringBuilder();
        for (String id : IDS) {
            messages.append(id).append(".title=Title\n").append(id).append(".reason=Reason {n}.\n")
                    .append(id).append(".suggestion=Suggestion.\n");
        }
        Files.writeString(dir.resolve("messages_en.properties"), messages.toString());
        return dir;
    }

    /** Plain requests the faulty rules leave alone, with varied results. */
    private static List<ReviewRequest> plain() {
        List<ReviewRequest> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            requests.add(ReviewRequest.builder(i % 2 == 0 ? RequestType.MESSAGE : RequestType.CONNECTION).id("p" + i)
                    .relationship(Relationship.builder().knowEachOther(i % 3 == 0).mutualContacts(i).build()).build());
        }
        return requests;
    }

    private static String describe(Advice advice) {
        return advice.id() + " " + advice.verdict() + " " + advice.findings();
    }

    /** After the faults, many threads get exactly what a fresh Advisor of the same policy gives. */
    private static void keepsServing(Advisor advisor, Advisor fresh) throws Exception {
        List<ReviewRequest> requests = plain();
        List<String> expected = requests.stream().map(fresh::review).map(PolicyFaultsTest::describe).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    List<String> got = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        got.clear();
                        for (ReviewRequest request : requests) {
                            got.add(describe(advisor.review(request)));
                        }
                    }
                    return got;
                }));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get(60, SECONDS)).containsExactlyElementsOf(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Nested
    class ATrustedRuleThatThrowsAnError {
        private final List<String> failures = new CopyOnWriteArrayList<>();

        private Advisor advisor() throws IOException {
            return Advisor.builder().policy(Policy.directory(trustedPolicy()).trusted()).listener(new AdvisorListener() {
                @Override
                public void failed(ReviewRequest request, ReviewException failure, long nanos) {
                    failures.add(failure.rule());
                }
            }).build();
        }

        @Test
        void aStackOverflowInAConsequenceFailsThatReviewNamingTheRule() throws Exception {
            Advisor advisor = advisor();
            assertThatThrownBy(() -> advisor.review(ReviewRequest.builder(RequestType.ENDORSEMENT).build()))
                    .isInstanceOf(ReviewException.class)
                    .hasMessageStartingWith("rule T-DEEP-THEN (\"T-DEEP-THEN recurses without end in its consequence\", ")
                    .hasMessageEndingWith(" failed: StackOverflowError in faults.Deep.deep")
                    .hasCauseInstanceOf(StackOverflowError.class)
                    .satisfies(e -> assertThat(((ReviewException) e).rule()).isEqualTo("T-DEEP-THEN"));
            assertThat(failures).containsExactly("T-DEEP-THEN");
            keepsServing(advisor, Advisor.builder().policy(Policy.directory(dir).trusted()).build());
        }

        @Test
        void aStackOverflowInAConditionFailsThatReviewNamingTheCodeAtFault() throws Exception {
            // A stack overflow keeps only the innermost frames, so nothing tells which rule's
            // condition called the function; the message names the function instead.
            Advisor advisor = advisor();
            assertThatThrownBy(() -> advisor.review(ReviewRequest.builder(RequestType.INTRODUCTION).build()))
                    .isInstanceOf(ReviewException.class)
                    .hasMessageEndingWith(" failed: StackOverflowError in faults.Deep.deep");
            keepsServing(advisor, Advisor.builder().policy(Policy.directory(dir).trusted()).build());
        }

        @Test
        void anErrorInAConsequenceOrAConditionFailsThatReviewNamingTheRule() throws Exception {
            Advisor advisor = advisor();
            assertThatThrownBy(() -> advisor.review(ReviewRequest.builder(RequestType.GROUP_INVITE).build()))
                    .isInstanceOf(ReviewException.class)
                    .hasMessageEndingWith(" failed: AssertionError: then")
                    .satisfies(e -> assertThat(((ReviewException) e).rule()).isEqualTo("T-ERROR-THEN"));
            assertThatThrownBy(() -> advisor.review(ReviewRequest.builder(RequestType.DISCUSSION_INVITE).build()))
                    .isInstanceOf(ReviewException.class)
                    .hasMessageEndingWith(" failed: AssertionError: when")
                    .satisfies(e -> assertThat(((ReviewException) e).rule()).isEqualTo("T-ERROR-WHEN"));
            assertThat(failures).containsExactly("T-ERROR-THEN", "T-ERROR-WHEN");
            keepsServing(advisor, Advisor.builder().policy(Policy.directory(dir).trusted()).build());
        }

        @Test
        void runningOutOfMemoryIsNotTheReviewsAloneAndPropagatesAsItIs() throws Exception {
            Advisor advisor = advisor();
            assertThatThrownBy(() -> advisor.review(ReviewRequest.builder(RequestType.INMAIL).build()))
                    .isExactlyInstanceOf(OutOfMemoryError.class)
                    .hasMessage("simulated");
            keepsServing(advisor, Advisor.builder().policy(Policy.directory(dir).trusted()).build());
        }

        @Test
        void untrustedTheSamePolicyIsRefusedBeforeAnyOfItRuns() throws IOException {
            assertThatThrownBy(() -> Advisor.builder().policy(Policy.directory(trustedPolicy())).build())
                    .isInstanceOf(PolicyException.class)
                    .hasMessageContaining("functions are not allowed in a policy from disk: function deep");
        }
    }

    @Nested
    class ALexicon {
        private Path policyWithLexicon(Path folder) throws IOException {
            Files.createDirectories(folder.resolve("lexicon"));
            Files.writeString(folder.resolve("policy.properties"), "id=worded\nversion=1\n");
            Files.writeString(folder.resolve("rules.drl"), """
                    package worded;
                    import dev.knigge.authoring.*;
                    rule "T-PITCH a pitch"
                        @id(T-PITCH)
                        @severity(WARNING)
                        @evidence(containsPitch)
                    when
                        Note( containsPitch == true )
                    then
                        Findings.raise(kcontext);
                    end
                    """);
            Files.writeString(folder.resolve("messages_en.properties"),
                    "T-PITCH.title=Pitch\nT-PITCH.reason=It sells.\nT-PITCH.suggestion=Don't.\n");
            Files.writeString(folder.resolve("lexicon/en.properties"), "pitch=book a demo\nstopwords=the|a|with|me\n");
            return folder;
        }

        private final ReviewRequest pitch = ReviewRequest.builder(RequestType.MESSAGE).language("en")
                .note("Book a demo with me").build();

        @Test
        void deletedWhileWatchedLeavesTheWordingUncheckedNotWrong() throws Exception {
            Path folder = policyWithLexicon(dir.resolve("worded"));
            try (PolicyWatcher watcher = PolicyWatcher.start(Advisor.builder().policy(Policy.directory(folder)))) {
                assertThat(watcher.review(pitch).findings()).extracting(Finding::rule).containsExactly("T-PITCH");
                Files.delete(folder.resolve("lexicon/en.properties"));
                assertThat(watcher.reloadNow()).isTrue();
                Advice advice = watcher.review(pitch);
                assertThat(advice.findings()).isEmpty();
                assertThat(advice.unchecked()).containsExactly("note-language");
            }
        }

        @Test
        void thatIsNotTextIsRefusedAndTheLastGoodPolicyKeepsServing() throws Exception {
            Path folder = policyWithLexicon(dir.resolve("worded"));
            try (PolicyWatcher watcher = PolicyWatcher.start(Advisor.builder().policy(Policy.directory(folder)))) {
                Files.write(folder.resolve("lexicon/en.properties"), new byte[] {'p', '=', (byte) 0xC3, (byte) 0x28});
                assertThat(watcher.reloadNow()).isFalse();
                assertThat(watcher.review(pitch).findings()).extracting(Finding::rule).containsExactly("T-PITCH");
            }
            assertThatThrownBy(() -> Advisor.builder().policy(Policy.directory(folder)).build())
                    .isInstanceOf(PolicyException.class)
                    .hasMessage("policy does not load: " + folder.resolve("lexicon/en.properties")
                            + ": not UTF-8 text (policy files must be UTF-8)");
        }

        @Test
        void listedByABuiltInPolicyButMissingFromTheJarFailsThatAdvisorOnly() throws Exception {
            Path resources = dir.resolve("classpath");
            Path policy = policyWithLexicon(resources.resolve("knigge/policies/worded"));
            Files.writeString(policy.resolve("index"), "policy.properties\nrules.drl\nmessages_en.properties\n"
                    + "lexicon/en.properties\nlexicon/de.properties\n");
            try (URLClassLoader loader = new URLClassLoader(new URL[] {resources.toUri().toURL()},
                    PolicyFaultsTest.class.getClassLoader())) {
                assertThatThrownBy(() -> Advisor.builder().policy(Policy.builtIn("worded")).classLoader(loader).build())
                        .isInstanceOf(PolicyException.class)
                        .hasMessage("policy does not load: worded/index: lists 'lexicon/de.properties', which is not on"
                                + " the classpath");
                Files.writeString(policy.resolve("index"), "policy.properties\nrules.drl\nmessages_en.properties\n"
                        + "lexicon/en.properties\n");
                Advisor advisor = Advisor.builder().policy(Policy.builtIn("worded")).classLoader(loader).build();
                assertThat(advisor.review(pitch, Locale.ENGLISH).findings()).extracting(Finding::rule)
                        .containsExactly("T-PITCH");
            }
        }
    }
}
