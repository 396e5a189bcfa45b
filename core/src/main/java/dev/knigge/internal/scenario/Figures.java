package dev.knigge.internal.scenario;

import dev.knigge.advice.Severity;
import dev.knigge.scenario.PolicyComparison;
import dev.knigge.scenario.QualityReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeSet;

/** The figures of scenario runs: a run's quality against its cases' labels, and two runs compared. */
public final class Figures {
    private Figures() {}

    /** The quality of the verdicts in a scenario run: its results as labelled cases. */
    public static QualityReport quality(ScenarioReport report) {
        Objects.requireNonNull(report, "report == null");
        List<QualityReport.Case> cases = new ArrayList<>();
        List<QualityReport.Unreviewed> unreviewed = new ArrayList<>();
        for (ScenarioResult result : report.results()) {
            if (result.advice() == null) {
                unreviewed.add(new QualityReport.Unreviewed(result.scenario(), result.difference().error()));
            } else {
                cases.add(new QualityReport.Case(result.scenario(), result.advice().verdict(),
                        Comparison.fired(result.advice())));
            }
        }
        return new QualityReport(report.policy(), report.policyVersion(), cases, unreviewed, report.problems());
    }

    /**
     * Compares two runs of the same cases, matched by file.
     *
     * @throws IllegalArgumentException when the runs hold different cases
     */
    public static PolicyComparison comparison(ScenarioReport report, ScenarioReport compared) {
        Objects.requireNonNull(report, "report == null");
        Objects.requireNonNull(compared, "compared == null");
        Map<Path, ScenarioResult> others = new HashMap<>();
        compared.results().forEach(result -> others.put(result.scenario().file(), result));
        if (others.size() != report.results().size()
                || !report.results().stream().allMatch(result -> others.containsKey(result.scenario().file()))) {
            throw new IllegalArgumentException("the two runs hold different cases (" + report.results().size() + " and "
                    + compared.results().size() + ")");
        }
        int cases = 0;
        List<PolicyComparison.Change> changes = new ArrayList<>();
        for (ScenarioResult result : report.results()) {
            ScenarioResult other = others.get(result.scenario().file());
            if (result.advice() == null || other.advice() == null) {
                continue;
            }
            cases++;
            if (result.advice().verdict() != other.advice().verdict()) {
                changes.add(new PolicyComparison.Change(result.scenario(), result.advice().verdict(),
                        other.advice().verdict(),
                        ruleChanges(Comparison.fired(result.advice()), Comparison.fired(other.advice()))));
            }
        }
        return new PolicyComparison(report.policy(), report.policyVersion(), compared.policy(),
                compared.policyVersion(), cases, changes);
    }

    private static List<PolicyComparison.RuleChange> ruleChanges(SortedMap<String, Severity> fired,
                                                                 SortedMap<String, Severity> other) {
        TreeSet<String> ids = new TreeSet<>(fired.keySet());
        ids.addAll(other.keySet());
        List<PolicyComparison.RuleChange> changes = new ArrayList<>();
        for (String id : ids) {
            if (fired.get(id) != other.get(id)) {
                changes.add(new PolicyComparison.RuleChange(id, fired.get(id), other.get(id)));
            }
        }
        return changes;
    }
}
