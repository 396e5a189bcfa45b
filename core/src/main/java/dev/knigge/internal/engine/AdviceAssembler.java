package dev.knigge.internal.engine;

import dev.knigge.advice.Advice;
import dev.knigge.advice.Evidence;
import dev.knigge.advice.Finding;
import dev.knigge.advice.RuleDescription;
import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import dev.knigge.internal.render.Messages;
import dev.knigge.request.ReviewRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The last step of a review: what the rules raised becomes the advice. The worst tier of each rule
 * id is kept, severity overrides apply, rules that report {@code unchecked} add to it, texts are
 * rendered in the locale, findings are sorted worst first, and the worst severity is the verdict.
 * Immutable and thread-safe.
 */
final class AdviceAssembler {
    private final String policyId;
    private final String policyVersion;
    private final Map<String, Severity> severities;
    private final Messages messages;

    /** @param severities severity overrides by rule id (every tier of the id) */
    AdviceAssembler(String policyId, String policyVersion, Map<String, Severity> severities, Messages messages) {
        this.policyId = policyId;
        this.policyVersion = policyVersion;
        this.severities = Map.copyOf(severities);
        this.messages = messages;
    }

    Advice advice(ReviewRequest request, ReviewFacts facts, Outcome outcome, Locale locale) {
        Map<String, Outcome.Raised> worst = new LinkedHashMap<>();
        List<String> unchecked = facts.unchecked();
        for (Outcome.Raised raised : outcome.raised) {
            if (raised.meta().reportsUnchecked()) {
                if (!unchecked.contains(raised.meta().unchecked())) {
                    unchecked = new ArrayList<>(unchecked);
                    unchecked.add(raised.meta().unchecked());
                }
                continue;
            }
            Outcome.Raised known = worst.get(raised.meta().id());
            if (known == null || raised.meta().severity().compareTo(known.meta().severity()) > 0) {
                worst.put(raised.meta().id(), raised);
            }
        }
        List<Finding> findings = new ArrayList<>(worst.size());
        Severity top = null;
        String platform = request.platform().name();
        for (Outcome.Raised raised : worst.values()) {
            String id = raised.meta().id();
            Severity severity = severities.getOrDefault(id, raised.meta().severity());
            List<Evidence> evidence = raised.meta().evidence() == null ? List.of()
                    : facts.note().spans(raised.meta().evidence());
            findings.add(new Finding(id, severity, text(locale, id, "title", platform, raised.values()),
                    text(locale, id, "reason", platform, raised.values()),
                    text(locale, id, "suggestion", platform, raised.values()),
                    evidence));
            if (top == null || severity.compareTo(top) > 0) {
                top = severity;
            }
        }
        findings.sort((a, b) -> a.severity() != b.severity() ? b.severity().compareTo(a.severity())
                : a.rule().compareTo(b.rule()));
        Verdict verdict = top == null ? Verdict.SEND : top.verdict();
        return new Advice(request.id(), verdict, policyId, policyVersion, locale, findings, unchecked, outcome.trace);
    }

    /** Every rule id with its severities after overrides and its title in the locale, sorted by id. */
    /**
     * Every rule id with its severities after overrides, its title and its DRL rules.
     *
     * @param policyOfFile the id of the policy layer that holds each DRL file, by the file's origin
     */
    List<RuleDescription> describe(CompiledRules rules, Set<String> disabled, Map<String, String> policyOfFile,
                                   Locale locale) {
        Map<String, EnumSet<Severity>> tiers = new TreeMap<>();
        Map<String, List<RuleDescription.Tier>> drlRules = new TreeMap<>();
        for (RuleMeta meta : rules.rules()) {
            if (!meta.reportsUnchecked()) {
                tiers.computeIfAbsent(meta.id(), id -> EnumSet.noneOf(Severity.class)).add(meta.severity());
            }
            drlRules.computeIfAbsent(meta.id(), id -> new ArrayList<>()).add(new RuleDescription.Tier(meta.name(),
                    meta.severity(), meta.origin(), meta.line(), policyOfFile.getOrDefault(meta.origin(), policyId)));
        }
        List<RuleDescription> out = new ArrayList<>();
        tiers.forEach((id, declared) -> {
            Severity override = severities.get(id);
            Set<Severity> effective = override == null ? declared : EnumSet.of(override);
            List<RuleDescription.Tier> written = drlRules.get(id);
            written.sort(Comparator.comparing(RuleDescription.Tier::file).thenComparingInt(RuleDescription.Tier::line)
                    .thenComparing(RuleDescription.Tier::name));
            out.add(new RuleDescription(id, new TreeSet<>(effective), text(locale, id, "title", null, Map.of()),
                    !disabled.contains(id), written));
        });
        return out;
    }

    private String text(Locale locale, String id, String part, String platform, Map<String, Object> values) {
        String template = messages.text(locale, id + "." + part, platform);
        if (template == null) {
            return part.equals("title") ? id : "(" + id + " has no " + part + " in " + locale + ")";
        }
        return Messages.render(template, values, locale);
    }
}
