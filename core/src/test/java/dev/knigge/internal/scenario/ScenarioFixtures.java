package dev.knigge.internal.scenario;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.scenario.QualityReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

    /** No note, nothing known: nothing fires, SEND. */
    static final String QUIET = "{\"type\": \"CONNECTION\"}";
    /** A message to someone not heard from in 20 months: SAMPLE-LATE-CONTACT (ADVICE), SEND. */
    static final String LATE = "{\"type\": \"MESSAGE\", \"relationship\": {\"knowEachOther\": true, \"lastContactMonths\": 20}}";
    /** A stranger pitching, with a purpose: SAMPLE-PITCH (WARNING), REVISE. */
    static final String PITCH = "{\"type\": \"MESSAGE\", \"language\": \"en\", \"note\": \"Could you book a demo of our product?\"}";
    /** 75 invitations this week: SAMPLE-VOLUME (WARNING), REVISE. */
    static final String BUSY = "{\"type\": \"CONNECTION\", \"activity\": {\"similarSentLast7Days\": 75}}";
    /** 150 invitations this week: SAMPLE-VOLUME (BLOCKER), DO_NOT_SEND. */
    static final String FLOOD = "{\"type\": \"CONNECTION\", \"activity\": {\"similarSentLast7Days\": 150}}";
    /** A note without a purpose: SAMPLE-NO-PURPOSE (ADVICE), SEND. */
    static final String VAGUE = "{\"type\": \"MESSAGE\", \"language\": \"en\", \"note\": \"Hello there.\"}";

    /** A verdict-only case: {@code alsoOk} is a JSON array or {@code null} for none. */
    static String labelled(String title, String request, String label, String alsoOk) {
        return "{\n  \"title\": \"" + title + "\",\n  \"request\": " + request + ",\n  \"expect\": {\"verdict\": \""
                + label + "\"}" + (alsoOk == null ? "" : ",\n  \"alsoOk\": " + alsoOk) + "\n}\n";
    }

    /**
     * Eleven labelled cases of the sample policy, and one it cannot review (French): five labelled
     * SEND (two get SEND, two REVISE, one DO_NOT_SEND), two labelled REVISE (one gets SEND), four
     * labelled DO_NOT_SEND (one gets SEND, two REVISE). Case {@code h} lists its rules; the others
     * are verdict-only. See each line for what it gets.
     */
    static void labelledCases(Path folder) {
        write(folder, "a.json", labelled("good, quiet", QUIET, "SEND", null));                        // SEND
        write(folder, "b.json", labelled("good, but pitches", PITCH, "SEND", null));                  // REVISE: nag, outside
        write(folder, "c.json", labelled("good, busy week", BUSY, "SEND", "[\"REVISE\"]"));            // REVISE: nag, within
        write(folder, "d.json", labelled("good, a stranger", STRANGER_REQUEST, "SEND", null));        // DO_NOT_SEND: false block
        write(folder, "e.json", labelled("good, late", LATE, "SEND", null));                          // SEND, with advice
        write(folder, "f.json", labelled("so-so pitch", PITCH, "REVISE", null));                      // REVISE
        write(folder, "g.json", labelled("so-so, vague", VAGUE, "REVISE", "[\"DO_NOT_SEND\"]"));       // SEND: outside
        write(folder, "h.json", scenario("flood", FLOOD, null,
                "{\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"SAMPLE-VOLUME\": \"BLOCKER\"}}"));          // DO_NOT_SEND
        write(folder, "i.json", labelled("spam, busy", BUSY, "DO_NOT_SEND", "[\"REVISE\"]"));          // REVISE: within
        write(folder, "j.json", labelled("spam, quiet", QUIET, "DO_NOT_SEND", null));                 // SEND: spam sent
        write(folder, "k.json", labelled("spam pitch", PITCH, "DO_NOT_SEND", null));                  // REVISE: missed
        write(folder, "l.json", scenario("in French", QUIET, "fr", "{\"verdict\": \"SEND\"}"));      // not reviewed
    }

    /** The sample policy's quality figures on the {@link #labelledCases labelled cases}, written into {@code folder}. */
    static QualityReport labelledQuality(Path folder) {
        labelledCases(folder);
        return Figures.quality(Scenarios.run(SAMPLE, Scenarios.load(folder)));
    }

    /** A JSON object of {@code JsonTree.parse}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    /** A JSON array of {@code JsonTree.parse}. */
    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
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
