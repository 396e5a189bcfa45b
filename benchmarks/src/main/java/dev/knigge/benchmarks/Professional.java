package dev.knigge.benchmarks;

import dev.knigge.Advisor;
import dev.knigge.internal.engine.Engine;
import dev.knigge.internal.engine.Overrides;
import dev.knigge.internal.load.EngineBuilder;
import dev.knigge.internal.policy.PolicyFolder;

/** The {@code professional} policy as the benchmarks use it. */
public final class Professional {
    private Professional() {}

    /** An Advisor with the built-in {@code professional} policy and no overrides. */
    public static Advisor advisor() {
        return Advisor.builder().build();
    }

    /** The engine behind such an Advisor, for the hand-written baseline that plugs into it. */
    public static Engine engine() {
        ClassLoader loader = Advisor.class.getClassLoader();
        return EngineBuilder.build(PolicyFolder.builtIn("professional", loader), Overrides.NONE, loader, false, null);
    }

    /** The hand-written norms over an engine's compiled rules and parameters. */
    public static HandWrittenNorms handWritten(Engine engine) {
        return new HandWrittenNorms(engine.rules().rules(), engine.parameters());
    }
}
