package dev.knigge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.knigge.policy.PolicyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy with problems reports each as file:line:column and never yields an Advisor. */
class PolicyErrorsTest {
    private static final String HEADER = "package test;\n\nimport dev.knigge.request.RequestType;\n"
            + "import dev.knigge.authoring.*; import dev.knigge.request.ReviewRequest; import dev.knigge.request.Relationship;"
            + " import dev.knigge.request.Recipient;\n\n";
    private static final String MESSAGES = "T-ONE.title=One\nT-ONE.reason=Reason.\nT-ONE.suggestion=Suggestion.\n";

    @TempDir
    Path dir;

    private List<PolicyException.Problem> problems(String drl) throws IOException {
        Files.writeString(dir.resolve("policy.properties"), "id=broken\nversion=1\n");
        Files.writeString(dir.resolve("rules.drl"), HEADER + drl);
        Files.writeString(dir.resolve("messages_en.properties"), MESSAGES);
        PolicyException e = assertThrows(PolicyException.class,
                () -> Advisor.builder().policy(Policy.directory(dir)).build());
        return e.problems();
    }

    private String file() {
        return dir.resolve("rules.drl").toString();
    }

    @Nested
    class InDrl {
        @Test
        void aSyntaxErrorNamesItsLineAndColumn() throws IOException {
            List<PolicyException.Problem> problems = problems(
                    "rule \"T-ONE broken\"\n    @id(T-ONE)\n    @severity(ADVICE)\nwhen\n    Relationship( degree == )\nthen\n    Findings.raise(kcontext);\nend\n");
            assertThat(problems).isNotEmpty();
            PolicyException.Problem first = problems.get(0);
            assertThat(first.file()).isEqualTo(file());
            assertThat(first.line()).isEqualTo(10);
            assertThat(first.column()).as("the closing parenthesis").isEqualTo(29);
            assertThat(first.toString()).startsWith(file() + ":10:29: ");
        }

