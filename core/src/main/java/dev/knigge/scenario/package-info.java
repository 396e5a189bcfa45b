/**
 * What a policy's scenario files and labelled corpora say about it, as values: a {@link
 * dev.knigge.scenario.Scenario} (a request and its {@link dev.knigge.scenario.Expectation}), the
 * {@link dev.knigge.scenario.QualityReport} of a policy's verdicts on cases others labelled, the
 * {@link dev.knigge.scenario.QualityTargets} a build holds it to, and the {@link
 * dev.knigge.scenario.PolicyComparison} of two policies on the same cases. {@code knigge test}
 * and {@code knigge-junit}'s {@code PolicyScenarios} run the scenarios and return these:
 *
 * <pre>{@code
 * QualityReport quality = PolicyScenarios.quality(advisor, Path.of("corpus"));  // accuracy, nags, false blocks, per rule
 * List<QualityTargets.Shortfall> missed = QualityTargets.none().minAccuracy(0.9).shortfalls(quality);
 * PolicyComparison shadow = PolicyScenarios.compare(live, candidate, Path.of("corpus"));
 * }</pre>
 *
 * <p>A scenario file holds {@code title}, {@code request} (the JSON request format v1), an optional
 * {@code locale} and {@code expect}: {@code verdict}, {@code rules} ({@code {"ID": "SEVERITY"}},
 * every rule that must fire) and an optional {@code maybe} (rules allowed to fire). Without
 * {@code rules} the scenario is verdict-only: only the verdict is checked. An optional top-level
 * {@code alsoOk} lists other verdicts that pass, and {@code source} and {@code judgement} document
 * where a case comes from and why it is labelled as it is. A {@code .json} file without an
 * {@code expect} key is not a scenario and is skipped, so request files can live beside scenarios.
 * Every type here is immutable and thread-safe.
 */
package dev.knigge.scenario;
