package dev.knigge.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.advice.Advice;
import dev.knigge.advice.Evidence;
import dev.knigge.advice.Finding;
import dev.knigge.advice.Severity;
import dev.knigge.advice.Verdict;
import dev.knigge.request.InvalidRequestException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdviceJsonTest {

    static final Finding STRANGER = new Finding("REC-STRANGER", Severity.BLOCKER, "Empfehlung von Unbekannten",
            "Eine Empfehlung bürgt für selbst erlebte Arbeit.", "Nicht senden.",
            List.of(new Evidence(19, 44, "könnten Sie mir bitte eine")));
    static final Finding LANGUAGE = new Finding("GEN-LANGUAGE", Severity.ADVICE, "Sprache", "Er spricht \"Deutsch\".",
            "Schreiben Sie auf Deutsch.", List.of());
    static final Advice.Firing FIRING = new Advice.Firing("REC-STRANGER", "REC-STRANGER a stranger cannot vouch for your work",
            () -> List.of("Request[type=RECOMMENDATION]", "Relationship[knowEachOther=false, workedTogether=false]"));

    static Advice advice(String id, List<Finding> findings, List<String> unchecked, List<Advice.Firing> trace) {
        return new Advice(id, findings.isEmpty() ? Verdict.SEND : findings.get(0).severity().verdict(),
                "professional", "1.0.0", Locale.GERMAN, findings, unchecked, trace);
    }

    @Nested
    class Writing {

        @Test
        void writesTheDesignsShapeInItsOrderOnOneLine() {
            Advice advice = advice("req-1", List.of(STRANGER), List.of(), List.of(FIRING));

            assertThat(AdviceJson.compact().write(advice, 7)).isEqualTo("{\"id\":\"req-1\",\"line\":7,"
                    + "\"verdict\":\"DO_NOT_SEND\",\"policy\":\"professional\",\"policyVersion\":\"1.0.0\",\"locale\":\"de\","
                    + "\"findings\":[{\"rule\":\"REC-STRANGER\",\"severity\":\"BLOCKER\",\"title\":\"Empfehlung von Unbekannten\","
                    + "\"reason\":\"Eine Empfehlung bürgt für selbst erlebte Arbeit.\",\"suggestion\":\"Nicht senden.\","
                    + "\"evidence\":[{\"start\":19,\"end\":44,\"text\":\"könnten Sie mir bitte eine\"}]}],"
                    + "\"unchecked\":[]}");
        }

        @Test
        void leavesOutTheIdWhenTheRequestHadNoneAndTheLineWhenNotGiven() {
            Advice advice = advice(null, List.of(LANGUAGE), List.of("note-language"), List.of());

            assertThat(AdviceJson.compact().write(advice)).isEqualTo("{\"verdict\":\"SEND\",\"policy\":\"professional\","
                    + "\"policyVersion\":\"1.0.0\",\"locale\":\"de\",\"findings\":[{\"rule\":\"GEN-LANGUAGE\","
                    + "\"severity\":\"ADVICE\",\"title\":\"Sprache\",\"reason\":\"Er spricht \\\"Deutsch\\\".\","
                    + "\"suggestion\":\"Schreiben Sie auf Deutsch.\",\"evidence\":[]}],\"unchecked\":[\"note-language\"]}");
        }

        @Test
        void writesTheTraceOnlyWhenAsked() {
            Advice advice = advice(null, List.of(), List.of(), List.of(FIRING));

            assertThat(AdviceJson.compact().write(advice)).doesNotContain("trace");
            assertThat(AdviceJson.compact().withTrace().write(advice)).isEqualTo("{\"verdict\":\"SEND\","
                    + "\"policy\":\"professional\",\"policyVersion\":\"1.0.0\",\"locale\":\"de\",\"findings\":[],\"unchecked\":[],"
                    + "\"trace\":[{\"rule\":\"REC-STRANGER\",\"name\":\"REC-STRANGER a stranger cannot vouch for your work\","
                    + "\"facts\":[\"Request[type=RECOMMENDATION]\",\"Relationship[knowEachOther=false, workedTogether=false]\"]}]}");
            assertThat(AdviceJson.compact().withTrace().write(advice(null, List.of(), List.of(), List.of())))
                    .endsWith(",\"unchecked\":[],\"trace\":[]}");
        }

        @Test
        void writesPrettyJsonIndentedByTwoSpaces() {
            Advice advice = advice("req-1", List.of(STRANGER), List.of(), List.of(FIRING));

            assertThat(AdviceJson.pretty().withTrace().write(advice, 3)).isEqualTo("""
                    {
                      "id": "req-1",
                      "line": 3,
                      "verdict": "DO_NOT_SEND",
                      "policy": "professional",
                      "policyVersion": "1.0.0",
                      "locale": "de",
                      "findings": [
                        {
                          "rule": "REC-STRANGER",
                          "severity": "BLOCKER",
                          "title": "Empfehlung von Unbekannten",
                          "reason": "Eine Empfehlung bürgt für selbst erlebte Arbeit.",
                          "suggestion": "Nicht senden.",
                          "evidence": [
                            {
                              "start": 19,
                              "end": 44,
                              "text": "könnten Sie mir bitte eine"
                            }
                          ]
                        }
                      ],
                      "unchecked": [],
                      "trace": [
                        {
                          "rule": "REC-STRANGER",
                          "name": "REC-STRANGER a stranger cannot vouch for your work",
                          "facts": [
                            "Request[type=RECOMMENDATION]",
                            "Relationship[knowEachOther=false, workedTogether=false]"
                          ]
                        }
                      ]
                    }""");
        }

        @Test
        void writesNonAsciiTextAsItIsNotAsEscapes() {
            Finding finding = new Finding("GEN-X", Severity.WARNING, "Grüße 👋 „Zitat“", "ß", "€", List.of());
            String json = AdviceJson.compact().write(advice(null, List.of(finding), List.of(), List.of()));

            assertThat(json).contains("\"title\":\"Grüße 👋 „Zitat“\"", "\"reason\":\"ß\"", "\"suggestion\":\"€\"")
                    .doesNotContain("\\u");
        }

        @Test
        void writesTheLocaleAsALanguageTag() {
            Advice advice = new Advice(null, Verdict.SEND, "p", "1", Locale.forLanguageTag("de-AT"), List.of(), List.of(), List.of());

            assertThat(AdviceJson.compact().write(advice)).contains("\"locale\":\"de-AT\"");
        }

        @Test
        void writesToAWriterWithoutALineBreakAndWithoutClosingIt() throws IOException {
            StringWriter out = new StringWriter() {
                @Override
                public void close() {
                    throw new AssertionError("closed");
                }
            };
            Advice advice = advice(null, List.of(), List.of(), List.of());

            AdviceJson.compact().write(advice, 1, out);
            out.write('\n');
            AdviceJson.compact().write(advice, out);

            assertThat(out.toString().split("\n", -1)).containsExactly(
                    AdviceJson.compact().write(advice, 1), AdviceJson.compact().write(advice));
        }

        @Test
        void refusesALineBelowOne() {
            Advice advice = advice(null, List.of(), List.of(), List.of());

            assertThatThrownBy(() -> AdviceJson.compact().write(advice, 0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("line must be at least 1 (was 0)");
        }

        @Test
        void theWriterConfigurationsAreImmutable() {
            AdviceJson compact = AdviceJson.compact();
            AdviceJson withTrace = compact.withTrace();

            assertThat(compact.write(advice(null, List.of(), List.of(), List.of()))).doesNotContain("trace");
            assertThat(withTrace).isNotSameAs(compact);
            assertThat(withTrace.toString()).isEqualTo("AdviceJson[compact, with trace]");
            assertThat(AdviceJson.pretty().toString()).isEqualTo("AdviceJson[pretty]");
        }
    }

    @Nested
    class RoundTrip {

        @Test
        void writtenAdviceReadsBackEqual() {
            Advice advice = advice("req-1", List.of(STRANGER, LANGUAGE), List.of("note-language"), List.of());

            assertThat(AdviceJson.read(AdviceJson.compact().write(advice, 12))).isEqualTo(advice);
            assertThat(AdviceJson.read(AdviceJson.pretty().write(advice))).isEqualTo(advice);
        }

        @Test
        void theTraceReadsBack() throws IOException {
            Advice advice = advice(null, List.of(STRANGER), List.of(), List.of(FIRING, FIRING));

            Advice read = AdviceJson.read(new StringReader(AdviceJson.pretty().withTrace().write(advice)));

            assertThat(read.trace()).hasSize(2);
            assertThat(read.trace().get(1).rule()).isEqualTo(FIRING.rule());
            assertThat(read.trace().get(1).name()).isEqualTo(FIRING.name());
            assertThat(read.trace().get(1).facts()).isEqualTo(FIRING.facts());
            assertThat(read.findings()).isEqualTo(advice.findings());
        }

        @Test
        void adviceWithoutATraceReadsBackWithAnEmptyOne() {
            Advice advice = advice(null, List.of(), List.of(), List.of(FIRING));

            assertThat(AdviceJson.read(AdviceJson.compact().write(advice)).trace()).isEmpty();
        }
    }

    @Nested
    class Reading {

        private static final String MINIMAL = "{\"verdict\":\"SEND\",\"policy\":\"p\",\"policyVersion\":\"1\",\"locale\":\"en\","
                + "\"findings\":[],\"unchecked\":[]}";

        @Test
        void readsTheDesignsExample() {
            Advice advice = AdviceJson.read("""
                    {
                      "id": "echoed when the request had one",
                      "line": 7,
                      "verdict": "DO_NOT_SEND",
                      "policy": "professional",
                      "policyVersion": "1.0.0",
                      "locale": "de",
                      "findings": [
                        { "rule": "REC-STRANGER", "severity": "BLOCKER",
                          "title": "Empfehlung von Unbekannten",
                          "reason": "Eine Empfehlung bürgt für selbst erlebte Arbeit …",
                          "suggestion": "Nicht senden. Fragen Sie eine Vorgesetzte, einen Kollegen …",
                          "evidence": [ { "start": 0, "end": 41, "text": "Können Sie eine Empfehlung für mich schreiben" } ] }
                      ],
                      "unchecked": []
                    }""");

            assertThat(advice.id()).isEqualTo("echoed when the request had one");
            assertThat(advice.verdict()).isEqualTo(Verdict.DO_NOT_SEND);
            assertThat(advice.locale()).isEqualTo(Locale.GERMAN);
            assertThat(advice.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.rule()).isEqualTo("REC-STRANGER");
                assertThat(finding.severity()).isEqualTo(Severity.BLOCKER);
                assertThat(finding.evidence()).containsExactly(
                        new Evidence(0, 41, "Können Sie eine Empfehlung für mich schreiben"));
            });
        }

        @Test
        void readsTheMinimalAdvice() {
            assertThat(AdviceJson.read(MINIMAL)).isEqualTo(
                    new Advice(null, Verdict.SEND, "p", "1", Locale.ENGLISH, List.of(), List.of(), List.of()));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "\"verdict\":\"SEND\"|\"verdict\":\"send\"|$.verdict: unknown value \"send\" (did you mean \"SEND\"?)",
                "\"verdict\":\"SEND\",|\"verdikt\":\"SEND\",|$.verdikt: unknown field (did you mean \"verdict\"?)",
                "\"verdict\":\"SEND\",||$.verdict: required field is missing",
                "\"policy\":\"p\"|\"policy\":null|$.policy: must not be null",
                "\"findings\":[]|\"findings\":[{}]|$.findings[0].rule: required field is missing",
                "\"findings\":[]|\"findings\":[\"x\"]|$.findings[0]: expected an object, got a string",
                "\"unchecked\":[]|\"unchecked\":[],\"line\":0|$.line: must be at least 1 (was 0)",
                "\"unchecked\":[]|\"unchecked\":[],\"trace\":[{\"rule\":\"R\",\"name\":\"n\"}]|$.trace[0].facts: required field is missing",
        })
        void namesThePathOfWhatIsWrong(String replace, String with, String message) {
            String json = MINIMAL.replace(replace, with == null ? "" : with);

            assertThatThrownBy(() -> AdviceJson.read(json)).isInstanceOf(InvalidRequestException.class).hasMessage(message);
        }

        @Test
        void checksEvidenceSpans() {
            String finding = "{\"rule\":\"R\",\"severity\":\"WARNING\",\"title\":\"t\",\"reason\":\"r\",\"suggestion\":\"s\","
                    + "\"evidence\":[{\"start\":0,\"end\":1,\"text\":\"a\"},%s]}";

            assertThatThrownBy(() -> AdviceJson.read(MINIMAL.replace("\"findings\":[]",
                    "\"findings\":[" + finding.formatted("{\"start\":5,\"end\":2,\"text\":\"x\"}") + "]")))
                    .hasMessage("$.findings[0].evidence[1]: end 2 is before start 5");
            assertThatThrownBy(() -> AdviceJson.read(MINIMAL.replace("\"findings\":[]",
                    "\"findings\":[" + finding.formatted("{\"start\":-1,\"end\":2,\"text\":\"x\"}") + "]")))
                    .hasMessage("$.findings[0].evidence[1].start: must not be negative (was -1)");
        }

        @Test
        void refusesTrailingContentAndDuplicates() {
            assertThatThrownBy(() -> AdviceJson.read(MINIMAL + "\n" + MINIMAL))
                    .hasMessage("$: unexpected content after the advice at line 2, column 1");
            assertThatThrownBy(() -> AdviceJson.read(MINIMAL.replace("{", "{\"policy\":\"q\",")))
                    .hasMessage("$.policy: duplicate field");
        }
    }
}