        @Test
        void anUnknownFieldNamesTheFactAndTheFieldItMeant() throws IOException {
            List<PolicyException.Problem> problems = problems(
                    "rule \"T-ONE unknown field\"\n    @id(T-ONE)\n    @severity(ADVICE)\nwhen\n    Relationship( mutalContacts > 0 )\nthen\n    Findings.raise(kcontext);\nend\n");
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).toString()).isEqualTo(file()
                    + ":10:19: unknown field 'mutalContacts' on Relationship (did you mean \"mutualContacts\"?)");
        }

        @Test
        void anErrorInTheConsequencePointsIntoTheConsequence() throws IOException {
            List<PolicyException.Problem> problems = problems(
                    "rule \"T-ONE bad consequence\"\n    @id(T-ONE)\n    @severity(ADVICE)\nwhen\n    Relationship( $d : degree )\nthen\n    Findings.raise(kcontext, \"d\", $undefined);\nend\n");
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).line()).isEqualTo(12);
            assertThat(problems.get(0).column()).isEqualTo(35);
            assertThat(problems.get(0).message()).contains("$undefined");
        }

        @Test
        void everyProblemOfEveryRuleIsReportedAtOnce() throws IOException {
            List<PolicyException.Problem> problems = problems(
                    "rule \"T-ONE first\"\n    @id(T-ONE)\n    @severity(ADVICE)\nwhen\n    Relationship( mutalContacts > 0 )\nthen\n    Findings.raise(kcontext);\nend\n\n"
                            + "rule \"T-ONE second\"\n    @id(T-ONE)\n    @severity(ADVICE)\nwhen\n    Recipient( industy == \"it\" )\nthen\n    Findings.raise(kcontext);\nend\n");
            assertThat(problems).extracting(PolicyException.Problem::line).containsExactly(10, 19);
            assertThat(problems.get(1).message()).isEqualTo("unknown field 'industy' on Recipient (did you mean \"industry\"?)");
        }
    }

    @Nested
    class InMetadata {
        @Test
        void aRuleWithoutIdOrSeverityIsRejected() throws IOException {
            List<PolicyException.Problem> problems = problems(
                    "rule \"no metadata\"\nwhen\n    ReviewRequest()\nthen\n    Findings.raise(kcontext);\nend\n");
            assertThat(problems).extracting(PolicyException.Problem::message).containsSubsequence(
                    "rule \"no metadata\" has no @id(…); every rule needs one",
                    "rule \"no metadata\" has no @severity(…); use one of [ADVICE, WARNING, BLOCKER] (or @unchecked(…) for"
                            + " a rule that reports what could not be judged)");
            assertThat(problems).filteredOn(p -> p.message().startsWith("rule "))
                    .extracting(PolicyException.Problem::line).containsOnly(6);
        }

        @Test
        void aMalformedIdAndAnUnknownSeverityAreRejected() throws IOException {
            List<PolicyException.Problem> problems = problems(
                    "rule \"bad metadata\"\n    @id(lower-case)\n    @severity(FATAL)\nwhen\n    ReviewRequest()\nthen\n    Findings.raise(kcontext);\nend\n");
            assertThat(problems).extracting(PolicyException.Problem::message).containsSubsequence(
                    "rule \"bad metadata\": @id(lower-case) is not a rule id like GEN-VOLUME (upper-case words joined by -)",
                    "rule \"bad metadata\": @severity(FATAL) is not one of [ADVICE, WARNING, BLOCKER]");
        }

        @Test
        void metadataKeysTheEngineRenamesAreRejected() throws IOException {
            List<PolicyException.Problem> problems = problems(
                    "rule \"T-ONE renamed\"\n    @id(T-ONE)\n    @severity(ADVICE)\n    @description(\"x\")\nwhen\n    ReviewRequest()\nthen\n    Findings.raise(kcontext);\nend\n");
            assertThat(problems).extracting(PolicyException.Problem::message).containsExactly(
                    "rule \"T-ONE renamed\": metadata key @description is renamed by the engine; use another name",
                    "the metadata @description is not allowed in a policy from disk; a rule carries @id, @severity,"
                            + " @evidence and @unchecked, each with a plain value such as @id(ACME-ONE)");
        }

        @Test
        void evidenceMustNameANoteFact() throws IOException {
            List<PolicyException.Problem> problems = problems(
                    "rule \"T-ONE evidence\"\n    @id(T-ONE)\n    @severity(ADVICE)\n    @evidence(containsPtch)\nwhen\n    ReviewRequest()\nthen\n    Findings.raise(kcontext);\nend\n");
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).message()).startsWith(
                    "rule \"T-ONE evidence\": @evidence(containsPtch) names no note fact (did you mean \"containsPitch\"?)");
        }
    }

    @Nested
    class InProperties {
        @Test
        void unknownKeysBadNumbersAndBadSeveritiesAreEachReportedOnTheirLine() throws IOException {
            Files.writeString(dir.resolve("policy.properties"),
                    "id=broken\nversion=1\nparam.cap=lots\nseverity.T-ONE=FATAL\nextend=professional\n");
            Files.writeString(dir.resolve("messages_en.properties"), MESSAGES);
            Files.writeString(dir.resolve("rules.drl"), HEADER
                    + "rule \"T-ONE fine\"\n    @id(T-ONE)\n    @severity(ADVICE)\nwhen\n    ReviewRequest()\nthen\n    Findings.raise(kcontext);\nend\n");
            PolicyException e = assertThrows(PolicyException.class,
                    () -> Advisor.builder().policy(Policy.directory(dir)).build());
            String origin = dir.resolve("policy.properties").toString();
            assertThat(e.problems()).extracting(Object::toString).containsExactly(
                    origin + ":3:1: parameter 'cap' must be a number, not 'lots'",
                    origin + ":3:1: param.cap names no parameter that a rule reads or a parent policy defines",
                    origin + ":4:1: severity of T-ONE must be one of [ADVICE, WARNING, BLOCKER], not 'FATAL'",
                    origin + ":5:1: unknown key 'extend' (did you mean \"extends\"?)");
        }

        @Test
        void aMissingIdAndVersionAreReported() throws IOException {
            Files.writeString(dir.resolve("policy.properties"), "description=nothing else\n");
            PolicyException e = assertThrows(PolicyException.class,
                    () -> Advisor.builder().policy(Policy.directory(dir)).build());
            assertThat(e.problems()).extracting(PolicyException.Problem::message)
                    .containsExactly("missing id=", "missing version=", "the policy has no rules: no .drl file in it or its parents");
        }

        @Test
        void settingsThatNameNoRuleAreReported() throws IOException {
            Files.writeString(dir.resolve("policy.properties"),
                    "id=broken\nversion=1\nseverity.T-TWO=ADVICE\ndisabled=T-ONE,T-THREE\n");
            Files.writeString(dir.resolve("messages_en.properties"), MESSAGES);
            Files.writeString(dir.resolve("rules.drl"), HEADER
                    + "rule \"T-ONE fine\"\n    @id(T-ONE)\n    @severity(ADVICE)\nwhen\n    ReviewRequest()\nthen\n    Findings.raise(kcontext);\nend\n");
            PolicyException e = assertThrows(PolicyException.class,
                    () -> Advisor.builder().policy(Policy.directory(dir)).build());
            assertThat(e.problems()).extracting(PolicyException.Problem::line).containsExactly(3, 4);
            assertThat(e.problems().get(1).message()).isEqualTo("disabled=T-THREE names no rule of the policy");
        }

        @Test
        void aMissingFolderIsReported() {
            PolicyException e = assertThrows(PolicyException.class,
                    () -> Advisor.builder().policy(Policy.directory(dir.resolve("nope"))).build());
            assertThat(e.problems()).extracting(Object::toString).containsExactly(dir.resolve("nope") + ": no such folder");
        }

        @Test
        void anUnknownBuiltInPolicyIsReportedWithTheKnownOnes() {
            PolicyException e = assertThrows(PolicyException.class,
                    () -> Advisor.builder().policy(Policy.builtIn("nope")).build());
            assertThat(e.getMessage()).contains("no built-in policy 'nope' on the classpath (built-in policies: faulty, sample, terse)");
        }

        @Test
        void aNearMissOfABuiltInPolicyGetsADidYouMean() {
            PolicyException e = assertThrows(PolicyException.class,
                    () -> Advisor.builder().policy(Policy.builtIn("sampel")).build());
            assertThat(e.problems()).extracting(Object::toString).containsExactly("sampel: no built-in policy 'sampel' on"
                    + " the classpath (did you mean \"sample\"? built-in policies: faulty, sample, terse)");
        }

        @Test
        void aBadLexiconIsReportedOnItsLine() throws IOException {
            Files.writeString(dir.resolve("policy.properties"), "id=broken\nversion=1\n");
            Files.writeString(dir.resolve("rules.drl"), HEADER
                    + "rule \"T-ONE fine\"\n    @id(T-ONE)\n    @severity(ADVICE)\nwhen\n    ReviewRequest()\nthen\n    Findings.raise(kcontext);\nend\n");
            Files.writeString(dir.resolve("messages_en.properties"), MESSAGES);
            Files.createDirectories(dir.resolve("lexicon"));
            Files.writeString(dir.resolve("lexicon/en.properties"), "pitch=demo|re:(unclosed\npitchez=x\n");
            PolicyException e = assertThrows(PolicyException.class,
                    () -> Advisor.builder().policy(Policy.directory(dir)).build());
            String origin = dir.resolve("lexicon/en.properties").toString();
            assertThat(e.problems()).extracting(Object::toString).containsExactlyInAnyOrder(
                    origin + ":1:1: lexicon 'pitch': regular expression (unclosed does not compile: missing closing )",
                    origin + ":2:1: unknown lexicon key 'pitchez' (did you mean \"pitch\"?)");
        }
    }
}
