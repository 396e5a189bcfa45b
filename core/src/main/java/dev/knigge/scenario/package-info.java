/**
 * Scenario tests for policies: realistic requests with the verdict and the exact rules a policy
 * must give them, one scenario per {@code .json} file; and corpus quality assurance, how well a
 * policy's verdicts agree with cases others labelled.
 *
 * <pre>{@code
 * ScenarioSet scenarios = Scenarios.load(Path.of("scenarios"));   // folders are searched recursively
 * ScenarioReport report = Scenarios.run(advisor, scenarios);
 * report.failures().forEach(r -> log(r.scenario().title() + "\n" + r.difference()));
 * log(report.summary());                                         // "12 passed, 1 failed"
 * log(report.coverage().uncovered());                            // rule ids no scenario made fire
 *
 * QualityReport quality = QualityReport.of(report);              // accuracy, nags, false blocks, per rule
 * List<QualityTargets.Shortfall> missed = QualityTargets.none().minAccuracy(0.9).shortfalls(quality);
 * PolicyComparison shadow = PolicyComparison.of(report, Scenarios.run(candidate, scenarios));
 * }</pre>
 *
 * <p>A scenario file holds {@code title}, {@code request} (the JSON request format v1), an optional
 * {@code locale} and {@code expect}: {@code verdict}, {@code rules} ({@code {"ID": "SEVERITY"}},
 * every rule that must fire) and an optional {@code maybe} (rules allowed to fire). Without
 * {@code rules} the scenario is verdict-only: only the verdict is checked. An optional top-level
 * {@code alsoOk} lists other verdicts that pass, and {@code source} and {@code judgement} document
 * where a case comes from and why it is labelled as it is. A {@code .json} file without an
 * {@code expect} key is not a scenario and is skipped, so request files can live beside scenarios.
 * Every type here is immutable and thread-safe; {@code knigge test} and the JUnit helper of
 * {@code knigge-junit} are built on it.
 */
package dev.knigge.scenario;
