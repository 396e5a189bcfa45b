package dev.knigge.internal.load;

import dev.knigge.advice.Severity;
import dev.knigge.authoring.Parameters;
import dev.knigge.internal.Suggestions;
import dev.knigge.internal.engine.CompiledRules;
import dev.knigge.internal.engine.Engine;
import dev.knigge.internal.engine.Overrides;
import dev.knigge.internal.engine.PolicyChecks;
import dev.knigge.internal.engine.RuleMeta;
import dev.knigge.internal.note.NoteAnalyzer;
import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.internal.policy.PolicyLayer;
import dev.knigge.internal.policy.ResolvedPolicy;
import dev.knigge.internal.policy.Setting;
import dev.knigge.internal.render.Messages;
import dev.knigge.policy.PolicyException.Problem;
import dev.knigge.policy.PolicyException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The way from a policy folder to an {@link Engine}: one {@link PolicyLoader load}, then the
 * policy's settings and the builder's overrides applied to what loaded. Every problem of both is
 * reported together, so a policy never half-loads and its author sees everything at once.
 */
public final class EngineBuilder {
    private EngineBuilder() {}

    /**
     * Loads a policy and builds an engine of it.
     *
     * @param trusted whether the policy's DRL from disk may be full DRL
     * @param ahead the folder read ahead, or {@code null}
     * @throws PolicyException listing every problem of the policy, its parents and the overrides
     */
    public static Engine build(PolicyFolder folder, Overrides overrides, ClassLoader loader, boolean trusted,
                               Preload ahead) {
        return build(PolicyLoader.load(folder, trusted, loader, PolicyLoader.Checks.LOAD, ahead), overrides);
    }

    /**
     * Builds an engine of a loaded policy with the overrides.
     *
     * @throws PolicyException listing every problem of the load and of the overrides
     */
    public static Engine build(LoadedPolicy loaded, Overrides overrides) {
        List<Problem> problems = new ArrayList<>(loaded.problems());
        ResolvedPolicy policy = loaded.policy();
        CompiledRules rules = loaded.rules();
        if (policy == null) {
            throw new PolicyException(problems);
        }
        Map<String, Double> parameters = parameters(policy, overrides, problems);
        if (rules == null) {
            throw new PolicyException(problems);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (RuleMeta meta : rules.rules()) {
            ids.add(meta.id());
        }
        Map<String, Severity> severities = new HashMap<>();
        policy.severities().forEach((id, setting) -> {
            if (known(id, ids, setting, "severity." + id, problems)) {
                severities.put(id, Severity.valueOf(setting.value()));
            }
        });
        overrides.severities().forEach((id, severity) -> {
            if (known(id, ids, builder(id), "severity(\"" + id + "\", …)", problems)) {
                severities.put(id, severity);
            }
        });
        Set<String> disabled = new LinkedHashSet<>();
        policy.disabled().forEach((id, setting) -> {
            if (known(id, ids, setting, "disabled=" + id, problems)) {
                disabled.add(id);
            }
        });
        for (Setting on : policy.enabled()) {
            known(on.name(), ids, on, "enabled=" + on.name(), problems);
        }
        for (String id : overrides.disabled()) {
            if (known(id, ids, builder(id), "disable(\"" + id + "\")", problems)) {
                disabled.add(id);
            }
        }
        for (String id : overrides.enabled()) {
            if (overrides.disabled().contains(id)) {
                problems.add(builder(id).problem(id + " is both disabled and enabled on the builder"));
            } else if (known(id, ids, builder(id), "enable(\"" + id + "\")", problems)) {
                disabled.remove(id);
            }
        }
        List<Locale> locales = new ArrayList<>();
        for (String tag : policy.locales()) {
            locales.add(Locale.forLanguageTag(tag.replace('_', '-')));
        }
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        // Disabled rules leave the rule base: an agenda filter would stop them firing, but their
        // conditions would still be evaluated on every review (and one that throws would fail it).
        rules.remove(disabled);
        return new Engine(policy.id(), policy.version(), policy.description(), locales, rules,
                new NoteAnalyzer(loaded.lexicons()), new Parameters(parameters), severities, disabled,
                new Messages(policy.messages()), policyOfFile(policy));
    }

    /** The id of the layer that holds each DRL file, by the file's origin: which policy of the chain defines a rule. */
    static Map<String, String> policyOfFile(ResolvedPolicy policy) {
        Map<String, String> layers = new HashMap<>();
        for (PolicyLayer layer : policy.chain()) {
            for (PolicyFile file : layer.drlFiles()) {
                layers.put(file.origin(), layer.id() == null ? policy.id() : layer.id());
            }
        }
        return layers;
    }

    private static Setting builder(String name) {
        return new Setting(name, "", Overrides.ORIGIN, 0);
    }

    private static boolean known(String id, Set<String> ids, Setting where, String what, List<Problem> problems) {
        return PolicyChecks.namesRule(id, ids, where, what, problems);
    }

    private static Map<String, Double> parameters(ResolvedPolicy policy, Overrides overrides, List<Problem> problems) {
        Map<String, Double> values = new LinkedHashMap<>();
        policy.parameters().forEach((key, setting) -> {
            try {
                values.put(key, Double.parseDouble(setting.value()));
            } catch (NumberFormatException e) {
                // PolicyLayer already reported it.
            }
        });
        overrides.parameters().forEach((key, value) -> {
            if (!policy.parameters().containsKey(key)) {
                problems.add(builder(key).problem("parameter(\"" + key + "\", …) names no parameter of the policy"
                        + Suggestions.didYouMean(key, policy.parameters().keySet())));
            } else if (!Double.isFinite(value.doubleValue())) {
                problems.add(builder(key).problem("parameter(\"" + key + "\", " + value + ") is not a finite number"));
            } else {
                values.put(key, value.doubleValue());
            }
        });
        return values;
    }
}
