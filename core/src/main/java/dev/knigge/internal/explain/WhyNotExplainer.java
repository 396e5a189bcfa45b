package dev.knigge.internal.explain;

import dev.knigge.authoring.WhyNot;
import dev.knigge.internal.Suggestions;
import dev.knigge.internal.engine.CompiledRules;
import dev.knigge.internal.engine.ParsedRules;
import dev.knigge.internal.engine.RuleCompiler;
import dev.knigge.internal.engine.RuleMeta;
import dev.knigge.internal.lint.PolicySafety;
import dev.knigge.internal.policy.PolicyFile;
import dev.knigge.internal.policy.ResolvedPolicy;
import dev.knigge.policy.PolicyException.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.runtime.KieSession;

/**
 * {@code knigge explain --why-not}: takes the policy's DRL as it was loaded, finds every rule with the id,
 * compiles probe rules from their conditions ({@link Probes}) through the same checks as the
 * policy itself, runs them on the review's facts without firing anything, and reads off which
 * condition held, what it saw, and which failed first.
 */
public final class WhyNotExplainer {
    /** At most this many matches are recorded; a probe over several facts of a type matches once per combination. */
    private static final int MAX_MATCHES = 100_000;

    private final String ruleId;
    private final String policyId;
    private final String policyVersion;
    private final List<ProbedRule> rules;
    private final List<Probes.Probe> probes;
    private final CompiledRules compiled;

    private WhyNotExplainer(String ruleId, ResolvedPolicy policy, List<ProbedRule> rules, List<Probes.Probe> probes,
                            CompiledRules compiled) {
        this.ruleId = ruleId;
        this.policyId = policy.id();
        this.policyVersion = policy.version();
        this.rules = List.copyOf(rules);
        this.probes = List.copyOf(probes);
        this.compiled = compiled;
    }

    /**
     * Finds every rule with the id in the policy's DRL as it was loaded, and compiles their probes:
     * once per id, as the probes do not depend on the request.
     *
     * @param policy the policy as the Advisor loaded it, so the probes are cut from the very text it runs
     * @throws IllegalArgumentException when the policy has no rule with the id (with the closest ids)
     */
    public static WhyNotExplainer prepare(ResolvedPolicy policy, boolean trusted, ClassLoader loader, String ruleId) {
        List<Problem> problems = new ArrayList<>();
        Set<PolicyFile> untrusted = PolicySafety.untrustedFiles(policy, trusted);
        PolicySafety.Checked checked = PolicySafety.parseAndCheck(policy.drlFiles(), untrusted, loader, problems);
        problems.addAll(checked.unsafe());
        if (!problems.isEmpty()) {
            // The same text loaded cleanly into the Advisor: failing now is Knigge's bug.
            throw new IllegalStateException("the policy's DRL no longer parses as it did: " + problems);
        }
        ParsedRules parsed = checked.parsed();
        List<ProbedRule> rules = new ArrayList<>();
        Map<PolicyFile, List<ProbedRule>> byFile = new LinkedHashMap<>();
        Set<String> ids = new TreeSet<>();
        parsed.descriptions().forEach((file, pkg) -> {
            List<ProbedRule> here = new ArrayList<>();
            for (RuleDescr rule : pkg.getRules()) {
                RuleMeta meta = parsed.meta(rule);
                if (meta == null) {
                    continue;
                }
                ids.add(meta.id());
                if (meta.id().equals(ruleId)) {
                    here.add(ProbedRule.of(meta, file.text(), rule));
                }
            }
            rules.addAll(here);
            byFile.put(file, here);
        });
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("policy " + policy.id() + " has no rule " + ruleId
                    + Suggestions.didYouMean(ruleId, ids) + " (knigge rules lists them)");
        }
        Probes probes = new Probes();
        List<PolicyFile> probeFiles = new ArrayList<>();
        Set<PolicyFile> probeUntrusted = new LinkedHashSet<>();
        int first = 0;
        for (Map.Entry<PolicyFile, PackageDescr> entry : parsed.descriptions().entrySet()) {
            PolicyFile file = entry.getKey();
            List<ProbedRule> here = byFile.get(file);
            PolicyFile probe = new PolicyFile(file.path(), file.origin(),
                    probes.file(file.text(), entry.getValue(), here, first));
            first += here.size();
            probeFiles.add(probe);
            if (untrusted.contains(file)) {
                probeUntrusted.add(probe);
            }
        }
        return new WhyNotExplainer(ruleId, policy, rules, probes.all(), compile(probeFiles, probeUntrusted, loader));
    }

    /**
     * Explains the rule id on one review.
     *
     * @param facts every fact of the review, as {@code Advisor.facts} gives them
     * @param enabled whether the policy runs the rules of an id
     */
    public WhyNot explain(List<Object> facts, Predicate<String> enabled) {
        Map<String, List<Map<String, Object>>> matches = run(compiled, facts);
        return new WhyNotReport(rules, probes, matches, facts, enabled).whyNot(ruleId, policyId, policyVersion);
    }

    private static CompiledRules compile(List<PolicyFile> files, Set<PolicyFile> untrusted, ClassLoader loader) {
        List<Problem> problems = new ArrayList<>();
        PolicySafety.Checked checked = PolicySafety.parseAndCheck(files, untrusted, loader, problems);
        problems.addAll(checked.unsafe());
        CompiledRules compiled = null;
        if (problems.isEmpty()) {
            PolicySafety.prepareForCompiler(checked.parsed(), untrusted);
            compiled = RuleCompiler.compile(checked.parsed(), untrusted, loader, problems);
        }
        if (compiled == null) {
            // The probes are slices of rules that compiled: failing here is Knigge's bug, not the author's.
            throw new IllegalStateException("the probes of --why-not did not compile: " + problems);
        }
        return compiled;
    }

    /** Every probe's matches on the facts, by probe name: the values of the probe's bindings, per match. */
    private static Map<String, List<Map<String, Object>>> run(CompiledRules compiled, List<Object> facts) {
        Map<String, List<Map<String, Object>>> matches = new HashMap<>();
        KieSession session = compiled.base().newKieSession();
        int[] recorded = {0};
        try {
            facts.forEach(session::insert);
            // Nothing fires: the filter records each match and refuses it, and stops the session
            // once it has recorded enough (the fire limit counts only what fires).
            session.fireAllRules(match -> {
                if (recorded[0]++ >= MAX_MATCHES) {
                    session.halt();
                    return false;
                }
                Map<String, Object> bound = new LinkedHashMap<>();
                for (String id : match.getDeclarationIds()) {
                    bound.put(id, match.getDeclarationValue(id));
                }
                matches.computeIfAbsent(match.getRule().getName(), name -> new ArrayList<>()).add(bound);
                return false;
            });
        } finally {
            session.dispose();
        }
        return matches;
    }
}
