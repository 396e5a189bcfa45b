package dev.knigge.internal.engine;

import java.util.Collection;
import java.util.Map;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.definition.rule.Rule;

/**
 * A compiled policy: one rule base, shared by every review of an Advisor, and what Knigge
 * knows about each rule. Immutable once built; safe to share across threads.
 */
public final class CompiledRules {
    private final InternalKnowledgeBase base;
    private final Map<String, RuleMeta> rules;
    /** The same, keyed by the compiled rule objects that matches carry: no string hashing per firing. */
    private final Map<Rule, RuleMeta> byRule = new java.util.IdentityHashMap<>();

    CompiledRules(InternalKnowledgeBase base, Map<String, RuleMeta> rules) {
        this.base = base;
        this.rules = Map.copyOf(rules);
        for (var pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleMeta meta = this.rules.get(RuleMeta.key(rule.getPackageName(), rule.getName()));
                if (meta != null) {
                    byRule.put(rule, meta);
                }
            }
        }
    }

    /** The rule base. */
    public InternalKnowledgeBase base() {
        return base;
    }

    /** What Knigge knows about a compiled rule; {@code null} for a rule it did not compile. */
    public RuleMeta meta(Rule rule) {
        RuleMeta meta = byRule.get(rule);
        return meta != null ? meta : rules.get(RuleMeta.key(rule.getPackageName(), rule.getName()));
    }

    /**
     * Takes the rules of these ids out of the rule base, so they are never evaluated; their
     * metadata stays, for listings. Only while the rules are being set up, before any review.
     */
    public void remove(java.util.Set<String> ids) {
        for (RuleMeta meta : rules.values()) {
            if (ids.contains(meta.id())) {
                base.removeRule(meta.packageName(), meta.name());
            }
        }
    }

    /** Every rule. */
    public Collection<RuleMeta> rules() {
        return rules.values();
    }
}
