package dev.knigge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.lint.PolicyLint;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The company policy example is written in the untrusted policy language: it lints clean from disk, untrusted. */
class AcmeUntrustedTest {
    @Test
    void theAcmePolicyPassesTheUntrustedCheck() {
        assertThat(PolicyLint.check(Path.of("acme-policy"), false)).isEmpty();
    }
}
