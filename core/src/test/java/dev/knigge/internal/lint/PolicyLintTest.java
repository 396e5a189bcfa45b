package dev.knigge.internal.lint;

import static dev.knigge.internal.lint.TestPolicy.RULE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import dev.knigge.policy.PolicyException;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every lint check: a policy that fails it, with the exact problem, and one that passes. */
class PolicyLintTest {
    private static final String SECOND_RULE = """

            rule "T-TWO a message to a stranger"
                @id(T-TWO)
                @severity(ADVICE)
            when
                ReviewRequest( type == RequestType.MESSAGE )
            then
                Findings.raise(kcontext);
            end
            """;

    @TempDir
    Path dir;

    private List<String> lint(TestPolicy policy) {
        return Policy.directory(policy.write()).lint().stream().map(PolicyException.Problem::toString).toList();
    }

    private String at(String file) {
        return dir.resolve("policy").resolve(file).toString();
    }

    private TestPolicy policy() {
        return TestPolicy.in(dir.resolve("policy"));
    }

    @Test
    void aCleanPolicyHasNoProblemsAndLoads() {
        Path folder = policy().write();
        assertThat(Policy.directory(folder).lint()).isEmpty();
        Advisor advisor = Advisor.builder().policy(Policy.directory(folder)).build();
        ReviewRequest request = ReviewRequest.builder(RequestType.CONNECTION)
                .activity(dev.knigge.request.Activity.builder().similarSentLast7Days(5).build()).build();
        assertThat(advisor.review(request).finding("T-ONE").reason()).isEqualTo("More than 3 this week.");
    }

    @Test
    void aBuiltInPolicyIsLintedToo() {
        assertThat(Policy.builtIn("sample").lint()).extracting(Object::toString).containsExactly(
                "sample/policy.properties:8:1: param.mass.sameNote names no parameter that a rule reads"
                        + " or a parent policy defines");
    }

    @Test
    void everyKindOfProblemIsReportedInOneRunAndABuildReportsTheSame() {
        TestPolicy broken = policy().rules(RULE.replace("similarSentLast7Days", "similarSent") + SECOND_RULE)
                .with("lexicon/en.properties", "pitchez=x\n")
                .with("policy.properties", TestPolicy.PROPERTIES + "disabled=T-TWI\n");
        List<String> problems = lint(broken);
        assertThat(problems).as("compile (untrusted check), messages, lexicon and settings, all at once").containsExactly(
                at("lexicon/en.properties") + ":1:1: unknown lexicon key 'pitchez' (did you mean \"pitch\"?)",
                at("policy.properties") + ":5:1: disabled=T-TWI names no rule of the policy (did you mean \"T-TWO\"?)",
                at("rules.drl") + ":12:15: unknown field 'similarSent' on Activity; its fields"
                        + ": acceptanceRate, inMailCredits, pendingInvitations,"
                        + " restricted, sameNoteRecipients, similarSentLast7Days",
                at("rules.drl") + ":17:1: T-TWO has no messages: add T-TWO.title, T-TWO.reason and T-TWO.suggestion"
                        + " to messages_en.properties, messages_de.properties");
        assertThatThrownBy(() -> Advisor.builder().policy(Policy.directory(broken.write())).build())
                .isInstanceOf(PolicyException.class)
                .satisfies(e -> assertThat(((PolicyException) e).problems()).extracting(Object::toString)
                        .containsExactlyElementsOf(problems));
    }

    @Nested
    class Drl {
        @Test
        void anImportOfATypeFromBeforeItMovedSaysWhereItIsNow() {
            String drl = TestPolicy.HEADER.replace("import dev.knigge.request.RequestType;", "import dev.knigge.RequestType;")
                    + TestPolicy.RULE;
            // The constraint that names the type is reported too (issue 15 is about such cascades).
            assertThat(lint(policy().with("rules.drl", drl))).first().isEqualTo(at("rules.drl") + ":3:8: import"
                    + " dev.knigge.RequestType: the class is dev.knigge.request.RequestType now"
                    + " (import dev.knigge.request.RequestType)");
        }

        @Test
        void aSyntaxErrorIsReportedWithItsRealColumn() {
            assertThat(lint(policy().rules(RULE.replace(">= $limit", ">= ")))).containsExactly(at("rules.drl")
                    + ":12:40: no viable alternative at input ')' in rule \"T-ONE a connection request over the limit\"");
        }

