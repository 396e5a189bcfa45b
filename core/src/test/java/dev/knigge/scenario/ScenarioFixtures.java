package dev.knigge.scenario;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Scenario files written into a test's folder, and the policies they run against. */
final class ScenarioFixtures {
    /** The {@code sample} policy of core's tests: SAMPLE-VOLUME, -STRANGER, -PITCH, -NO-PURPOSE, -LATE-CONTACT. */
    static final Advisor SAMPLE = Advisor.builder().policy(Policy.builtIn("sample")).build();

    /** A recommendation request from a stranger, without a note: SAMPLE-STRANGER (BLOCKER) fires, nothing else. */
    static final String STRANGER_REQUEST = "{\"type\": \"RECOMMENDATION\", \"language\": \"en\"}";

    private ScenarioFixtures() {}

    /** A scenario file's text, from its parts; {@code locale} may be {@code null}. */
    static String scenario(String title, String request, String locale, String expect) {
        return "{\n  \"title\": \"" + title + "\",\n  \"request\": " + request + ",\n"
                + (locale == null ? "" : "  \"locale\": \"" + locale + "\",\n")
                + "  \"expect\": " + expect + "\n}\n";
    }

    /** A scenario of a stranger's recommendation request with the given expectation. */
    static String stranger(String expect) {
        return scenario("a stranger asks for a recommendation", STRANGER_REQUEST, null, expect);
    }

    /** Writes {@code text} to {@code folder/name}, creating folders on the way. */
    static Path write(Path folder, String name, String text) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture policy folder of core's tests, trusted (some of its rules fail on purpose). */
    static Policy policy(String name) {
        try {
            return Policy.directory(Path.of(ScenarioFixtures.class.getResource("/policies/" + name + "/policy.properties")
                    .toURI()).getParent()).trusted();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
