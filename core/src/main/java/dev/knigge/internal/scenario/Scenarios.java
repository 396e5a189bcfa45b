package dev.knigge.internal.scenario;

import dev.knigge.Advisor;
import dev.knigge.advice.Advice;
import dev.knigge.advice.ReviewException;
import dev.knigge.advice.RuleDescription;
import dev.knigge.authoring.WhyNot;
import dev.knigge.request.ReviewRequest;
import dev.knigge.scenario.Scenario;
import dev.knigge.scenario.ScenarioProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Finds scenario files and runs them against an {@link Advisor}.
 *
 * <pre>{@code
 * ScenarioReport report = Scenarios.run(advisor, Scenarios.load(Path.of("scenarios")));
 * }</pre>
 *
 * Thread-safe: all methods are static and share nothing mutable.
 */
public final class Scenarios {
    private Scenarios() {}

    /** Reads every scenario in the given files and folders; see {@link #load(Collection)}. */
    public static ScenarioSet load(Path... paths) {
        return load(Arrays.asList(paths));
    }

    /**
     * Reads every scenario in the given files and folders. A folder is searched recursively for
     * {@code .json} files, in a stable order; a file named directly is read whatever its name. A
     * file without an {@code expect} key is skipped; a file that cannot be read, or a path that
     * does not exist, becomes a problem, and reading goes on. A file found twice is read once.
     */
    public static ScenarioSet load(Collection<Path> paths) {
        Objects.requireNonNull(paths, "paths == null");
        List<Scenario> scenarios = new ArrayList<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path path : paths) {
            Objects.requireNonNull(path, "paths contains null");
            if (!Files.exists(path)) {
                problems.add(new ScenarioProblem(path, 0, "", "no such file or folder"));
                continue;
            }
            List<Path> files;
            try {
                files = ScenarioFinder.files(path);
            } catch (AccessDeniedException e) {
                problems.add(new ScenarioProblem(path, 0, "", "permission denied: " + e.getFile()));
                continue;
            } catch (IOException e) {
                problems.add(new ScenarioProblem(path, 0, "", "cannot be searched: " + e.getMessage()));
                continue;
            }
            for (Path file : files) {
                if (!seen.add(file.toAbsolutePath().normalize())) {
                    continue;
                }
                ScenarioReader.Read read = ScenarioReader.read(file);
                if (read.scenario() != null) {
                    scenarios.add(read.scenario());
                } else if (read.problem() != null) {
                    problems.add(read.problem());
                } else {
                    skipped.add(file);
                }
            }
        }
        return new ScenarioSet(scenarios, problems, skipped);
    }

    /**
     * Runs every scenario against the advisor, each in its own locale, and counts which of the
     * rules the policy itself defines fired; see {@link #run(Advisor, ScenarioSet, boolean)}.
     */
    public static ScenarioReport run(Advisor advisor, ScenarioSet scenarios) {
        return run(advisor, scenarios, false);
    }

    /**
     * Runs every scenario against the advisor, each in its own locale, and counts which rules
     * fired, per rule id and per DRL rule (from each review's trace). The set's problems are
     * carried into the report.
     *
     * @param inherited whether to count the rules the policy inherits from the policies it extends
     *        too, not only those its own folder defines
     */
    public static ScenarioReport run(Advisor advisor, ScenarioSet scenarios, boolean inherited) {
        Objects.requireNonNull(advisor, "advisor == null");
        Objects.requireNonNull(scenarios, "scenarios == null");
        List<RuleDescription> rules = advisor.rules(Locale.ENGLISH);
        Set<String> known = rules.stream().map(RuleDescription::id).collect(Collectors.toSet());
        TreeMap<String, Integer> hits = new TreeMap<>();
        Map<String, int[]> drlHits = new LinkedHashMap<>();
        Map<String, RuleDescription.Tier> tiers = new LinkedHashMap<>();
        Map<String, String> idOfTier = new HashMap<>();
        int leftOut = 0;
        for (RuleDescription rule : rules) {
            if (!rule.enabled()) {
                continue;
            }
            for (RuleDescription.Tier tier : rule.tiers()) {
                if (inherited || tier.policy().equals(advisor.policyId())) {
                    hits.put(rule.id(), 0);
                    String key = tierKey(rule.id(), tier.name());
                    tiers.put(key, tier);
                    idOfTier.put(key, rule.id());
                    drlHits.put(key, new int[1]);
                } else {
                    leftOut++;
                }
            }
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : scenarios.scenarios()) {
            ScenarioResult result = check(advisor, scenario, known);
            if (result.advice() != null) {
                result.advice().findings().stream().map(finding -> finding.rule()).distinct()
                        .forEach(id -> hits.computeIfPresent(id, (key, count) -> count + 1));
                result.advice().trace().stream().map(firing -> tierKey(firing.rule(), firing.name())).distinct()
                        .map(drlHits::get).filter(Objects::nonNull).forEach(count -> count[0]++);
            }
            results.add(result);
        }
        List<Coverage.DrlRule> drlRules = new ArrayList<>();
        tiers.forEach((key, tier) -> drlRules.add(new Coverage.DrlRule(idOfTier.get(key), tier, drlHits.get(key)[0])));
        return new ScenarioReport(advisor.policyId(), advisor.policyVersion(), results, scenarios.problems(),
                new Coverage(hits, drlRules, leftOut));
    }

    /** Tells DRL rules apart as a review's trace names them: by id and name. */
    private static String tierKey(String id, String name) {
        return id + '\u0000' + name;
    }

    /** Runs one scenario against the advisor, in the scenario's locale. */
    public static ScenarioResult check(Advisor advisor, Scenario scenario) {
        Objects.requireNonNull(advisor, "advisor == null");
        Objects.requireNonNull(scenario, "scenario == null");
        Set<String> known = advisor.rules(Locale.ENGLISH).stream().map(RuleDescription::id).collect(Collectors.toSet());
        return check(advisor, scenario, known);
    }

    private static ScenarioResult check(Advisor advisor, Scenario scenario, Set<String> known) {
        Locale locale = scenario.locale();
        if (locale != null && advisor.locales().stream().noneMatch(l -> l.getLanguage().equals(locale.getLanguage()))) {
            return new ScenarioResult(scenario, null, Difference.failed(scenario.expect(),
                    "the policy " + advisor.policyId() + " has no messages in " + locale.toLanguageTag() + " (it has "
                            + advisor.locales().stream().map(Locale::toLanguageTag).collect(Collectors.joining(", "))
                            + ")"), null);
        }
        Advice advice;
        try {
            advice = advisor.review(scenario.request(), locale);
        } catch (ReviewException e) {
            return new ScenarioResult(scenario, null, Difference.failed(scenario.expect(),
                    "review failed: " + e.getMessage()), e);
        }
        Difference difference = Comparison.of(scenario.expect(), advice, known);
        if (!difference.missing().isEmpty()) {
            difference = difference.withWhyMissing(whyMissing(advisor, scenario.request(), difference.missing().keySet()));
        }
        return new ScenarioResult(scenario, advice, difference, null);
    }

    /**
     * Why each missing rule's DRL rules did not match, one line each: the first condition that
     * failed, where it is and what it read; or that it matched but the policy disables the id.
     * Nothing for an id the policy lacks, nor when the explanation fails: it is a hint, never the failure.
     */
    private static SortedMap<String, List<String>> whyMissing(Advisor advisor, ReviewRequest request, Set<String> ids) {
        SortedMap<String, List<String>> why = new TreeMap<>();
        for (String id : ids) {
            WhyNot whyNot;
            try {
                whyNot = advisor.whyNot(request, id);
            } catch (RuntimeException e) {
                // An id the policy lacks is reported as unknown; any other failure costs only this hint.
                continue;
            }
            List<String> lines = new ArrayList<>();
            for (WhyNot.Rule rule : whyNot.rules()) {
                WhyNot.Condition failed = rule.firstFailed();
                String name = "\"" + rule.name() + "\"";
                if (failed == null) {
                    lines.add(name + " matched" + (rule.enabled() ? "" : ", but the policy disables " + id));
                } else {
                    lines.add(name + " failed at " + rule.file() + ":" + failed.line() + ":" + failed.column() + " "
                            + failed.text().replaceAll("\\s+", " ")
                            + (failed.values().isEmpty() ? "" : " (" + String.join(", ", failed.values()) + ")"));
                }
            }
            why.put(id, lines);
        }
        return why;
    }
}