        @Test
        void compileErrorsAndMetadataProblemsAreAllReportedAtOnce() {
            TestPolicy policy = policy().rules(RULE.replace("similarSentLast7Days", "similarSent")
                    + SECOND_RULE.replace("    @id(T-TWO)\n", ""));
            List<String> typed = List.of(at("rules.drl") + ":12:15: unknown field 'similarSent' on Activity; its fields"
                            + ": acceptanceRate, inMailCredits, pendingInvitations,"
                            + " restricted, sameNoteRecipients, similarSentLast7Days",
                    at("rules.drl") + ":17:1: rule \"T-TWO a message to a stranger\" has no @id(…); every rule needs one");
            assertThat(Policy.directory(policy.write()).trusted().lint()).as("trusted: typed, the compiler's echo left out")
                    .extracting(Object::toString).isEqualTo(typed);
            assertThat(lint(policy)).as("untrusted, the check finds the field before the compiler").containsExactly(
                    at("rules.drl") + ":12:15: unknown field 'similarSent' on Activity; its fields"
                            + ": acceptanceRate, inMailCredits, pendingInvitations,"
                            + " restricted, sameNoteRecipients, similarSentLast7Days",
                    at("rules.drl") + ":17:1: rule \"T-TWO a message to a stranger\" has no @id(…); every rule needs one");
        }

        @Test
        void aPolicyWithoutRulesIsReported() {
            assertThat(lint(policy().without("rules.drl").with("messages_en.properties", "")
                    .with("messages_de.properties", "").with("policy.properties", "id=clean\nversion=1\n")))
                    .containsExactly(at("policy.properties") + ": the policy has no rules: no .drl file in it or its parents");
        }
    }

    @Nested
    class Metadata {
        @Test
        void aRuleThatReportsWhatItCouldNotJudgeNeedsNoSeverity() {
            assertThat(lint(policy().rules(RULE.replace("    @severity(WARNING)\n", "    @unchecked(recipient-profile)\n"))))
                    .isEmpty();
        }

        @Test
        void anUncheckedRuleTakesNoSeverityAndANameLikeRecipientProfile() {
            assertThat(lint(policy().rules(RULE.replace("    @severity(WARNING)\n",
                    "    @severity(WARNING)\n    @unchecked(recipient-profile)\n")))).singleElement().asString()
                    .contains("has @unchecked(…): it reports what could not be judged and raises no finding, so it takes"
                            + " no @severity or @evidence");
            assertThat(lint(policy().rules(RULE.replace("    @severity(WARNING)\n", "    @unchecked(Profile)\n"))))
                    .singleElement().asString().contains("@unchecked(Profile) is not a name like recipient-profile");
        }

        @Test
        void aRuleWithoutSeverityIsReported() {
            assertThat(lint(policy().rules(RULE.replace("    @severity(WARNING)\n", "")))).containsExactly(at("rules.drl")
                    + ":6:1: rule \"T-ONE a connection request over the limit\" has no @severity(…); use one of"
                    + " [ADVICE, WARNING, BLOCKER] (or @unchecked(…) for a rule that reports what could not be judged)");
        }

        @Test
        void aMalformedIdAndAnUnknownSeverityAreReported() {
            assertThat(lint(policy().rules(RULE.replace("@id(T-ONE)", "@id(t-one)").replace("WARNING", "FATAL"))))
                    .contains(at("rules.drl") + ":6:1: rule \"T-ONE a connection request over the limit\": @id(t-one)"
                                    + " is not a rule id like GEN-VOLUME (upper-case words joined by -)",
                            at("rules.drl") + ":6:1: rule \"T-ONE a connection request over the limit\": @severity(FATAL)"
                                    + " is not one of [ADVICE, WARNING, BLOCKER]");
        }

        @Test
        void aMetadataKeyTheEngineRenamesIsReported() {
            TestPolicy policy = policy().rules(RULE.replace("@id(T-ONE)", "@id(T-ONE)\n    @label(\"limit\")"));
            assertThat(Policy.directory(policy.write()).trusted().lint()).extracting(Object::toString)
                    .containsExactly(at("rules.drl") + ":6:1: rule \"T-ONE a connection request over the limit\":"
                            + " metadata key @label is renamed by the engine; use another name");
        }
    }

