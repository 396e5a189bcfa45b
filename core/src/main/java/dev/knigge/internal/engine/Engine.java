package dev.knigge.internal.engine;

import dev.knigge.Advice;
import dev.knigge.Evidence;
import dev.knigge.Finding;
import dev.knigge.ReviewException;
import dev.knigge.ReviewRequest;
import dev.knigge.RuleInfo;
import dev.knigge.Severity;
import dev.knigge.Verdict;
import dev.knigge.authoring.Note;
import dev.knigge.authoring.Parameters;
import dev.knigge.authoring.Recipient;
import dev.knigge.authoring.Request;
import dev.knigge.internal.note.NoteAnalyzer;
import dev.knigge.internal.render.Messages;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleContext;

/**
 * One compiled policy, ready to review: the rule base, the note analyzer, the parameters and
 * the overrides. Immutable and thread-safe; every review gets its own session.
 */
public final class Engine {
    /** Firings one review may take; more means a rule loops. */
    public static final int MAX_FIRINGS = 10_000;
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("[Rr]ule \"([^\"]+)\"|[Rr]ule: ([^\\n,\\]]+)|rule \\[([^\\]]+)\\]");

    private final String policyId;
    private final String policyVersion;
    private final String description;
    private final List<Locale> locales;
    private final CompiledRules rules;
    private final NoteAnalyzer analyzer;
    private final Parameters parameters;
    private final Map<String, Severity> severities;
    private final Set<String> disabled;
    private final Set<String> ids;
    private final Messages messages;
    /** Sessions are reused: a fresh one builds its node and segment memories on first use, which costs more than a review. */
    private final Sessions sessions;
    private final RuleEvaluator drools = new DroolsEvaluator();

    Engine(String policyId, String policyVersion, String description, List<Locale> locales, CompiledRules rules, NoteAnalyzer analyzer,
           Parameters parameters, Map<String, Severity> severities, Set<String> disabled, Messages messages) {
        this.policyId = policyId;
        this.policyVersion = policyVersion;
        this.description = description;
        this.locales = List.copyOf(locales);
        this.rules = rules;
        this.analyzer = analyzer;
        this.parameters = parameters;
        this.severities = Map.copyOf(severities);
        this.disabled = Set.copyOf(disabled);
        TreeSet<String> all = new TreeSet<>();
        for (RuleMeta meta : rules.rules()) {
            all.add(meta.id());
        }
        this.ids = java.util.Collections.unmodifiableSet(all);
        this.messages = messages;
        this.sessions = new Sessions(rules.base(), parameters, Run::new);
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
        return locales;
    }

    /** Every rule id of the policy, sorted. */
    public Set<String> ids() {
        return ids;
    }

    /** The compiled rules. */
    public CompiledRules rules() {
        return rules;
    }

    /** The policy's parameters after overrides, as rules see them. */
    public Parameters parameters() {
        return parameters;
    }

    /** The note analyzer with the policy's lexicons. */
    public NoteAnalyzer analyzer() {
        return analyzer;
    }

    /** The locale a review speaks: the requested one when the policy has it, else English (or the first declared). */
    public Locale locale(Locale requested, String noteLanguage) {
        if (requested != null) {
            Locale declared = declared(requested);
            if (declared != null) {
                return declared;
            }
        } else if (noteLanguage != null) {
            Locale declared = declared(Locale.forLanguageTag(noteLanguage));
            if (declared != null) {
                return declared;
            }
        }
        Locale english = declared(Locale.ENGLISH);
        return english != null ? english : locales.get(0);
    }

    private Locale declared(Locale wanted) {
        for (Locale locale : locales) {
            if (locale.equals(wanted)) {
                return locale;
            }
        }
        for (Locale locale : locales) {
            if (locale.getLanguage().equals(wanted.getLanguage())) {
                return locale;
            }
        }
        return null;
    }

