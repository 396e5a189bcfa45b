package dev.knigge.junit;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.advice.RuleDescription;
import dev.knigge.advice.Verdict;
import dev.knigge.internal.scenario.Coverage;
import dev.knigge.internal.scenario.Figures;
import dev.knigge.internal.scenario.ScenarioReport;
import dev.knigge.internal.scenario.ScenarioResult;
import dev.knigge.internal.scenario.ScenarioSet;
import dev.knigge.internal.scenario.Scenarios;
import dev.knigge.policy.PolicyException;
import dev.knigge.scenario.PolicyComparison;
import dev.knigge.scenario.QualityReport;
import dev.knigge.scenario.QualityTargets;
import dev.knigge.scenario.Scenario;
import dev.knigge.scenario.ScenarioProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AssertionFailureBuilder;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a policy's scenario files as JUnit 5 dynamic tests, asserts that the scenarios make every
 * rule of the policy fire, and asserts the quality of its verdicts on a corpus of labelled cases.
 * See the package documentation for a complete test class.
 */
public final class PolicyScenarios {
    /** How many cases outside their judgement {@link #assertQuality} names at most. */
    static final int WORST_CASES = 10;

    private PolicyScenarios() {}

    /**
     * One dynamic test per scenario under {@code path} (a scenario file, or a folder searched
     * recursively), for a {@code @TestFactory}. Each test is named after the scenario's title and
     * file, reviews its request when it runs, and fails with the difference between what the
     * scenario expects and what the advisor gave. A scenario file that cannot be read becomes a
     * failing test that names the problem, and so does a path holding no scenario at all.
     */
    public static Stream<DynamicTest> from(Advisor advisor, Path path) {
        Objects.requireNonNull(advisor, "advisor == null");
        return tests(() -> advisor, path);
    }

    /**
     * One dynamic test per scenario under {@code path}, run by an Advisor built from {@code policy}
     * when the first of them runs; see {@link #from(Advisor, Path)}. A policy that does not load
     * fails every one of them with its problems, each as {@code file:line:column: message}; so keep
     * the {@code Policy}, not a built Advisor, in a {@code static final} field, where a policy that
     * does not load would fail the whole class with an {@code ExceptionInInitializerError}.
     */
    public static Stream<DynamicTest> from(Policy policy, Path path) {
        Objects.requireNonNull(policy, "policy == null");
        return tests(new LoadOnce(policy), path);
    }

    private static Stream<DynamicTest> tests(Supplier<Advisor> advisor, Path path) {
        Objects.requireNonNull(path, "path == null");
        ScenarioSet set = Scenarios.load(path);
        List<DynamicTest> tests = new ArrayList<>();
        for (Scenario scenario : set.scenarios()) {
            tests.add(DynamicTest.dynamicTest(scenario.title() + " (" + relative(path, scenario.file()) + ")",
                    scenario.file().toUri(), () -> check(advisor.get(), scenario, path)));
        }
        for (ScenarioProblem problem : set.problems()) {
            tests.add(DynamicTest.dynamicTest("invalid scenario file " + relative(path, problem.file()),
                    problem.file().toUri(), () -> {
                        throw AssertionFailureBuilder.assertionFailure().message("invalid scenario file: " + problem)
                                .build();
                    }));
        }
        if (set.isEmpty()) {
            tests.add(DynamicTest.dynamicTest("no scenarios in " + path, () -> {
                throw AssertionFailureBuilder.assertionFailure().message("no scenario files in " + path.toAbsolutePath()
                        + " (a scenario is a .json file with an \"expect\" key)").build();
            }));
        }
        return tests.stream();
    }