    @Nested
    class Messages {
        @Test
        void aRuleWithoutAMessageInADeclaredLocaleIsReportedAtTheRule() {
            assertThat(lint(policy().with("messages_de.properties",
                    "T-ONE.title=Über der Grenze\nT-ONE.reason=Mehr als {limit} diese Woche.\n"))).containsExactly(
                    at("rules.drl") + ":6:1: T-ONE has no suggestion for locale de"
                            + " (add T-ONE.suggestion to messages_de.properties)");
        }

        @Test
        void aDeclaredLocaleWithoutABundleMissesEveryMessage() {
            assertThat(lint(policy().without("messages_de.properties"))).containsExactly(
                    at("rules.drl") + ":6:1: T-ONE has no title for locale de (add T-ONE.title to messages_de.properties)",
                    at("rules.drl") + ":6:1: T-ONE has no reason for locale de (add T-ONE.reason to messages_de.properties)",
                    at("rules.drl") + ":6:1: T-ONE has no suggestion for locale de"
                            + " (add T-ONE.suggestion to messages_de.properties)");
        }

        @Test
        void aChildMayRelyOnItsParentsMessages() {
            policy().write();
            Path child = TestPolicy.in(dir.resolve("child"))
                    .with("policy.properties", "id=child\nversion=1\nextends=../policy\n")
                    .rules(SECOND_RULE)
                    .with("messages_en.properties", "T-TWO.title=Stranger\nT-TWO.reason=R.\nT-TWO.suggestion=S.\n"
                            + "T-ONE.title=Over ACME's limit\n")
                    .with("messages_de.properties", "T-TWO.title=Fremd\nT-TWO.reason=G.\nT-TWO.suggestion=V.\n")
                    .write();
            assertThat(Policy.directory(child).lint()).isEmpty();
        }

        @Test
        void aMessageKeyThatBelongsToNoRuleIsReported() {
            assertThat(lint(policy().with("messages_en.properties", TestPolicy.MESSAGES_EN + "T-ONF.title=Typo\n")))
                    .containsExactly(at("messages_en.properties")
                            + ":4:1: message key T-ONF.title belongs to no rule (did you mean \"T-ONE\"?)");
        }

        @Test
        void aMalformedMessageKeyIsReported() {
            assertThat(lint(policy().with("messages_en.properties", TestPolicy.MESSAGES_EN + "T-ONE.hint=Psst\n")))
                    .containsExactly(at("messages_en.properties")
                            + ":4:1: message key 'T-ONE.hint' is not <RULE-ID>.title, .reason or .suggestion, or one of"
                            + " those with a platform (.LINKEDIN, .XING, .GENERIC)");
        }

        @Test
        void aPlatformVariantIsAKeyOfItsRule() {
            assertThat(lint(policy().with("messages_en.properties", TestPolicy.MESSAGES_EN
                    + "T-ONE.reason.XING=Too long for XING.\n"))).isEmpty();
            assertThat(lint(policy().with("messages_en.properties", TestPolicy.MESSAGES_EN
                    + "T-ONE.reason.MYSPACE=Too long.\n"))).singleElement().asString()
                    .contains("message key 'T-ONE.reason.MYSPACE' is not <RULE-ID>.title");
        }

        @Test
        void aSectionNameMustBeFilledLikeAnyPlaceholder() {
            assertThat(lint(policy().with("messages_en.properties", TestPolicy.MESSAGES_EN.replace(
                    "T-ONE.suggestion=", "T-ONE.suggestion={mutual?Name a mutual contact. }"))))
                    .singleElement().asString().contains("placeholder {mutual} in T-ONE.suggestion is never filled");
        }
    }

    @Nested
    class Placeholders {
        @Test
        void aPlaceholderNoRuleFillsIsReported() {
            assertThat(lint(policy().with("messages_en.properties",
                    TestPolicy.MESSAGES_EN.replace("{limit} this week", "{limit} this week ({sent} sent)"))))
                    .containsExactly(at("messages_en.properties")
                            + ":2:1: placeholder {sent} in T-ONE.reason is never filled: the rules of T-ONE pass limit");
        }

        @Test
        void aPlaceholderThatAnotherTierOfTheIdFillsIsFine() {
            String blocker = RULE.replace("WARNING", "BLOCKER").replace("over the limit", "far over the limit")
                    .replace("\"limit\", $limit", "\"limit\", $limit, \"sent\", $limit");
            assertThat(lint(policy().rules(RULE + "\n" + blocker).with("messages_en.properties",
                    TestPolicy.MESSAGES_EN.replace("{limit} this week", "{limit} this week ({sent} sent)")))).isEmpty();
        }

