package dev.knigge.internal.engine;

import dev.knigge.advice.Advice;
import dev.knigge.advice.ReviewException;
import dev.knigge.advice.RuleDescription;
import dev.knigge.advice.Severity;
import dev.knigge.authoring.Parameters;
import dev.knigge.internal.note.NoteAnalyzer;
import dev.knigge.internal.render.Messages;
import dev.knigge.request.ReviewRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One loaded policy, ready to review. A review is one pipeline: {@link #derive derive} every fact
 * from the request, fire the rules over them in a session, {@link #advice assemble} the advice.
 * Immutable and thread-safe; every review gets its own session.
 */
public final class Engine {
    private final String policyId;
    private final String policyVersion;
    private final String description;
    private final Locales locales;
    private final CompiledRules rules;
    private final Set<String> disabled;
    private final Set<String> ids;
    private final Map<String, String> policyOfFile;
    private final Derivation derivation;
    private final RuleSessions sessions;
    private final AdviceAssembler assembler;

    public Engine(String policyId, String policyVersion, String description, List<Locale> locales,
                  CompiledRules rules, NoteAnalyzer analyzer, Parameters parameters, Map<String, Severity> severities,
                  Set<String> disabled, Messages messages, Map<String, String> policyOfFile) {
        this.policyId = policyId;
        this.policyVersion = policyVersion;
        this.description = description;
        this.locales = new Locales(locales);
        this.rules = rules;
        this.disabled = Set.copyOf(disabled);
        this.policyOfFile = Map.copyOf(policyOfFile);
        TreeSet<String> all = new TreeSet<>();
        for (RuleMeta meta : rules.rules()) {
            all.add(meta.id());
        }
        this.ids = Collections.unmodifiableSet(all);
        this.derivation = new Derivation(analyzer, parameters);
        this.sessions = new RuleSessions(rules, parameters);
        this.assembler = new AdviceAssembler(policyId, policyVersion, severities, messages);
    }

    public String policyId() {
        return policyId;
    }

    public String policyVersion() {
        return policyVersion;
    }

    /** The policy's description, or {@code null}. */
    public String description() {
        return description;
    }

    /** The locales the policy declares. */
    public List<Locale> locales() {
        return locales.all();
    }

    /** Every rule id of the policy, sorted. */
    public Set<String> ids() {
        return ids;
    }

    /** Whether the policy runs the rules of an id: the policy has it and neither it nor the builder disabled it. */
    public boolean runs(String id) {
        return ids.contains(id) && !disabled.contains(id);
    }

    /** The compiled rules. */
    public CompiledRules rules() {
        return rules;
    }

    /** The policy's parameters after overrides, as rules see them. */
    public Parameters parameters() {
        return derivation.parameters();
    }

    /** The note analyzer with the policy's lexicons. */
    public NoteAnalyzer analyzer() {
        return derivation.analyzer();
    }

    /**
     * Reviews one request.
     *
     * @param requested the locale asked for, or {@code null} for the request's language
     * @throws ReviewException when a rule throws or loops
     */
    public Advice review(ReviewRequest request, Locale requested) {
        ReviewFacts facts = derive(request);
        Outcome outcome = new Outcome();
        sessions.evaluate(facts, outcome);
        return advice(request, facts, outcome, requested);
    }

    /** The first step of a review: every fact the rules see. */
    public ReviewFacts derive(ReviewRequest request) {
        return derivation.derive(request);
    }

    /**
     * The last step of a review: the advice from what the rules raised.
     *
     * @param requested the locale asked for, or {@code null} for the request's language
     */
    public Advice advice(ReviewRequest request, ReviewFacts facts, Outcome outcome, Locale requested) {
        return assembler.advice(request, facts, outcome, locales.choose(requested, facts.note().language()));
    }

    /** Every rule id with its severities after overrides, its title in the locale and its DRL rules. */
    public List<RuleDescription> describeRules(Locale locale) {
        return assembler.describe(rules, disabled, policyOfFile, locale);
    }
}
