package dev.knigge.internal.engine;

import dev.knigge.internal.policy.PolicyFile;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * A policy's DRL files parsed but not compiled: the parse tree of every file that parsed and
 * what Knigge knows about every rule whose metadata is right. Lint reads it; the compiler
 * builds from it.
 */
public final class ParsedRules {
    private final List<PolicyFile> files;
    private final Map<PolicyFile, PackageDescr> descriptions;
    private final Map<String, RuleMeta> rules;
    private final Map<RuleDescr, RuleMeta> byDescr;

    ParsedRules(List<PolicyFile> files, Map<PolicyFile, PackageDescr> descriptions, Map<String, RuleMeta> rules,
                Map<RuleDescr, RuleMeta> byDescr) {
        this.files = List.copyOf(files);
        this.descriptions = Collections.unmodifiableMap(new LinkedHashMap<>(descriptions));
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        this.byDescr = Collections.unmodifiableMap(new IdentityHashMap<>(byDescr));
    }

    /** Every file given, parsed or not. */
    public List<PolicyFile> files() {
        return files;
    }

    /** The parse tree of every file that parsed, in file order. */
    public Map<PolicyFile, PackageDescr> descriptions() {
        return descriptions;
    }

    /** Whether every file parsed. */
    public boolean complete() {
        return descriptions.size() == files.size();
    }

    /** Every rule with valid metadata, by {@link RuleMeta#key}. */
    public Map<String, RuleMeta> rules() {
        return rules;
    }

    /** What Knigge knows about a parsed rule, or {@code null} when its metadata is wrong. */
    public RuleMeta meta(RuleDescr rule) {
        return byDescr.get(rule);
    }
}
