package dev.knigge.benchmarks;

import dev.knigge.Advisor;
import dev.knigge.internal.engine.CompiledRules;
import dev.knigge.internal.engine.Precompiled;
import dev.knigge.internal.engine.RuleCompiler;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.internal.policy.PolicyResolver;
import dev.knigge.internal.policy.ResolvedPolicy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Getting the {@code professional} policy ready, cold: each fork is a fresh JVM that does it once,
 * as a process that starts, loads its policy and reviews does. {@link #compile} compiles the DRL
 * (what a policy from disk goes through), {@link #loadPrecompiled} reads the rules saved at build
 * time (what a built-in policy goes through), {@link #advisor} is the whole of
 * {@code Advisor.builder().build()}. The policy's files are read in the setup, outside the timing,
 * except for {@link #advisor}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class PolicyBenchmark {
    private static final ClassLoader LOADER = PolicyBenchmark.class.getClassLoader();
    private ResolvedPolicy policy;
    private byte[] saved;
    private String key;

    @Setup
    public void setUp() {
        policy = new PolicyResolver(LOADER).resolve(PolicyFolder.builtIn("professional", LOADER));
        saved = policy.top().folder().precompiled();
        key = Precompiled.key(policy.drlFiles());
    }

    @Benchmark
    public CompiledRules compile() {
        return RuleCompiler.compile(policy.drlFiles(), LOADER);
    }

    @Benchmark
    public CompiledRules loadPrecompiled() {
        CompiledRules rules = Precompiled.read(saved, key, LOADER);
        if (rules == null) {
            throw new IllegalStateException("the saved rules do not match the policy: run mvn package first");
        }
        return rules;
    }

    @Benchmark
    public Advisor advisor() {
        return Advisor.builder().build();
    }
}
