package dev.knigge.testing;

import net.jqwik.api.GenerationMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Runs every jqwik property with a share of the tries it declares: {@code -Dknigge.tries.percent=N}
 * (the build sets 10, the {@code long} profile 400; without the property, 100). Every property
 * still runs in every build, with at least {@value #MINIMUM} tries, so a regression is caught by
 * the default build and a rare one by the long run; an exhaustive property runs every combination
 * whatever the share. Registered for every property through
 * {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 */
public final class ScaledTries implements AroundPropertyHook {
    /** The system property: a percentage of each property's declared tries. */
    public static final String PROPERTY = "knigge.tries.percent";
    /** The fewest tries a scaled property runs, however small the share (unless it declares fewer). */
    static final int MINIMUM = 10;
    /** jqwik's tries for a property that declares none. */
    private static final int JQWIK_DEFAULT = 1_000;

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        // An exhaustive property runs every combination: fewer tries would leave some out.
        if (context.attributes().generation().orElse(GenerationMode.AUTO) != GenerationMode.EXHAUSTIVE) {
            int declared = context.attributes().tries().orElse(JQWIK_DEFAULT);
            context.attributes().setTries(scaled(declared, Integer.getInteger(PROPERTY, 100)));
        }
        return property.execute();
    }

    /** {@code percent} of {@code declared}, rounded up, and never under {@value #MINIMUM} unless {@code declared} is. */
    static int scaled(int declared, int percent) {
        if (percent <= 0) {
            throw new IllegalArgumentException(PROPERTY + " must be positive (was " + percent + ")");
        }
        long tries = ((long) declared * percent + 99) / 100;
        return (int) Math.min(Integer.MAX_VALUE, Math.max(Math.min(declared, MINIMUM), tries));
    }

    /** A hook registered as a service applies to the engine only, unless it propagates. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    /** Outermost, so the tries are set before jqwik starts generating. */
    @Override
    public int aroundPropertyProximity() {
        return -100;
    }
}