    /**
     * Asserts that every DRL rule the advisor's policy itself defines (every tier of each enabled
     * rule id in its own folder, not those it inherits from a policy it {@code extends}) fires in
     * at least one scenario under {@code path}, except those in {@code allowedUncovered}: a rule id
     * there covers all its tiers, a DRL rule's name only that rule. Fails naming each DRL rule no
     * scenario made fire with its {@code file:line}, and also when an allowed entry is neither a
     * rule id of the policy nor the name of one of its DRL rules, or does fire (so the allow-list
     * shrinks as scenarios are added).
     */
    public static void assertCoverage(Advisor advisor, Path path, String... allowedUncovered) {
        assertCoverage(advisor, path, false, allowedUncovered);
    }

    /**
     * Asserts the rule coverage of an Advisor built from {@code policy}; see
     * {@link #assertCoverage(Advisor, Path, String...)}. A policy that does not load fails the
     * assertion with its problems.
     */
    public static void assertCoverage(Policy policy, Path path, String... allowedUncovered) {
        assertCoverage(advisor(policy), path, allowedUncovered);
    }

    /**
     * Asserts, as {@link #assertCoverage(Advisor, Path, String...)} does, that the scenarios make
     * every DRL rule of the policy fire, counting those it inherits from the policies it extends too.
     */
    public static void assertCoverageIncludingInherited(Advisor advisor, Path path, String... allowedUncovered) {
        assertCoverage(advisor, path, true, allowedUncovered);
    }

    /** Asserts the coverage, inherited rules included, of an Advisor built from {@code policy}; see {@link #assertCoverageIncludingInherited(Advisor, Path, String...)}. */
    public static void assertCoverageIncludingInherited(Policy policy, Path path, String... allowedUncovered) {
        assertCoverageIncludingInherited(advisor(policy), path, allowedUncovered);
    }

