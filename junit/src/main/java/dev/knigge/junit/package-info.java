/**
 * JUnit 5 support for teams testing their own policies: scenario files as dynamic tests, a
 * rule-coverage assertion, and a quality assertion over a corpus of labelled cases.
 *
 * <pre>{@code
 * class AcmePolicyTest {
 *     // A Policy, not a built Advisor: a policy that does not load then fails each test with its
 *     // problems, not the whole class with an ExceptionInInitializerError.
 *     static final Policy ACME = Policy.directory(Path.of("acme-policy"));
 *     static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
 *
 *     @TestFactory
 *     Stream<DynamicTest> scenarios() {
 *         return PolicyScenarios.from(ACME, SCENARIOS);
 *     }
 *
 *     @Test
 *     void everyRuleFiresInSomeScenario() {
 *         PolicyScenarios.assertCoverage(ACME, SCENARIOS, "ACME-LEGACY-RULE");
 *     }
 *
 *     @Test
 *     void agreesWithHowRecipientsJudgeRealNotes() {
 *         PolicyScenarios.assertQuality(ACME, Path.of("src/test/resources/corpus"),
 *                 QualityTargets.none().minAccuracy(0.90).minGoodSend(0.80).maxFalseBlocks(0).maxSpamSent(0));
 *     }
 * }
 * }</pre>
 */
package dev.knigge.junit;
