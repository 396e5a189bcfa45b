package dev.knigge.internal.lint;

import static dev.knigge.internal.lint.TestPolicy.RULE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Policy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lint types every constraint against the fact model, in untrusted and trusted DRL alike: each
 * mistake an author made that compiled and then inverted a rule or broke reviews is one problem at
 * the place it is written, with the type expected and the spelling that works.
 */
class TypedLintTest {
    private static final String ACTIVITY = "Activity( similarSentLast7Days >= $limit )";
    private static final String ENUMS = "RequestType has no constant GROUP_INVITES (did you mean \"GROUP_INVITE\"?);"
            + " its constants: CONNECTION, MESSAGE, INMAIL, RECOMMENDATION, ENDORSEMENT, INTRODUCTION, GROUP_INVITE,"
            + " DISCUSSION_INVITE";

    @TempDir
    Path dir;

    /** The problems of the test policy with {@code Activity( … )} replaced, linted untrusted and then trusted. */
    private List<List<String>> lint(String conditions) {
        Path folder = TestPolicy.in(dir).rules(RULE.replace(ACTIVITY, conditions)).write();
        return List.of(problems(Policy.directory(folder)), problems(Policy.directory(folder).trusted()));
    }

    private static List<String> problems(Policy policy) {
        return policy.lint().stream().map(Object::toString).toList();
    }

    /** The same problems, untrusted and trusted. */
    private void both(String conditions, String... expected) {
        List<List<String>> found = lint(conditions);
        assertThat(found.get(0)).as("untrusted").containsExactly(expected);
        assertThat(found.get(1)).as("trusted").containsExactly(expected);
    }

    private String at(String position) {
        return dir.resolve("rules.drl") + ":" + position + ": ";
    }

    @Nested
    class Comparisons {
        @Test
        void aBooleanComparedWithTextSaysToCompareWithTrueOrFalse() {
            both("Requester( recruiter == \"yes\" )", at("12:29") + "'==' compares a boolean with text: recruiter is"
                    + " true or false, and \"yes\" is text; write recruiter == true or recruiter == false");
        }

        @Test
        void aNumberComparedWithAWordSaysToCompareWithANumber() {
            both("Relationship( degree == \"zero\" )", at("12:29") + "'==' compares a number with text: degree is a"
                    + " number, and \"zero\" is text; compare it with a number, as in degree == 3");
        }

        @Test
        void aNumberWrittenInQuotesSaysToDropTheQuotes() {
            both("Relationship( degree == \"3\" )\n    Group( posts < \"20\" )",
                    at("12:29") + "'==' compares a number with text: degree is a number, and \"3\" is text; write the"
                            + " number without quotes: degree == 3",
                    at("13:20") + "'<' compares numbers, not a number with text: posts is a number, and \"20\" is text;"
                            + " write the number without quotes: posts < 20");
        }

        @Test
        void anEnumComparedWithItsNameInQuotesSaysWhichConstant() {
            both("ReviewRequest( type == \"INMAIL\" )", at("12:28") + "'==' compares RequestType with text: type is a"
                    + " RequestType, and \"INMAIL\" is text; write type == RequestType.INMAIL");
        }

        @Test
        void valuesOfTheirOwnTypeAreFine() {
            assertThat(lint("Requester( recruiter == true )\n    Relationship( degree == 3, mutualContacts < 20 )\n"
                    + "    Group( posts != null && posts < 20 )\n    ReviewRequest( type == RequestType.INMAIL )"))
                    .containsExactly(List.of(), List.of());
        }
    }

    @Nested
    class EnumConstants {
        @Test
        void anUnknownConstantIsOneProblemWhereItIsWrittenWithTheConstants() {
            both("ReviewRequest( type == RequestType.GROUP_INVITES )", at("12:40") + ENUMS);
        }

        @Test
        void inTrustedDrlTheCompilersEchoesOfItAreLeftOut() {
            Path folder = TestPolicy.in(dir).rules(RULE.replace(ACTIVITY,
                    "ReviewRequest( type == RequestType.GROUP_INVITES )")).write();
            assertThat(problems(Policy.directory(folder).trusted())).singleElement().asString().endsWith(ENUMS);
        }
    }

    @Nested
    class FieldsThatMayBeNull {
        @Test
        void negatingOneSaysHowToStaySilentWhenItIsNotKnown() {
            both("Note( !specifics )", at("12:11") + "'specifics' may be null (not known), and !specifics then fails"
                    + " the review; write specifics == false, which holds only when it is known to be false");
        }

        @Test
        void oneStandingAloneSaysHowToStaySilentWhenItIsNotKnown() {
            both("Derived( personalized )", at("12:14") + "'personalized' may be null (not known), and a constraint on"
                    + " it alone then fails the review; write personalized == true, which holds only when it is known"
                    + " to be true");
        }

        @Test
        void comparedWithTrueOrFalseTheyAreFineAndSoAreBooleansThatAreAlwaysKnown() {
            assertThat(lint("Note( specifics == false, statesPurpose != true )\n    Derived( personalized == true )\n"
                    + "    Derived( stranger, !acquainted )\n    Note( !present )")).containsExactly(List.of(), List.of());
        }

        @Test
        void aDerivedFieldWrittenOnTheWrongFactIsShownInItsSafeSpelling() {
            both("Note( personalized == false )", at("12:11") + "unknown field 'personalized' on Note; personalized is"
                    + " on Derived, as in Derived( personalized == true )");
        }
    }

    @Test
    void aMisspelledParametersAccessorIsOneProblemWithTheAccessors() {
        both("Parameters( integr(\"limit\") > 2 )", at("12:17") + "Parameters has no accessor integr(…) (did you mean"
                + " \"integer\"?); its accessors: decimal(…), has(…), integer(…), weeklyCap(…)");
    }

    @Test
    void trustedDrlOutsideTheUntrustedLanguageIsLeftToTheCompilerUntyped() {
        Path folder = TestPolicy.in(dir).rules("global java.util.List seen;\n\n" + RULE.replace(ACTIVITY,
                "Activity( similarSentLast7Days >= $limit, String.valueOf(similarSentLast7Days).length() > 0,"
                        + " seen != null, this != null )\n    eval( $limit > 0 )")).write();
        assertThat(problems(Policy.directory(folder).trusted())).isEmpty();
        assertThat(problems(Policy.directory(folder))).isNotEmpty();
    }
}