        @Test
        void findingsRaiseWithANameButNoValueIsReported() {
            assertThat(lint(policy().rules(RULE.replace("\"limit\", $limit", "\"limit\"")))).containsExactly(
                    at("rules.drl") + ":14:30: Findings.raise takes placeholder names and values in pairs,"
                            + " and \"limit\" has no value");
        }
    }

    @Nested
    class Settings {
        @Test
        void settingsThatNameNoRuleAreReported() {
            assertThat(lint(policy().with("policy.properties", TestPolicy.PROPERTIES
                    + "severity.T-ONF=ADVICE\ndisabled=T-TWO\nenabled=T-THREE\n"))).containsExactly(
                    at("policy.properties") + ":5:1: severity.T-ONF names no rule of the policy (did you mean \"T-ONE\"?)",
                    at("policy.properties") + ":6:1: disabled=T-TWO names no rule of the policy",
                    at("policy.properties") + ":7:1: enabled=T-THREE names no rule of the policy");
        }

        @Test
        void ruleIdsSeparatedByCommasNeedNothingMore() {
            assertThat(lint(twoRules("disabled=T-ONE, T-TWO\nenabled = T-ONE ,T-TWO\n"))).containsExactly(
                    at("policy.properties") + ":6:1: T-ONE is both disabled and enabled in the same policy",
                    at("policy.properties") + ":6:1: T-TWO is both disabled and enabled in the same policy");
            assertThat(lint(twoRules("disabled=T-ONE,T-TWO\n"))).isEmpty();
        }

        @Test
        void ruleIdsSeparatedBySemicolonsAreOneProblemThatShowsTheCommas() {
            assertThat(lint(twoRules("disabled=T-ONE;T-TWO\n"))).containsExactly(at("policy.properties")
                    + ":5:1: disabled= separates rule ids with commas, not ';': write disabled=T-ONE, T-TWO");
        }

        @Test
        void ruleIdsSeparatedBySpacesAreOneProblemThatShowsTheCommas() {
            assertThat(lint(twoRules("enabled=T-ONE T-TWO\n"))).containsExactly(at("policy.properties")
                    + ":5:1: enabled= separates rule ids with commas, not spaces: write enabled=T-ONE, T-TWO");
        }

        /** The test policy with a second rule, its messages, and these lines added to policy.properties. */
        private TestPolicy twoRules(String settings) {
            String two = "T-TWO.title=Two\nT-TWO.reason=Two.\nT-TWO.suggestion=Two.\n";
            return policy().rules(RULE + SECOND_RULE).with("policy.properties", TestPolicy.PROPERTIES + settings)
                    .with("messages_en.properties", TestPolicy.MESSAGES_EN + two)
                    .with("messages_de.properties", TestPolicy.MESSAGES_DE + two);
        }

        @Test
        void aParameterNoRuleReadsIsReported() {
            assertThat(lint(policy().with("policy.properties", TestPolicy.PROPERTIES + "param.limt=4\n")))
                    .containsExactly(at("policy.properties") + ":5:1: param.limt names no parameter that a rule reads"
                            + " or a parent policy defines (did you mean \"limit\"?)");
        }

        @Test
        void aParameterARuleReadsButNoLayerDefinesIsReportedWhereItIsRead() {
            assertThat(lint(policy().rules(RULE.replace("integer(\"limit\")", "integer(\"limt\")")))).containsExactly(
                    at("policy.properties") + ":4:1: param.limit names no parameter that a rule reads"
                            + " or a parent policy defines (did you mean \"limt\"?)",
                    at("rules.drl") + ":11:34: reads parameter 'limt', which the policy does not define"
                            + " (did you mean \"limit\"?); add param.limt=… to policy.properties");
        }

        @Test
        void aWeeklyCapThePolicyDoesNotDefineIsReported() {
            assertThat(lint(policy().rules(RULE.replace("integer(\"limit\")",
                    "integer(\"limit\"), $cap : weeklyCap(RequestType.INMAIL)")))).containsExactly(
                    at("rules.drl") + ":11:51: reads parameter 'cap.weekly.INMAIL', which the policy does not define;"
                            + " add param.cap.weekly.INMAIL=… to policy.properties");
        }

