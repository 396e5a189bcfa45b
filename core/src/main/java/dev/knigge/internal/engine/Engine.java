package dev.knigge.internal.engine;

import dev.knigge.Advice;
import dev.knigge.Evidence;
import dev.knigge.Finding;
import dev.knigge.ReviewException;
import dev.knigge.ReviewRequest;
import dev.knigge.RuleInfo;
import dev.knigge.Severity;
import dev.knigge.Verdict;
import dev.knigge.authoring.Group;
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
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
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
    /**
     * Sessions are pooled: a fresh session builds its node and segment memories on first use,
     * which cost more than the review itself; a pooled one is reset on dispose and reused.
     */
    private final KieSessionsPool sessions;

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
        this.sessions = rules.base().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
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
        NoteAnalyzer.Analysis analysis = analyzer.analyze(request);
        Note note = analysis.note();
        Request requestFact = FactBuilder.request(request);
        Recipient recipient = FactBuilder.recipient(request);
        Group group = FactBuilder.group(request);
        Run run = new Run();
        KieSession session = sessions.newKieSession();
        try {
            session.addEventListener(run);
            session.insert(requestFact);
            session.insert(FactBuilder.requester(request));
            session.insert(recipient);
            session.insert(FactBuilder.relationship(request, recipient, requestFact, note));
            session.insert(FactBuilder.activity(request));
            if (group != null) {
                session.insert(group);
            }
            session.insert(note);
            session.insert(parameters);
            int fired;
            FindingSink previous = FindingSink.Installed.SINK.get();
            FindingSink.Installed.SINK.set(run);
            try {
                fired = session.fireAllRules(MAX_FIRINGS + 1);
            } finally {
                if (previous == null) {
                    FindingSink.Installed.SINK.remove();
                } else {
                    FindingSink.Installed.SINK.set(previous);
                }
            }
            if (fired > MAX_FIRINGS) {
                RuleMeta loop = run.mostFired();
                throw new ReviewException(loop == null ? null : loop.id(), "rule " + describe(loop)
                        + " fired more than " + MAX_FIRINGS + " times in one review: it loops", null);
            }
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
            session.dispose();
        }
        Locale locale = locale(requested, note.language());
        return advice(request, note, analysis.unchecked(), run, locale);
    }

    private Advice advice(ReviewRequest request, Note note, List<String> unchecked, Run run, Locale locale) {
        Map<String, Raised> worst = new LinkedHashMap<>();
        for (Raised raised : run.raised) {
            Raised known = worst.get(raised.meta.id());
            if (known == null || raised.meta.severity().compareTo(known.meta.severity()) > 0) {
                worst.put(raised.meta.id(), raised);
            }
        }
        List<Finding> findings = new ArrayList<>(worst.size());
        Severity top = null;
        for (Raised raised : worst.values()) {
            String id = raised.meta.id();
            Severity severity = severities.getOrDefault(id, raised.meta.severity());
            List<Evidence> evidence = raised.meta.evidence() == null ? List.of() : note.spans(raised.meta.evidence());
            findings.add(new Finding(id, severity, text(locale, id, "title", raised.values),
                    text(locale, id, "reason", raised.values), text(locale, id, "suggestion", raised.values),
                    evidence));
            if (top == null || severity.compareTo(top) > 0) {
                top = severity;
            }
        }
        findings.sort((a, b) -> a.severity() != b.severity() ? b.severity().compareTo(a.severity())
                : a.rule().compareTo(b.rule()));
        Verdict verdict = top == null ? Verdict.SEND : top.verdict();
        return new Advice(request.id(), verdict, policyId, policyVersion, locale, findings, unchecked, run.trace);
    }

    private String text(Locale locale, String id, String part, Map<String, Object> values) {
        String template = messages.text(locale, id + "." + part);
        if (template == null) {
            return part.equals("title") ? id : "(" + id + " has no " + part + " in " + locale + ")";
        }
        return Messages.render(template, values, locale);
    }

    /** Every rule id with its severities after overrides and its title in the locale. */
    public List<RuleInfo> describeRules(Locale locale) {
        Map<String, EnumSet<Severity>> tiers = new TreeMap<>();
        for (RuleMeta meta : rules.rules()) {
            tiers.computeIfAbsent(meta.id(), id -> EnumSet.noneOf(Severity.class)).add(meta.severity());
        }
        List<RuleInfo> out = new ArrayList<>();
        tiers.forEach((id, declared) -> {
            Severity override = severities.get(id);
            Set<Severity> effective = override == null ? declared : EnumSet.of(override);
            out.add(new RuleInfo(id, new TreeSet<>(effective), text(locale, id, "title", Map.of()),
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

    /** A finding as raised: the rule and its placeholder values. */
    private record Raised(RuleMeta meta, Map<String, Object> values) {}

    /** The bookkeeping of one review: findings, trace, firing counts. */
    private final class Run extends DefaultAgendaEventListener implements FindingSink {
        final List<Raised> raised = new ArrayList<>(4);
        final List<Advice.Firing> trace = new ArrayList<>(8);
        final Map<RuleMeta, int[]> counts = new HashMap<>();
        RuleMeta firing;

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
            if (trace.size() < 1_000) {
                List<Object> facts = List.copyOf(match.getObjects());
                trace.add(new Advice.Firing(meta.id(), meta.name(), () -> describeFacts(facts)));
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
            Map<String, Object> values = namesAndValues.length == 0 ? Map.of() : new HashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                values.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
            raised.add(new Raised(meta, values));
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

    private static List<String> describeFacts(List<Object> facts) {
        List<String> out = new ArrayList<>(facts.size());
        for (Object fact : facts) {
            out.add(String.valueOf(fact));
        }
        return out;
    }
}
