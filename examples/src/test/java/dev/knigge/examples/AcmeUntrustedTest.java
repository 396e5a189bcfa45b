package dev.knigge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Policy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The company policy example is written in the untrusted policy language: it lints clean from disk, untrusted. */
class AcmeUntrustedTest {
    @Test
    void theAcmePolicyPassesTheUntrustedCheck() {
        assertThat(Policy.directory(Path.of("acme-policy")).lint()).isEmpty();
    }
}
