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

    /** What README shows: the scenarios make every DRL rule ACME itself defines fire; professional's have their own. */
    @Test
    void everyRuleFires() {
        PolicyScenarios.assertCoverage(ACME, SCENARIOS);
    }
}