        @Test
        void aChildMayOverrideWhatItsParentDefines() {
            policy().write();
            Path child = TestPolicy.in(dir.resolve("child"))
                    .with("policy.properties", "id=child\nversion=1\nextends=../policy\nparam.limit=5\n"
                            + "severity.T-ONE=BLOCKER\ndisabled=T-ONE\n")
                    .without("rules.drl").with("messages_en.properties", "").with("messages_de.properties", "")
                    .write();
            assertThat(Policy.directory(child).lint()).isEmpty();
        }
    }

    @Nested
    class Extends {
        @Test
        void extendsThatNamesNoPolicyIsReported() {
            assertThat(lint(policy().with("policy.properties", TestPolicy.PROPERTIES + "extends=professionl\n")))
                    .containsExactly(at("policy.properties") + ":5:9: extends names no built-in policy 'professionl'"
                            + " (built-in: faulty, sample, terse; write ./professionl for a folder)");
        }

        @Test
        void extendsThatNearlyNamesABuiltInPolicyGetsADidYouMeanAtItsValue() {
            assertThat(lint(policy().with("policy.properties", TestPolicy.PROPERTIES + "  extends = sampel\n")))
                    .containsExactly(at("policy.properties") + ":5:13: extends names no built-in policy 'sampel'"
                            + " (did you mean \"sample\"?) (built-in: faulty, sample, terse; write ./sampel for a folder)");
        }

        @Test
        void extendsThatFormsACycleIsReported() throws Exception {
            Path cycle = Path.of(getClass().getResource("/policies/cycle-a/policy.properties").toURI()).getParent();
            List<String> problems = Policy.directory(cycle).lint().stream().map(Object::toString).toList();
            assertThat(problems).containsExactly(
                    cycle.resolve("policy.properties") + ": the policy has no rules: no .drl file in it or its parents",
                    cycle.resolve("../cycle-b/policy.properties").normalize()
                    + ":3:1: extends forms a cycle: " + cycle + " -> " + cycle.resolveSibling("cycle-b") + " -> " + cycle);
        }

        @Test
        void aParentOnDiskIsCheckedToo() {
            policy().with("messages_en.properties", TestPolicy.MESSAGES_EN + "T-ONF.title=Typo\n").write();
            Path child = TestPolicy.in(dir.resolve("child"))
                    .with("policy.properties", "id=child\nversion=1\nextends=../policy\n")
                    .without("rules.drl").with("messages_en.properties", "").with("messages_de.properties", "")
                    .write();
            assertThat(Policy.directory(child).lint()).extracting(Object::toString).containsExactly(
                    at("messages_en.properties") + ":4:1: message key T-ONF.title belongs to no rule"
                            + " (did you mean \"T-ONE\"?)");
        }
    }

    @Nested
    class Lexicons {
        @Test
        void anUnknownKeyAndABadRegularExpressionAreReported() {
            assertThat(lint(policy().with("lexicon/en.properties", "pitch=demo|re:(unclosed\npitchez=x\n")))
                    .containsExactly(
                            at("lexicon/en.properties") + ":1:1: lexicon 'pitch': regular expression (unclosed does not"
                                    + " compile: missing closing )",
                            at("lexicon/en.properties") + ":2:1: unknown lexicon key 'pitchez' (did you mean \"pitch\"?)");
        }

        @Test
        void aConstructThatRe2jDoesNotHaveIsReportedWithWhatToWriteInstead() {
            assertThat(lint(policy().with("lexicon/en.properties", "pitch=demo|re:(?<![a-z])demo\n")))
                    .containsExactly(at("lexicon/en.properties") + ":1:1: lexicon 'pitch': regular expression"
                            + " (?<![a-z])demo uses negative lookbehind (?<!…), which RE2/J (the linear-time engine"
                            + " lexicons run on) does not have; match the character before with [^…] or use \\b");
        }

        @Test
        void aRegularExpressionThatWouldBacktrackInJavaIsFineBecauseRe2jCannotBacktrack() {
            assertThat(lint(policy().with("lexicon/en.properties", "pitch=demo|re:(\\\\w+\\\\s?)*$|re:\\\\w+\\\\w+x\n")))
                    .isEmpty();
        }

        @Test
        void boundedRegularExpressionsAreFine() {
            assertThat(lint(policy().with("lexicon/en.properties",
                    "specifics=re:\\\\b(19|20)\\\\d{2}\\\\b|re:[^.?!]{0,80}\\\\?\n"))).isEmpty();
        }
    }
}