    /**
     * Reviews one request.
     *
     * @param requested the locale asked for, or {@code null} for the request's language
     * @throws ReviewException when a rule throws or loops
     */
    public Advice review(ReviewRequest request, Locale requested) {
        return review(request, requested, drools);
    }

    /**
     * Reviews one request with another evaluator of the rules: the same note analysis, facts,
     * aggregation and rendering as {@link #review(ReviewRequest, Locale)}. For the benchmarks'
     * hand-written baseline.
     */
    public Advice review(ReviewRequest request, Locale requested, RuleEvaluator evaluator) {
        NoteAnalyzer.Analysis analysis = analyzer.analyze(request);
        Note note = analysis.note();
        Outcome outcome = new Outcome();
        evaluator.evaluate(facts(request, note), outcome);
        Locale locale = locale(requested, note.language());
        return advice(request, note, analysis.unchecked(), outcome, locale);
    }

    /** The facts rules see for a request and its analysed note. */
    ReviewFacts facts(ReviewRequest request, Note note) {
        Request requestFact = FactBuilder.request(request);
        Recipient recipient = FactBuilder.recipient(request, note.language());
        return new ReviewFacts(requestFact, FactBuilder.requester(request), recipient,
                FactBuilder.relationship(request, recipient, requestFact, note), FactBuilder.activity(request),
                FactBuilder.group(request), note, parameters);
    }

