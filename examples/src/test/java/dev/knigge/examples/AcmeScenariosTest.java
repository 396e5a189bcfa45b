package dev.knigge.examples;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.junit.PolicyScenarios;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The ACME policy's own scenarios, run the way a company's build would run them. */
class AcmeScenariosTest {
    static final Advisor ACME = Advisor.builder().policy(Policy.directory(Path.of("acme-policy"))).build();
    static final Path SCENARIOS = Path.of("acme-policy/scenarios");

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return PolicyScenarios.from(ACME, SCENARIOS);
    }

    @Test
    void acmesOwnRuleIsCovered() {
        // The inherited professional rules have their own scenarios in knigge-rules; ACME tests what it adds.
        String[] inherited = ACME.rules(null).stream().map(rule -> rule.id())
                .filter(id -> !id.startsWith("ACME-") && !id.equals("GEN-VOLUME") && !id.equals("CON-WEAK-TIE")
                        && !id.equals("GEN-REQUESTER-PROFILE"))
                .toArray(String[]::new);
        PolicyScenarios.assertCoverage(ACME, SCENARIOS, inherited);
    }
}
