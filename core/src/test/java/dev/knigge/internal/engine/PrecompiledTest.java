package dev.knigge.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.advice.Advice;
import dev.knigge.internal.load.LoadedPolicy;
import dev.knigge.internal.load.PolicyLoader;
import dev.knigge.internal.load.Preload;
import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.internal.policy.PolicyResolver;
import dev.knigge.internal.policy.ResolvedPolicy;
import dev.knigge.request.Recipient;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecompiledTest {
    private static final ClassLoader LOADER = PrecompiledTest.class.getClassLoader();
    private static ResolvedPolicy sample;
    /** The sample policy's saved rules: the descriptor, and the model classes under {@link #classes}. */
    private static byte[] saved;
    private static Path classes;
    /** Loads the model classes. */
    private static URLClassLoader withModel;

    @BeforeAll
    static void save(@TempDir Path dir) throws Exception {
        sample = new PolicyResolver(LOADER).resolve(PolicyFolder.builtIn("sample", LOADER));
        classes = dir;
        saved = Precompiled.write(sample.drlFiles(), RuleCompiler.compile(sample.drlFiles(), LOADER), classes)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        withModel = new URLClassLoader(new URL[] {classes.toUri().toURL()}, LOADER);
    }

    @AfterAll
    static void close() throws Exception {
        withModel.close();
    }

    /** A class loader that sees the model classes and a built-in sample policy with these saved rules. */
    private static URLClassLoader shipping(Path dir, byte[] rules) throws Exception {
        Path file = dir.resolve("knigge/policies/sample/" + PolicyFolder.PRECOMPILED);
        Files.createDirectories(file.getParent());
        Files.write(file, rules);
        return new URLClassLoader(new URL[] {dir.toUri().toURL(), classes.toUri().toURL()}, LOADER);
    }

    private static List<ReviewRequest> requests() {
        List<ReviewRequest> requests = new ArrayList<>();
        for (RequestType type : RequestType.values()) {
            requests.add(ReviewRequest.builder(type).language("en")
                    .note("Hi Anna, could you help? Book a demo, no problem if not.")
                    .recipient(Recipient.builder().firstName("Anna").build())
                    .relationship(Relationship.builder().lastContactMonths(14).build()).build());
        }
        return requests;
    }

    private static String describe(Advice advice) {
        return advice.verdict() + " " + advice.findings() + " " + advice.trace();
    }

    @Test
    void savedRulesReviewExactlyLikeCompiledOnes() {
        assertThat(new String(saved, java.nio.charset.StandardCharsets.UTF_8)).startsWith("knigge-precompiled 4\nkey ")
                .contains("\nmodel knigge.sample.Rules");
        CompiledRules loaded = Precompiled.read(saved, Precompiled.key(sample.drlFiles()), withModel);
        assertThat(loaded).isNotNull();
        assertThat(loaded.rules()).containsExactlyInAnyOrderElementsOf(
                RuleCompiler.compile(sample.drlFiles(), LOADER).rules());
    }

    @Test
    void anAdvisorUsesTheSavedRulesShippedWithABuiltInPolicy(@TempDir Path dir) throws Exception {
        try (URLClassLoader withSaved = shipping(dir, saved)) {
            assertThat(PolicyFolder.builtIn("sample", withSaved).precompiled()).isEqualTo(saved);
            Advisor fromSaved = Advisor.builder().policy(Policy.builtIn("sample")).classLoader(withSaved).build();
            Advisor compiled = Advisor.builder().policy(Policy.builtIn("sample")).build();
            for (ReviewRequest request : requests()) {
                assertThat(describe(fromSaved.review(request))).isEqualTo(describe(compiled.review(request)));
            }
        }
    }

    @Test
    void savedRulesForOtherDrlAreIgnored() {
        List<PolicyFile> edited = new ArrayList<>(sample.drlFiles());
        PolicyFile first = edited.get(0);
        edited.set(0, new PolicyFile(first.path(), first.origin(), first.text() + "\n// edited\n"));
        assertThat(Precompiled.key(edited)).isNotEqualTo(Precompiled.key(sample.drlFiles()));
        assertThat(Precompiled.read(saved, Precompiled.key(edited), withModel)).isNull();
    }

    @Test
    void damagedSavedRulesAreIgnoredAndTheAdvisorCompilesInstead(@TempDir Path dir) throws Exception {
        byte[] damaged = saved.clone();
        for (int i = damaged.length / 2; i < damaged.length; i++) {
            damaged[i] = (byte) (damaged[i] ^ 0x5A);
        }
        String key = Precompiled.key(sample.drlFiles());
        assertThat(Precompiled.read(damaged, key, withModel)).isNull();
        assertThat(Precompiled.read(new byte[] {1, 2, 3}, key, withModel)).isNull();
        String text = new String(saved, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Precompiled.read(text.replaceFirst("\nrule[^\n]*", "").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                key, withModel)).as("a rule without its description").isNull();
        assertThat(Precompiled.read(text.replace("model knigge.sample.", "model knigge.gone.")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), key, withModel)).as("a missing model class").isNull();
        assertThat(Precompiled.read(saved, key, LOADER)).as("model classes out of reach").isNull();
        try (URLClassLoader withDamaged = shipping(dir, damaged)) {
            Advisor advisor = Advisor.builder().policy(Policy.builtIn("sample")).classLoader(withDamaged).build();
            assertThat(advisor.review(requests().get(3)).findings()).isNotEmpty();
        }
    }

    @Test
    void rulesLoadedInTheBackgroundAreUsedOnlyUnderTheKeyTheyWereSavedWith() {
        String key = Precompiled.key(sample.drlFiles());
        assertThat(Precompiled.readInBackground(saved, withModel).get(key)).isNotNull();
        assertThat(Precompiled.readInBackground(saved, withModel).get(key + "-other")).isNull();
        assertThat(Precompiled.readInBackground(new byte[] {1, 2, 3}, withModel).get(key)).isNull();
        assertThat(Precompiled.readInBackground(null, withModel)).isNull();
    }

    @Test
    void aPreloadIsTakenOnceByTheSameFolderAndLoader(@TempDir Path dir) throws Exception {
        try (URLClassLoader withSaved = shipping(dir, saved)) {
            PolicyFolder folder = PolicyFolder.builtIn("sample", withSaved);
            Preload ahead = Preload.start(folder, withSaved);
            assertThat(ahead.isOf(folder, LOADER)).as("another class loader").isFalse();
            assertThat(ahead.isOf(PolicyFolder.builtIn("professional", withSaved), withSaved)).as("another folder")
                    .isFalse();
            LoadedPolicy first = PolicyLoader.load(folder, false, withSaved, PolicyLoader.Checks.LOAD, ahead);
            assertThat(first.clean()).isTrue();
            assertThat(first.policy().id()).isEqualTo("sample");
            assertThat(first.lexicons()).containsKey("en");
            LoadedPolicy second = PolicyLoader.load(folder, false, withSaved, PolicyLoader.Checks.LOAD, ahead);
            assertThat(second.policy()).as("taken once: the second load reads the policy itself")
                    .isNotSameAs(first.policy());
        }
    }

    @Test
    void anAdvisorBuiltAfterAPreloadReviewsLikeOneBuiltWithout(@TempDir Path dir) throws Exception {
        try (URLClassLoader withSaved = shipping(dir, saved)) {
            Advisor.Builder builder = Advisor.builder().policy(Policy.builtIn("sample")).classLoader(withSaved).preload();
            Advisor preloaded = builder.build();
            Advisor plain = Advisor.builder().policy(Policy.builtIn("sample")).build();
            for (ReviewRequest request : requests()) {
                assertThat(describe(preloaded.review(request))).isEqualTo(describe(plain.review(request)));
            }
        }
    }

    @Test
    void aPreloadOfAnotherPolicyIsNotUsed() {
        Advisor.Builder builder = Advisor.builder().policy(Policy.builtIn("terse")).preload()
                .policy(Policy.builtIn("sample"));
        assertThat(builder.build().policyId()).isEqualTo("sample");
    }

    @Test
    void theKeyCoversTheFactClassesClassFiles() {
        byte[] note = Precompiled.classFile(dev.knigge.authoring.Note.class);
        assertThat(note).startsWith((byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE);
        assertThat(Precompiled.classFile(dev.knigge.request.RequestType.class)).isNotEqualTo(note);
    }

    @Test
    void withoutAClassFileTheKeyFallsBackToWhatReflectionShows() {
        assertThat(Precompiled.factFingerprint(dev.knigge.authoring.Note.class))
                .contains("dev.knigge.authoring.Note{present:boolean;");
        assertThat(Precompiled.factFingerprint(dev.knigge.request.RequestType.class)).contains("dev.knigge.request.RequestType{CONNECTION;");
    }
}
