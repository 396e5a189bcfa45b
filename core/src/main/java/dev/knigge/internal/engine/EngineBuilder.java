package dev.knigge.internal.engine;

import dev.knigge.PolicyException;
import dev.knigge.PolicyException.Problem;
import dev.knigge.Severity;
import dev.knigge.authoring.Parameters;
import dev.knigge.internal.Suggestions;
import dev.knigge.internal.lint.Lint;
import dev.knigge.internal.lint.PolicySafety;
import dev.knigge.internal.note.Lexicon;
import dev.knigge.internal.note.Lexicons;
import dev.knigge.internal.note.NoteAnalyzer;
import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.internal.policy.PolicyFolder;
import dev.knigge.internal.policy.PolicyResolver;
import dev.knigge.internal.policy.ResolvedPolicy;
import dev.knigge.internal.policy.Setting;
import dev.knigge.internal.render.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads a policy with its parents, compiles it and applies the builder's overrides: the whole
 * way from a folder to an {@link Engine}. Collects every problem before failing, so a policy
 * never half-loads and its author sees everything at once.
 */
public final class EngineBuilder {
    private EngineBuilder() {}

    /**
     * Builds an engine.
     *
     * @throws PolicyException listing every problem of the policy, its parents and the overrides
     */
    public static Engine build(PolicyFolder folder, Overrides overrides, ClassLoader loader) {
        return build(folder, overrides, loader, false);
    }

    /**
     * Builds an engine.
     *
     * @param trusted whether the policy's DRL from disk may be full DRL
     * @throws PolicyException listing every problem of the policy, its parents and the overrides
     */
    public static Engine build(PolicyFolder folder, Overrides overrides, ClassLoader loader, boolean trusted) {
        if (folder.directory() != null) {
            // A policy from disk is linted before it is compiled: everything lint finds stops the
            // load, so what loads is what lints clean (trusted only skips the untrusted language).
            // Linting without compiling keeps the common, clean path to one compilation; when it
            // finds something, compiling too puts every problem in front of the author at once.
            if (!Lint.run(folder, trusted, loader, false).isEmpty()) {
                throw new PolicyException(Lint.run(folder, trusted, loader, true));
            }
        }
        Prefetch.Started ahead = Prefetch.take(folder, loader);
        Prefetch.Prepared prepared = ahead == null ? null : ahead.prepared().join();
        if (prepared != null) {
            return build(prepared.policy(), prepared.lexicons(), overrides, loader, trusted, ahead.rules());
        }
        // Saved rules load on another thread while this one reads the policy and compiles its lexicons.
        Precompiled.Pending saved = ahead != null ? ahead.rules()
                : Precompiled.readInBackground(folder.precompiled(), loader);
        ResolvedPolicy policy = new PolicyResolver(loader).resolve(folder);
        return build(policy, null, overrides, loader, trusted, saved);
    }

    /** Builds an engine from a resolved policy, checking its files from disk against the untrusted language. */
    public static Engine build(ResolvedPolicy policy, Overrides overrides, ClassLoader loader) {
        return build(policy, overrides, loader, false);
    }

    /** Builds an engine from a resolved policy. */
    public static Engine build(ResolvedPolicy policy, Overrides overrides, ClassLoader loader, boolean trusted) {
        return build(policy, null, overrides, loader, trusted, null);
    }

    /** @param compiled the policy's lexicons compiled already, or {@code null} */
    private static Engine build(ResolvedPolicy policy, Map<String, Lexicon> compiled, Overrides overrides,
                                ClassLoader loader, boolean trusted, Precompiled.Pending saved) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Lexicon> lexicons = compiled != null ? compiled : Lexicons.compile(policy, problems);
        Set<PolicyFile> untrusted = PolicySafety.untrustedFiles(policy, trusted);
        CompiledRules rules = null;
        if (untrusted.isEmpty()) {
            String key = Precompiled.key(policy.drlFiles());
            rules = saved != null ? saved.get(key) : Precompiled.read(policy.top().folder().precompiled(), key, loader);
        }
        if (rules == null) {
            rules = compile(policy, untrusted, loader, problems);
        }
        PolicyChecks.hasRules(policy, problems);
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
        return new Engine(policy.id(), policy.version(), policy.description(), locales, rules, new NoteAnalyzer(lexicons),
                new Parameters(parameters), severities, disabled, new Messages(policy.messages()));
    }

    /**
     * Parses the policy's DRL once, checks the untrusted files on that parse and compiles the same
     * parse only when they passed: nothing outside the untrusted language reaches the compiler,
     * which already runs code (Drools evaluates rule metadata as MVEL).
     *
     * @return the rule base, or {@code null} when there were problems (added to the list)
     */
    private static CompiledRules compile(ResolvedPolicy policy, Set<PolicyFile> untrusted, ClassLoader loader,
                                         List<Problem> problems) {
        List<Problem> found = new ArrayList<>();
        PolicySafety.Checked checked = PolicySafety.parseAndCheck(policy.drlFiles(), untrusted, loader, found);
        ParsedRules parsed = checked.parsed();
        List<Problem> unsafe = checked.unsafe();
        found.addAll(unsafe);
        CompiledRules rules = null;
        if (unsafe.isEmpty()) {
            PolicySafety.prepareForCompiler(parsed, untrusted);
            rules = RuleCompiler.compile(parsed, untrusted, loader, found);
        }
        found.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        problems.addAll(found);
        return rules;
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
