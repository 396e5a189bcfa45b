/**
 * JUnit 5 support for teams testing their own policies: scenario files as dynamic tests, and a
 * rule-coverage assertion.
 *
 * <pre>{@code
 * class AcmePolicyTest {
 *     static final Advisor ACME = Advisor.builder().policy(Policy.directory(Path.of("acme-policy"))).build();
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
 * }
 * }</pre>
 */
package dev.knigge.junit;
