package dev.knigge.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Advice;
import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.Recipient;
import dev.knigge.Relationship;
import dev.knigge.RequestType;
import dev.knigge.ReviewRequest;
import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.internal.policy.PolicyResolver;
import dev.knigge.internal.policy.ResolvedPolicy;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecompiledTest {
    private static final ClassLoader LOADER = PrecompiledTest.class.getClassLoader();
    private static ResolvedPolicy sample;
    private static byte[] saved;

    @BeforeAll
    static void save() throws Exception {
        sample = new PolicyResolver(LOADER).resolve(PolicyFolder.builtIn("sample", LOADER));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Precompiled.write(RuleCompiler.compile(sample.drlFiles(), LOADER), Precompiled.key(sample.drlFiles()), out);
        saved = out.toByteArray();
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
        return advice.verdict() + " " + advice.findings() + " " + advice.explain();
    }

    @Test
    void savedRulesReviewExactlyLikeCompiledOnes() {
        CompiledRules loaded = Precompiled.read(saved, Precompiled.key(sample.drlFiles()), LOADER);
        assertThat(loaded).isNotNull();
        assertThat(loaded.rules()).containsExactlyInAnyOrderElementsOf(
                RuleCompiler.compile(sample.drlFiles(), LOADER).rules());
    }

    @Test
    void anAdvisorUsesTheSavedRulesShippedWithABuiltInPolicy(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("knigge/policies/sample/" + Precompiled.FILE);
        Files.createDirectories(file.getParent());
        Files.write(file, saved);
        try (URLClassLoader withSaved = new URLClassLoader(new URL[] {dir.toUri().toURL()}, LOADER)) {
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
        assertThat(Precompiled.read(saved, Precompiled.key(edited), LOADER)).isNull();
    }

    @Test
    void damagedSavedRulesAreIgnoredAndTheAdvisorCompilesInstead(@TempDir Path dir) throws Exception {
        byte[] damaged = saved.clone();
        for (int i = damaged.length / 2; i < damaged.length; i++) {
            damaged[i] = (byte) (damaged[i] ^ 0x5A);
        }
        assertThat(Precompiled.read(damaged, Precompiled.key(sample.drlFiles()), LOADER)).isNull();
        assertThat(Precompiled.read(new byte[] {1, 2, 3}, Precompiled.key(sample.drlFiles()), LOADER)).isNull();
        Path file = dir.resolve("knigge/policies/sample/" + Precompiled.FILE);
        Files.createDirectories(file.getParent());
        Files.write(file, damaged);
        try (URLClassLoader withDamaged = new URLClassLoader(new URL[] {dir.toUri().toURL()}, LOADER)) {
            Advisor advisor = Advisor.builder().policy(Policy.builtIn("sample")).classLoader(withDamaged).build();
            assertThat(advisor.review(requests().get(3)).findings()).isNotEmpty();
        }
    }

    @Test
    void rulesLoadedInTheBackgroundAreUsedOnlyUnderTheKeyTheyWereSavedWith() {
        String key = Precompiled.key(sample.drlFiles());
        assertThat(Precompiled.readInBackground(saved, LOADER).get(key)).isNotNull();
        assertThat(Precompiled.readInBackground(saved, LOADER).get(key + "-other")).isNull();
        assertThat(Precompiled.readInBackground(new byte[] {1, 2, 3}, LOADER).get(key)).isNull();
        assertThat(Precompiled.readInBackground(null, LOADER)).isNull();
    }

    @Test
    void aPrefetchedPolicyIsTakenOnceByTheSameFolderAndLoader(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("knigge/policies/sample/" + Precompiled.FILE);
        Files.createDirectories(file.getParent());
        Files.write(file, saved);
        try (URLClassLoader withSaved = new URLClassLoader(new URL[] {dir.toUri().toURL()}, LOADER)) {
            PolicyFolder folder = PolicyFolder.builtIn("sample", withSaved);
            Precompiled.prefetch(folder, withSaved);
            Precompiled.Pending first = Precompiled.take(folder, withSaved);
            Precompiled.Pending second = Precompiled.take(folder, withSaved);
            assertThat(first).isNotNull().isNotSameAs(second);
            assertThat(first.get(Precompiled.key(sample.drlFiles()))).isNotNull();
            assertThat(second.get(Precompiled.key(sample.drlFiles()))).isNotNull();
        }
    }

    @Test
    void theKeyCoversTheFactClassesClassFiles() {
        byte[] note = Precompiled.classFile(dev.knigge.authoring.Note.class);
        assertThat(note).startsWith((byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE);
        assertThat(Precompiled.classFile(dev.knigge.RequestType.class)).isNotEqualTo(note);
    }

    @Test
    void withoutAClassFileTheKeyFallsBackToWhatReflectionShows() {
        assertThat(Precompiled.factFingerprint(dev.knigge.authoring.Note.class))
                .contains("dev.knigge.authoring.Note{present:boolean;");
        assertThat(Precompiled.factFingerprint(dev.knigge.RequestType.class)).contains("dev.knigge.RequestType{CONNECTION;");
    }
}