    private static void assertCoverage(Advisor advisor, Path path, boolean inherited, String... allowedUncovered) {
        Objects.requireNonNull(advisor, "advisor == null");
        Objects.requireNonNull(path, "path == null");
        Set<String> allowed = new LinkedHashSet<>(Arrays.asList(allowedUncovered));
        ScenarioReport report = Scenarios.run(advisor, Scenarios.load(path), inherited);
        Coverage coverage = report.coverage();
        List<RuleDescription> rules = advisor.rules(Locale.ENGLISH);
        Set<String> known = rules.stream().map(RuleDescription::id).collect(Collectors.toSet());
        Set<String> names = rules.stream().flatMap(rule -> rule.tiers().stream()).map(RuleDescription.Tier::name)
                .collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        List<Coverage.DrlRule> uncovered = coverage.uncoveredDrlRules().stream()
                .filter(rule -> !allowed.contains(rule.id()) && !allowed.contains(rule.tier().name())).toList();
        if (!uncovered.isEmpty()) {
            problems.add("no scenario makes " + (uncovered.size() == 1 ? "this DRL rule" : "these " + uncovered.size()
                    + " DRL rules") + " of " + report.policy() + " fire:" + uncovered.stream()
                    .map(rule -> "\n    " + rule).collect(Collectors.joining()));
        }
        Set<String> unknown = allowed.stream().filter(entry -> !known.contains(entry) && !names.contains(entry))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unknown.isEmpty()) {
            problems.add("allowed as uncovered, but not a rule of " + report.policy() + ": " + String.join(", ", unknown));
        }
        Map<String, Integer> nameHits = new LinkedHashMap<>();
        coverage.drlRules().forEach(rule -> nameHits.merge(rule.tier().name(), rule.hits(), Integer::sum));
        Set<String> stale = allowed.stream().filter(entry -> coverage.hits(entry) > 0 || nameHits.getOrDefault(entry, 0) > 0)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!stale.isEmpty()) {
            problems.add("allowed as uncovered, but a scenario makes it fire (remove it from the list): "
                    + stale.stream().map(entry -> entry + " (" + Math.max(coverage.hits(entry), nameHits.getOrDefault(entry, 0))
                    + ")").collect(Collectors.joining(", ")));
        }
        if (!problems.isEmpty()) {
            throw AssertionFailureBuilder.assertionFailure().message("rule coverage of " + report.policy() + " by the "
                    + report.results().size() + " scenarios in " + path + ":\n  " + String.join("\n  ", problems)).build();
        }
    }

    /**
     * Asserts that the advisor's verdicts on the labelled cases under {@code path} (scenario files,
     * verdict-only or not: each one's {@code expect.verdict} is its label) reach every target, and
     * returns the figures. Fails with every missed target and by how much, the headline figures,
     * the worst cases outside their judgement (false blocks first, then spam sent, then the rest, at
     * most {@value #WORST_CASES}) and the rules behind the nags and false blocks; it also fails
     * when a case file cannot be read or a case cannot be reviewed, and when there are no cases.
     *
     * <pre>{@code
     * @Test
     * void agreesWithHowRecipientsJudgeRealNotes() {
     *     PolicyScenarios.assertQuality(ACME, Path.of("corpus/real-notes"), QualityTargets.none()
     *             .minAccuracy(0.90).minGoodSend(0.80).maxFalseBlocks(0).maxSpamSent(0));
     * }
     * }</pre>
     */
    public static QualityReport assertQuality(Advisor advisor, Path path, QualityTargets targets) {
        Objects.requireNonNull(advisor, "advisor == null");
        Objects.requireNonNull(path, "path == null");
        Objects.requireNonNull(targets, "targets == null");
        QualityReport quality = quality(advisor, path);
        List<String> problems = new ArrayList<>();
        if (quality.cases().isEmpty() && quality.unreviewed().isEmpty()) {
            problems.add("no cases (a case is a .json file with an \"expect\" key)");
        }
        targets.shortfalls(quality).forEach(shortfall -> problems.add(shortfall.toString()));
        quality.problems().forEach(problem -> problems.add("invalid case file: " + problem));
        quality.unreviewed().forEach(unreviewed -> problems.add("not reviewed: " + unreviewed.scenario().title() + " ("
                + relative(path, unreviewed.scenario().file()) + "): " + unreviewed.error()));
        if (problems.isEmpty()) {
            return quality;
        }
        StringBuilder message = new StringBuilder("quality of ").append(quality.policy()).append(' ')
                .append(quality.policyVersion()).append(" on the ").append(quality.cases().size()).append(" cases in ")
                .append(path).append(":\n  ").append(String.join("\n  ", problems))
                .append("\n").append(quality.summary());
        List<QualityReport.Case> worst = worst(quality);
        if (!worst.isEmpty()) {
            message.append("\noutside the judgement (").append(worst.size()).append(" of ").append(quality.cases().size())
                    .append(worst.size() > WORST_CASES ? ", the worst " + WORST_CASES : "").append("):");
            for (QualityReport.Case c : worst.subList(0, Math.min(WORST_CASES, worst.size()))) {
                message.append("\n  ").append(c.scenario().title()).append(" (")
                        .append(relative(path, c.scenario().file())).append("): ").append(c.outcome());
            }
        }
        String culprits = quality.rules().stream().filter(rule -> rule.nags() + rule.falseBlocks() > 0)
                .sorted(Comparator.comparingInt((QualityReport.RuleFigures rule) -> rule.falseBlocks())
                        .thenComparingInt(QualityReport.RuleFigures::nags).reversed())
                .map(rule -> rule.rule() + " (" + Stream.of(count(rule.falseBlocks(), "false block"), count(rule.nags(), "nag"))
                        .filter(text -> !text.isEmpty()).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(", "));
        if (!culprits.isEmpty()) {
            message.append("\nrules behind the nags and false blocks: ").append(culprits);
        }
        throw AssertionFailureBuilder.assertionFailure().message(message.toString()).build();
    }

    /**
     * Asserts the quality of an Advisor built from {@code policy}; see
     * {@link #assertQuality(Advisor, Path, QualityTargets)}. A policy that does not load fails the
     * assertion with its problems.
     */
    public static QualityReport assertQuality(Policy policy, Path path, QualityTargets targets) {
        return assertQuality(advisor(policy), path, targets);
    }

    /**
     * The figures of the advisor's verdicts on the labelled cases under {@code path}, without
     * gates: what {@link #assertQuality} checks, for your own reports. Case files that cannot be
     * read are in {@link QualityReport#problems()}, cases that could not be reviewed in
     * {@link QualityReport#unreviewed()}.
     */
    public static QualityReport quality(Advisor advisor, Path path) {
        Objects.requireNonNull(advisor, "advisor == null");
        Objects.requireNonNull(path, "path == null");
        return Figures.quality(Scenarios.run(advisor, Scenarios.load(path)));
    }

    /**
     * The cases under {@code path} whose verdict differs between two advisors, with the rules that
     * make the difference: the shadow run before a policy change goes live. Only cases both
     * reviewed are compared.
     */
    public static PolicyComparison compare(Advisor advisor, Advisor compared, Path path) {
        Objects.requireNonNull(advisor, "advisor == null");
        Objects.requireNonNull(compared, "compared == null");
        Objects.requireNonNull(path, "path == null");
        ScenarioSet cases = Scenarios.load(path);
        return Figures.comparison(Scenarios.run(advisor, cases), Scenarios.run(compared, cases));
    }

    /** {@code 2 nags}, {@code 1 nag}, or nothing for none. */
    private static String count(int count, String noun) {
        return count == 0 ? "" : count + " " + noun + (count == 1 ? "" : "s");
    }

    /** The cases outside their judgement, the worst first: false blocks, spam sent, then the rest, each in order. */
    private static List<QualityReport.Case> worst(QualityReport quality) {
        List<QualityReport.Case> outside = new ArrayList<>(quality.outside());
        outside.sort(Comparator.comparingInt(c -> c.label() == Verdict.SEND && c.given() == Verdict.DO_NOT_SEND ? 0
                : c.label() == Verdict.DO_NOT_SEND && c.given() == Verdict.SEND ? 1 : 2));
        return outside;
    }

    /** An Advisor built from the policy, or an assertion failure that lists why the policy does not load. */
    private static Advisor advisor(Policy policy) {
        Objects.requireNonNull(policy, "policy == null");
        try {
            return Advisor.builder().policy(policy).build();
        } catch (PolicyException e) {
            throw AssertionFailureBuilder.assertionFailure().message(e.getMessage()).cause(e).build();
        }
    }

    /**
     * Builds the Advisor of a policy the first time it is asked for and hands every later caller
     * the same Advisor, or the same failure: the scenario tests of one {@code from} share one build.
     * Thread-safe, for tests that run in parallel.
     */
    private static final class LoadOnce implements Supplier<Advisor> {
        private final Policy policy;
        private Advisor advisor;
        private AssertionError failure;

        LoadOnce(Policy policy) {
            this.policy = policy;
        }

        @Override
        public synchronized Advisor get() {
            if (advisor == null && failure == null) {
                try {
                    advisor = advisor(policy);
                } catch (AssertionError e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return advisor;
        }
    }

    private static void check(Advisor advisor, Scenario scenario, Path root) {
        ScenarioResult result = Scenarios.check(advisor, scenario);
        if (result.passed()) {
            return;
        }
        throw AssertionFailureBuilder.assertionFailure()
                .message(ScenarioText.failure(result, relative(root, scenario.file())))
                .expected(ScenarioText.expected(scenario))
                .actual(ScenarioText.actual(result))
                .includeValuesInMessage(false)
                .build();
    }

    /** The file as the folder given sees it; the file's name when the path given was the file itself. */
    private static Path relative(Path root, Path file) {
        if (Files.isDirectory(root) && file.startsWith(root)) {
            return root.relativize(file);
        }
        return file.getFileName() != null ? file.getFileName() : file;
    }
}