    /** Runs the compiled DRL in a reused session. */
    private final class DroolsEvaluator implements RuleEvaluator {
        @Override
        public void evaluate(ReviewFacts facts, Outcome outcome) {
            Sessions.Lease lease = sessions.take();
            Run run = (Run) lease.listener;
            run.begin(outcome);
            boolean completed = false;
            FindingSink previous = FindingSink.Installed.SINK.get();
            FindingSink.Installed.SINK.set(run);
            try {
                lease.insert(facts.request());
                lease.insert(facts.requester());
                lease.insert(facts.recipient());
                lease.insert(facts.relationship());
                lease.insert(facts.activity());
                if (facts.group() != null) {
                    lease.insert(facts.group());
                }
                lease.insert(facts.note());
                int fired = lease.session.fireAllRules(MAX_FIRINGS + 1);
                if (fired > MAX_FIRINGS) {
                    RuleMeta loop = run.mostFired();
                    throw new ReviewException(loop == null ? null : loop.id(), "rule " + describe(loop)
                            + " fired more than " + MAX_FIRINGS + " times in one review: it loops", null);
                }
                completed = true;
            } catch (ReviewException e) {
                throw e;
            } catch (RuntimeException | Error e) {
                if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                    // Out of memory or a broken JVM is not this review's alone to fail. A stack overflow
                    // is (a trusted rule that recurses): it unwound this review's frames only.
                    throw e;
                }
                RuleMeta culprit = culprit(e, run);
                throw new ReviewException(culprit == null ? null : culprit.id(),
                        "rule " + describe(culprit) + " failed: " + rootMessage(e), e);
            } finally {
                if (previous == null) {
                    FindingSink.Installed.SINK.remove();
                } else {
                    FindingSink.Installed.SINK.set(previous);
                }
                run.end();
                if (completed) {
                    sessions.release(lease);
                } else {
                    sessions.discard(lease);
                }
            }
        }
    }

    private Advice advice(ReviewRequest request, Note note, List<String> analysed, Outcome outcome, Locale locale) {
        Map<String, Outcome.Raised> worst = new LinkedHashMap<>();
        List<String> unchecked = analysed;
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
        for (Outcome.Raised raised : worst.values()) {
            String id = raised.meta().id();
            Severity severity = severities.getOrDefault(id, raised.meta().severity());
            List<Evidence> evidence = raised.meta().evidence() == null ? List.of() : note.spans(raised.meta().evidence());
            String platform = request.platform().name();
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

    private String text(Locale locale, String id, String part, String platform, Map<String, Object> values) {
        String template = messages.text(locale, id + "." + part, platform);
        if (template == null) {
            return part.equals("title") ? id : "(" + id + " has no " + part + " in " + locale + ")";
        }
        return Messages.render(template, values, locale);
    }

    /** Every rule id with its severities after overrides and its title in the locale. */
    public List<RuleInfo> describeRules(Locale locale) {
        Map<String, EnumSet<Severity>> tiers = new TreeMap<>();
        for (RuleMeta meta : rules.rules()) {
            if (!meta.reportsUnchecked()) {
                tiers.computeIfAbsent(meta.id(), id -> EnumSet.noneOf(Severity.class)).add(meta.severity());
            }
        }
        List<RuleInfo> out = new ArrayList<>();
        tiers.forEach((id, declared) -> {
            Severity override = severities.get(id);
            Set<Severity> effective = override == null ? declared : EnumSet.of(override);
            out.add(new RuleInfo(id, new TreeSet<>(effective), text(locale, id, "title", null, Map.of()),
                    !disabled.contains(id)));
        });
        return out;
    }

    private RuleMeta culprit(Throwable error, Run run) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConsequenceException consequence && consequence.getMatch() != null) {
                RuleMeta meta = rules.meta(consequence.getMatch().getRule());
                if (meta != null) {
                    return meta;
                }
            }
            String message = t.getMessage();
            if (message != null) {
                Matcher matcher = RULE_IN_MESSAGE.matcher(message);
                while (matcher.find()) {
                    String name = matcher.group(1) != null ? matcher.group(1)
                            : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
                    for (RuleMeta meta : rules.rules()) {
                        if (meta.name().equals(name.strip())) {
                            return meta;
                        }
                    }
                }
            }
        }
        return run.firing;
    }

    private static String describe(RuleMeta meta) {
        return meta == null ? "(unknown)" : meta.id() + " (\"" + meta.name() + "\", " + meta.origin() + ":" + meta.line() + ")";
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        StackTraceElement[] frames = root.getStackTrace();
        String where = message == null && frames.length > 0
                ? " in " + frames[0].getClassName() + "." + frames[0].getMethodName()
                : "";
        String text = root.getClass().getSimpleName() + (message == null ? where : ": " + message.strip());
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /**
     * The bookkeeping of a session's current review: where findings go, firing counts and the
     * rule firing now (for error reports). One per session, reused review after review.
     */
    private final class Run extends DefaultAgendaEventListener implements FindingSink {
        Outcome outcome;
        final Map<RuleMeta, int[]> counts = new HashMap<>();
        RuleMeta firing;

        void begin(Outcome outcome) {
            this.outcome = outcome;
            counts.clear();
            firing = null;
        }

        void end() {
            outcome = null;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firing = rules.meta(event.getMatch().getRule());
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Match match = event.getMatch();
            Rule rule = match.getRule();
            RuleMeta meta = rules.meta(rule);
            if (meta == null) {
                return;
            }
            counts.computeIfAbsent(meta, m -> new int[1])[0]++;
            if (outcome != null) {
                outcome.fired(meta, match.getObjects());
            }
            firing = null;
        }

        @Override
        public void raise(RuleContext kcontext, Object[] namesAndValues) {
            RuleMeta meta = rules.meta(kcontext.getRule());
            if (meta == null) {
                throw new IllegalStateException("Findings.raise from a rule Knigge did not compile: "
                        + kcontext.getRule().getName());
            }
            if (outcome == null) {
                throw new IllegalStateException("Findings.raise outside a review");
            }
            outcome.raise(meta, namesAndValues);
        }

        RuleMeta mostFired() {
            RuleMeta most = null;
            int max = -1;
            for (Map.Entry<RuleMeta, int[]> entry : counts.entrySet()) {
                if (entry.getValue()[0] > max) {
                    max = entry.getValue()[0];
                    most = entry.getKey();
                }
            }
            return most;
        }
    }
}
