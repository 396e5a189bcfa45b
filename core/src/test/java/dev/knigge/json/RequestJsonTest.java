package dev.knigge.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.knigge.internal.json.Json;
import dev.knigge.internal.json.RequestDecoder;
import dev.knigge.request.Account;
import dev.knigge.request.Activity;
import dev.knigge.request.AddressForm;
import dev.knigge.request.Group;
import dev.knigge.request.InvalidRequestException;
import dev.knigge.request.Platform;
import dev.knigge.request.Recipient;
import dev.knigge.request.Relationship;
import dev.knigge.request.RequestType;
import dev.knigge.request.Requester;
import dev.knigge.request.ReviewRequest;
import dev.knigge.request.SenderAnswers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestJsonTest {

    static String resource(String name) {
        try (InputStream in = RequestJsonTest.class.getResourceAsStream("/json/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The problem's full message, path included, for a document that must be refused. */
    static String errorOf(String json) {
        try {
            RequestJson.read(json);
        } catch (InvalidRequestException e) {
            assertThat(e.getMessage()).isEqualTo(e.path() + ": " + e.problem());
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + json);
    }

    static String repeat(char c, int n) {
        return String.valueOf(c).repeat(n);
    }

    static String strings(int count, String value) {
        return "[" + String.join(",", Collections.nCopies(count, "\"" + value + "\"")) + "]";
    }

    @Nested
    class EveryField {

        @Test
        void readsTheDesignsFilledInExample() {
            ReviewRequest request = RequestJson.read(resource("recommendation-de.json"));

            assertThat(request.id()).isEqualTo("optional caller id, echoed in the advice");
            assertThat(request.type()).isEqualTo(RequestType.RECOMMENDATION);
            assertThat(request.platform()).isEqualTo(Platform.LINKEDIN);
            assertThat(request.language()).isEqualTo("de");
            assertThat(request.note()).isEqualTo("Hallo Herr Krause, könnten Sie mir bitte eine Empfehlung schreiben? B.M.");
            assertThat(request.subject()).isNull();
            assertThat(request.topics()).containsExactly("project-management");
            assertThat(request.skill()).isNull();
            assertThat(request.requester()).isEqualTo(Requester.builder().name("B. M.").headline("Projektmanagerin")
                    .hasPhoto(true).account(Account.FREE).recruiter(false).build());
            assertThat(request.recipient()).isEqualTo(Recipient.builder().firstName("Stefan").lastName("Krause")
                    .country("DE").languages("de", "en").industry("it-consulting").interests("usability", "web")
                    .acceptsInMail(true).acceptsGroupInvites(true).build());
            assertThat(request.recipient().title()).isNull();
            assertThat(request.recipient().groups()).isEmpty();
            assertThat(request.relationship()).isEqualTo(Relationship.builder().degree(2).mutualContacts(2).build());
            assertThat(request.relationship().connectedDays()).isNull();
            assertThat(request.relationship().withdrawnDaysAgo()).isNull();
            assertThat(request.activity().similarSentLast7Days()).isZero();
            assertThat(request.activity().sameNoteRecipients()).isEqualTo(1);
            assertThat(request.activity().acceptanceRate()).isNull();
            assertThat(request.activity().inMailCredits()).isNull();
            assertThat(request.group()).isEqualTo(Group.builder().name("Agile Coaching DACH").topics("agile").posts(300)
                    .requesterIsMember(true).recipientIsMember(false).build());
            assertThat(request.declared()).isEqualTo(SenderAnswers.NOTHING);
        }

        @Test
        void readsEveryFieldSetAwayFromItsDefault() {
            ReviewRequest request = RequestJson.read(resource("every-field-set.json"));

            ReviewRequest expected = ReviewRequest.builder(RequestType.INMAIL)
                    .id("campaign-7/42")
                    .platform(Platform.XING)
                    .language("de-AT")
                    .note("Grüß Gott Frau Dr. Hofer, wir haben uns auf der Agile Austria 2023 über Kanban in Behörden unterhalten. 👋")
                    .subject("Kanban in Behörden – Ihr Vortrag")
                    .topics("kanban", "public-sector")
                    .skill("Kanban")
                    .requester(Requester.builder().name("Jonas Weber").headline("Agile Coach").company("Kanban Werk GmbH")
                            .hasPhoto(false).account(Account.PREMIUM).recruiter(true).build())
                    .recipient(Recipient.builder().firstName("Maria").lastName("Hofer").title("Dr.").country("AT")
                            .languages("de").industry("government").interests("kanban", "lean").groups("Agile Austria")
                            .acceptsInMail(false).acceptsGroupInvites(false).build())
                    .relationship(Relationship.builder().degree(3).knowEachOther(true).workedTogether(true)
                            .interactions(4).mutualContacts(12).sharedGroups(2).connectedDays(30).lastContactMonths(5)
                            .addressForm(AddressForm.SIE).optedOut(true).unansweredSameType(1)
                            .daysSinceLastSameType(9).withdrawnDaysAgo(60).build())
                    .activity(Activity.builder().similarSentLast7Days(14).sameNoteRecipients(3).pendingInvitations(250)
                            .acceptanceRate(0.35).restricted(true).inMailCredits(7).build())
                    .group(Group.builder().name("Kanban DACH").topics("kanban").posts(1200).requesterIsMember(false)
                            .recipientIsMember(true).lastInviteDaysAgo(3).build())
                    .declared(SenderAnswers.builder().statesPurpose(true).statesContext(true).containsPitch(false)
                            .bigAsk(false).specifics(true).givesOut(true).offersReciprocity(false).saysWhyFits(true)
                            .asksIntermediaryToCheck(false).build())
                    .build();
            assertThat(request).isEqualTo(expected);
        }

        @Test
        void readsFieldsInAnyOrderWithTheTypeLast() {
            ReviewRequest request = RequestJson.read("{\"platform\": \"XING\", \"note\": \"Hi\", \"type\": \"MESSAGE\"}");

            assertThat(request.type()).isEqualTo(RequestType.MESSAGE);
            assertThat(request.platform()).isEqualTo(Platform.XING);
            assertThat(request.note()).isEqualTo("Hi");
        }

        @Test
        void readsAShareGivenAsAWholeNumber() {
            assertThat(RequestJson.read("{\"type\": \"CONNECTION\", \"activity\": {\"acceptanceRate\": 1}}")
                    .activity().acceptanceRate()).isEqualTo(1.0);
        }
    }

    @Nested
    class Defaults {

        @Test
        void aRequestWithOnlyATypeHasEveryDefaultOfTheFormat() {
            ReviewRequest request = RequestJson.read("{\"type\": \"CONNECTION\"}");

            assertThat(request.id()).isNull();
            assertThat(request.platform()).isEqualTo(Platform.GENERIC);
            assertThat(request.language()).isNull();
            assertThat(request.note()).isNull();
            assertThat(request.subject()).isNull();
            assertThat(request.topics()).isEmpty();
            assertThat(request.skill()).isNull();
            assertThat(request.group()).isNull();

            Requester requester = request.requester();
            assertThat(requester.name()).isNull();
            assertThat(requester.headline()).isNull();
            assertThat(requester.company()).isNull();
            assertThat(requester.hasPhoto()).isTrue();
            assertThat(requester.account()).isEqualTo(Account.FREE);
            assertThat(requester.recruiter()).isFalse();

            Recipient recipient = request.recipient();
            assertThat(recipient.firstName()).isNull();
            assertThat(recipient.lastName()).isNull();
            assertThat(recipient.title()).isNull();
            assertThat(recipient.country()).isNull();
            assertThat(recipient.languages()).isEmpty();
            assertThat(recipient.industry()).isNull();
            assertThat(recipient.interests()).isEmpty();
            assertThat(recipient.groups()).isEmpty();
            assertThat(recipient.acceptsInMail()).isTrue();
            assertThat(recipient.acceptsGroupInvites()).isTrue();

            Relationship relationship = request.relationship();
            assertThat(relationship.degree()).isZero();
            assertThat(relationship.knowEachOther()).isFalse();
            assertThat(relationship.workedTogether()).isFalse();
            assertThat(relationship.interactions()).isZero();
            assertThat(relationship.mutualContacts()).isZero();
            assertThat(relationship.sharedGroups()).isZero();
            assertThat(relationship.connectedDays()).isNull();
            assertThat(relationship.lastContactMonths()).isNull();
            assertThat(relationship.addressForm()).isEqualTo(AddressForm.UNKNOWN);
            assertThat(relationship.optedOut()).isFalse();
            assertThat(relationship.unansweredSameType()).isZero();
            assertThat(relationship.daysSinceLastSameType()).isNull();
            assertThat(relationship.withdrawnDaysAgo()).isNull();

            Activity activity = request.activity();
            assertThat(activity.similarSentLast7Days()).as("left for a campaign audit to fill in").isNull();
            assertThat(activity.sameNoteRecipients()).as("left for a campaign audit to fill in").isNull();
            assertThat(activity.pendingInvitations()).isZero();
            assertThat(activity.acceptanceRate()).isNull();
            assertThat(activity.restricted()).isFalse();
            assertThat(activity.inMailCredits()).isNull();

            SenderAnswers declared = request.declared();
            assertThat(List.of(declared.statesPurpose() == null, declared.statesContext() == null,
                    declared.containsPitch() == null, declared.bigAsk() == null, declared.specifics() == null,
                    declared.givesOut() == null, declared.offersReciprocity() == null, declared.saysWhyFits() == null,
                    declared.asksIntermediaryToCheck() == null)).containsOnly(true);
        }

        @Test
        void nullForEveryFieldButTheTypeMeansTheSameAsAbsent() {
            String allNull = "{\"type\": \"CONNECTION\", \"id\": null, \"platform\": null, \"language\": null,"
                    + " \"note\": null, \"subject\": null, \"topics\": null, \"skill\": null, \"requester\": null,"
                    + " \"recipient\": null, \"relationship\": null, \"activity\": null, \"group\": null, \"declared\": null}";

            assertThat(RequestJson.read(allNull)).isEqualTo(ReviewRequest.builder(RequestType.CONNECTION).build());
        }

        @Test
        void nullInsideEveryPartMeansTheSameAsAbsent() {
            String allNull = "{\"type\": \"CONNECTION\","
                    + " \"requester\": {\"name\": null, \"headline\": null, \"company\": null, \"hasPhoto\": null, \"account\": null, \"recruiter\": null},"
                    + " \"recipient\": {\"firstName\": null, \"lastName\": null, \"title\": null, \"country\": null,"
                    + "   \"languages\": null, \"industry\": null, \"interests\": null, \"groups\": null,"
                    + "   \"acceptsInMail\": null, \"acceptsGroupInvites\": null},"
                    + " \"relationship\": {\"degree\": null, \"knowEachOther\": null, \"workedTogether\": null,"
                    + "   \"interactions\": null, \"mutualContacts\": null, \"sharedGroups\": null, \"connectedDays\": null,"
                    + "   \"lastContactMonths\": null, \"addressForm\": null, \"optedOut\": null, \"unansweredSameType\": null,"
                    + "   \"daysSinceLastSameType\": null, \"withdrawnDaysAgo\": null},"
                    + " \"activity\": {\"similarSentLast7Days\": null, \"sameNoteRecipients\": null,"
                    + "   \"pendingInvitations\": null, \"acceptanceRate\": null, \"restricted\": null, \"inMailCredits\": null},"
                    + " \"declared\": {\"statesPurpose\": null, \"statesContext\": null, \"containsPitch\": null,"
                    + "   \"bigAsk\": null, \"specifics\": null, \"givesOut\": null, \"offersReciprocity\": null,"
                    + "   \"saysWhyFits\": null, \"asksIntermediaryToCheck\": null}}";

            assertThat(RequestJson.read(allNull)).isEqualTo(ReviewRequest.builder(RequestType.CONNECTION).build());
        }

        @Test
        void anEmptyGroupIsAGroupWithItsDefaults() {
            Group group = RequestJson.read("{\"type\": \"GROUP_INVITE\", \"group\": {}}").group();

            assertThat(group).isEqualTo(Group.builder().build());
            assertThat(group.requesterIsMember()).isTrue();
            assertThat(group.recipientIsMember()).isFalse();
            assertThat(group.posts()).isNull();
            assertThat(group.lastInviteDaysAgo()).isNull();
        }

        @Test
        void aNullGroupIsNoGroup() {
            assertThat(RequestJson.read("{\"type\": \"GROUP_INVITE\", \"group\": null}").group()).isNull();
        }

        @Test
        void aBlankOptionalStringIsUnknownAsInTheBuilder() {
            ReviewRequest request = RequestJson.read("{\"type\": \"ENDORSEMENT\", \"skill\": \"  \", \"note\": \"\"}");

            assertThat(request.skill()).isNull();
            assertThat(request.note()).as("a blank note is kept; the analyzer reads it as no note").isEmpty();
        }
    }

    @Nested
    class WrongTypes {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "{\"type\": \"CONNECTION\", \"relationship\": {\"degree\": \"2\"}}        | $.relationship.degree: expected a whole number, got a string",
                "{\"type\": \"CONNECTION\", \"relationship\": {\"degree\": true}}         | $.relationship.degree: expected a whole number, got a boolean",
                "{\"type\": \"CONNECTION\", \"relationship\": {\"interactions\": 1.5}}    | $.relationship.interactions: expected a whole number, got 1.5",
                "{\"type\": \"CONNECTION\", \"relationship\": {\"interactions\": 2.0}}    | $.relationship.interactions: expected a whole number, got 2.0",
                "{\"type\": \"CONNECTION\", \"relationship\": {\"interactions\": 1e3}}    | $.relationship.interactions: expected a whole number, got 1e3",
                "{\"type\": \"CONNECTION\", \"relationship\": {\"connectedDays\": [1]}}   | $.relationship.connectedDays: expected a whole number, got an array",
                "{\"type\": \"CONNECTION\", \"activity\": {\"acceptanceRate\": \"high\"}} | $.activity.acceptanceRate: expected a number between 0 and 1, got a string",
                "{\"type\": \"CONNECTION\", \"requester\": {\"hasPhoto\": \"yes\"}}       | $.requester.hasPhoto: expected true or false, got a string",
                "{\"type\": \"CONNECTION\", \"declared\": {\"bigAsk\": 1}}                | $.declared.bigAsk: expected true or false, got a number",
                "{\"type\": \"CONNECTION\", \"note\": {\"text\": \"Hi\"}}                 | $.note: expected a string, got an object",
                "{\"type\": \"CONNECTION\", \"id\": 42}                                   | $.id: expected a string, got a number",
                "{\"type\": \"CONNECTION\", \"topics\": \"agile\"}                        | $.topics: expected an array of strings, got a string",
                "{\"type\": \"CONNECTION\", \"topics\": [\"agile\", 7]}                   | $.topics[1]: expected a string, got a number",
                "{\"type\": \"CONNECTION\", \"topics\": [\"agile\", null]}                | $.topics[1]: expected a string, got null",
                "{\"type\": \"CONNECTION\", \"recipient\": {\"languages\": [[\"de\"]]}}   | $.recipient.languages[0]: expected a string, got an array",
                "{\"type\": \"CONNECTION\", \"requester\": [\"B. M.\"]}                   | $.requester: expected an object, got an array",
                "{\"type\": \"GROUP_INVITE\", \"group\": \"Agile Coaching DACH\"}         | $.group: expected an object, got a string",
                "{\"type\": 3}                                                             | $.type: expected one of CONNECTION, MESSAGE, INMAIL, RECOMMENDATION, ENDORSEMENT, INTRODUCTION, GROUP_INVITE, DISCUSSION_INVITE, got a number",
        })
        void namesThePathAndWhatWasExpected(String json, String message) {
            assertThat(errorOf(json)).isEqualTo(message);
        }
    }

    @Nested
    class Values {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "{\"type\": \"CONNECTION\", \"relationship\": {\"degree\": 4}}                   | $.relationship.degree: must be 0, 1, 2 or 3 (was 4)",
                "{\"type\": \"CONNECTION\", \"relationship\": {\"interactions\": -1}}            | $.relationship.interactions: must not be negative (was -1)",
                "{\"type\": \"CONNECTION\", \"relationship\": {\"withdrawnDaysAgo\": -3}}        | $.relationship.withdrawnDaysAgo: must not be negative (was -3)",
                "{\"type\": \"CONNECTION\", \"activity\": {\"pendingInvitations\": -1}}          | $.activity.pendingInvitations: must not be negative (was -1)",
                "{\"type\": \"CONNECTION\", \"group\": {\"posts\": -1}}                          | $.group.posts: must not be negative (was -1)",
                "{\"type\": \"CONNECTION\", \"activity\": {\"sameNoteRecipients\": 0}}           | $.activity.sameNoteRecipients: must be at least 1, this recipient included (was 0)",
                "{\"type\": \"CONNECTION\", \"relationship\": {\"mutualContacts\": 2147483648}}  | $.relationship.mutualContacts: expected a whole number up to 2147483647, got 2147483648",
                "{\"type\": \"CONNECTION\", \"relationship\": {\"mutualContacts\": -2147483649}} | $.relationship.mutualContacts: must not be negative (was -2147483649)",
                "{\"type\": \"CONNECTION\", \"activity\": {\"inMailCredits\": 123456789012345678901234567890}} | $.activity.inMailCredits: expected a whole number up to 2147483647, got 123456789012345678901234567890",
                "{\"type\": \"CONNECTION\", \"activity\": {\"acceptanceRate\": 1.5}}             | $.activity.acceptanceRate: must be between 0 and 1 (was 1.5)",
                "{\"type\": \"CONNECTION\", \"activity\": {\"acceptanceRate\": -0.1}}            | $.activity.acceptanceRate: must be between 0 and 1 (was -0.1)",
                "{\"type\": \"CONNECTION\", \"activity\": {\"acceptanceRate\": 1e400}}           | $.activity.acceptanceRate: must be between 0 and 1 (was 1e400)",
        })
        void outOfRangeNamesThePathAndTheValue(String json, String message) {
            assertThat(errorOf(json)).isEqualTo(message);
        }

        @Test
        void acceptsTheLargestWholeNumber() {
            assertThat(RequestJson.read("{\"type\": \"CONNECTION\", \"relationship\": {\"mutualContacts\": 2147483647}}")
                    .relationship().mutualContacts()).isEqualTo(Integer.MAX_VALUE);
        }

        @Test
        void anUnknownEnumValueSuggestsTheRightSpelling() {
            assertThat(errorOf("{\"type\": \"CONNECTION\", \"platform\": \"linkedin\"}"))
                    .isEqualTo("$.platform: unknown value \"linkedin\" (did you mean \"LINKEDIN\"?)");
            assertThat(errorOf("{\"type\": \"GROUP_INVTE\"}"))
                    .isEqualTo("$.type: unknown value \"GROUP_INVTE\" (did you mean \"GROUP_INVITE\"?)");
            assertThat(errorOf("{\"type\": \"CONNECTION\", \"relationship\": {\"addressForm\": \"du\"}}"))
                    .isEqualTo("$.relationship.addressForm: unknown value \"du\" (did you mean \"DU\"?)");
        }

        @Test
        void anUnknownEnumValueWithNothingCloseListsTheValues() {
            assertThat(errorOf("{\"type\": \"CONNECTION\", \"platform\": \"FACEBOOK\"}"))
                    .isEqualTo("$.platform: unknown value \"FACEBOOK\" (expected one of LINKEDIN, XING, GENERIC)");
            assertThat(errorOf("{\"type\": \"CONNECTION\", \"requester\": {\"account\": \"Gold\"}}"))
                    .isEqualTo("$.requester.account: unknown value \"Gold\" (expected one of FREE, PREMIUM)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"de", "en", "gsw", "de-AT", "pt-BR", "es-419", "DE"})
        void acceptsALanguageCode(String language) {
            assertThat(RequestJson.read("{\"type\": \"MESSAGE\", \"language\": \"" + language + "\"}").language())
                    .isEqualTo(language);
        }

        @ParameterizedTest
        @ValueSource(strings = {"German", "d", "", " de", "de_AT", "de-Latn-AT", "deu-", "12"})
        void refusesALanguageThatIsNotALanguageCode(String language) {
            assertThat(errorOf("{\"type\": \"MESSAGE\", \"language\": \"" + language + "\"}"))
                    .isEqualTo("$.language: not a language code: \"" + language
                            + "\" (expected 2 or 3 letters, optionally with a region, as in \"de-AT\")");
        }
    }

    @Nested
    class TheType {

        @Test
        void isRequired() {
            assertThat(errorOf("{\"platform\": \"XING\"}")).isEqualTo("$.type: required field is missing");
            assertThat(errorOf("{}")).isEqualTo("$.type: required field is missing");
        }

        @Test
        void mustNotBeNull() {
            assertThat(errorOf("{\"type\": null}")).isEqualTo("$.type: must not be null");
        }
    }

    @Nested
    class UnknownFields {

        @Test
        void nameThePathAndTheClosestKnownField() {
            assertThat(errorOf("{\"type\": \"CONNECTION\", \"relationship\": {\"knowsEachOther\": true}}"))
                    .isEqualTo("$.relationship.knowsEachOther: unknown field (did you mean \"knowEachOther\"?)");
            assertThat(errorOf("{\"typ\": \"CONNECTION\"}"))
                    .isEqualTo("$.typ: unknown field (did you mean \"type\"?)");
            assertThat(errorOf("{\"type\": \"CONNECTION\", \"recipient\": {\"firstname\": \"Stefan\"}}"))
                    .isEqualTo("$.recipient.firstname: unknown field (did you mean \"firstName\"?)");
            assertThat(errorOf("{\"type\": \"CONNECTION\", \"activity\": {\"similarSentLast7days\": 3}}"))
                    .isEqualTo("$.activity.similarSentLast7days: unknown field (did you mean \"similarSentLast7Days\"?)");
        }

        @Test
        void nameJustThePathWhenNothingIsClose() {
            assertThat(errorOf("{\"type\": \"CONNECTION\", \"priority\": \"high\"}"))
                    .isEqualTo("$.priority: unknown field");
            assertThat(errorOf("{\"type\": \"CONNECTION\", \"declared\": {\"isSpam\": false}}"))
                    .isEqualTo("$.declared.isSpam: unknown field");
        }

        @Test
        void quoteANameThatIsNotAnIdentifier() {
            assertThat(errorOf("{\"type\": \"CONNECTION\", \"requester\": {\"first name\": \"B\"}}"))
                    .isEqualTo("$.requester['first name']: unknown field");
        }

        @Test
        void areReportedBeforeTheirValueIsRead() {
            assertThat(errorOf("{\"type\": \"CONNECTION\", \"extra\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"))
                    .isEqualTo("$.extra: unknown field");
        }
    }

    @Nested
    class DuplicateKeys {

        @Test
        void areAnErrorAtTheSecondOccurrence() {
            assertThat(errorOf("{\"type\": \"CONNECTION\", \"type\": \"MESSAGE\"}")).isEqualTo("$.type: duplicate field");
            assertThat(errorOf("{\"type\": \"CONNECTION\", \"relationship\": {\"degree\": 1, \"knowEachOther\": true, \"degree\": 2}}"))
                    .isEqualTo("$.relationship.degree: duplicate field");
        }

        @Test
        void inDifferentObjectsAreFine() {
            ReviewRequest request = RequestJson.read(
                    "{\"type\": \"GROUP_INVITE\", \"topics\": [\"a\"], \"group\": {\"topics\": [\"b\"]}}");

            assertThat(request.topics()).containsExactly("a");
            assertThat(request.group().topics()).containsExactly("b");
        }
    }

    @Nested
    class MalformedJson {

        @Test
        void namesThePathReachedAndTheLineAndColumn() {
            assertThat(errorOf("{\"type\": \"CONNECTION\",, }")).isEqualTo("$.type: malformed JSON at line 1, column 23:"
                    + " Unexpected character (',' (code 44)): was expecting double-quote to start field name");
            assertThat(errorOf("{\n  \"type\": \"CONNECTION\",\n  \"relationship\": {\"degree\": 2 \"knowEachOther\": true}\n}"))
                    .isEqualTo("$.relationship.degree: malformed JSON at line 3, column 32: Unexpected character"
                            + " ('\"' (code 34)): was expecting comma to separate Object entries");
        }

        @Test
        void atTheEndOfInputSaysWhatIsMissing() {
            assertThat(errorOf("{\"type\": \"CONNECTION\"")).isEqualTo("$.type: malformed JSON at line 1, column 22:"
                    + " Unexpected end-of-input: expected close marker for Object (start marker at line 1, column 1)");
        }

        @Test
        void namesWhereTheObjectOrArrayLeftOpenBegan() {
            assertThat(errorOf("{\"type\": \"CONNECTION\",\n  \"recipient\": {\"interests\": [\"web\"}}"))
                    .isEqualTo("$.recipient.interests[0]: malformed JSON at line 2, column 36: Unexpected close marker"
                            + " '}': expected ']' (for Array starting at line 2, column 30)");
            assertThat(errorOf("{\"type\": \"CONNECTION\",\n  \"recipient\": {\"firstName\": \"Anna\""))
                    .isEqualTo("$.recipient.firstName: malformed JSON at line 2, column 36: Unexpected end-of-input:"
                            + " expected close marker for Object (start marker at line 2, column 16)");
        }

        @Test
        void withAnUnquotedValueNamesTheToken() {
            assertThat(errorOf("{\"type\": CONNECTION}")).isEqualTo("$.type: malformed JSON at line 1, column 10:"
                    + " Unrecognized token 'CONNECTION': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
        }

        @Test
        void allowsNoTrailingContentAfterTheRequest() {
            assertThat(errorOf("{\"type\": \"CONNECTION\"} {\"type\": \"MESSAGE\"}"))
                    .isEqualTo("$: unexpected content after the request at line 1, column 24");
            assertThat(errorOf("{\"type\": \"CONNECTION\"}\n,"))
                    .isEqualTo("$: unexpected content after the request at line 2, column 1");
            assertThat(errorOf("{\"type\": \"CONNECTION\"} x"))
                    .isEqualTo("$: unexpected content after the request at line 1, column 24");
        }

        @Test
        void allowsWhiteSpaceAroundTheRequest() {
            assertThat(RequestJson.read("\n\t {\"type\": \"CONNECTION\"} \r\n\n").type()).isEqualTo(RequestType.CONNECTION);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "[{\"type\": \"CONNECTION\"}] | $: expected an object, got an array",
                "\"CONNECTION\"               | $: expected an object, got a string",
                "42                           | $: expected an object, got a number",
                "null                         | $: expected an object, got null",
        })
        void refusesATopLevelValueThatIsNotAnObject(String json, String message) {
            assertThat(errorOf(json)).isEqualTo(message);
        }

        @Test
        void refusesAnEmptyDocument() {
            assertThat(errorOf("")).isEqualTo("$: expected an object, got an empty document");
            assertThat(errorOf(" \n ")).isEqualTo("$: expected an object, got an empty document");
        }
    }

    @Nested
    class Limits {

        private String withNote(String note) {
            return "{\"type\": \"MESSAGE\", \"note\": \"" + note + "\"}";
        }

        @Test
        void aNoteHoldsUpTo20000Characters() {
            assertThat(RequestJson.read(withNote(repeat('a', 20_000))).note()).hasSize(20_000);
            assertThat(errorOf(withNote(repeat('a', 20_001)))).isEqualTo("$.note: longer than 20000 characters (20001)");
        }

        @Test
        void aNotesCharactersAreCodePointsNotUtf16Units() {
            String emoji = "\uD83D\uDC4B";
            assertThat(RequestJson.read(withNote(emoji.repeat(20_000))).note()).hasSize(40_000);
            assertThat(errorOf(withNote(emoji.repeat(20_001)))).isEqualTo("$.note: longer than 20000 characters (20001)");
        }

        @Test
        void aSubjectHoldsUpTo500Characters() {
            assertThat(RequestJson.read("{\"type\": \"INMAIL\", \"subject\": \"" + repeat('s', 500) + "\"}").subject()).hasSize(500);
            assertThat(errorOf("{\"type\": \"INMAIL\", \"subject\": \"" + repeat('s', 501) + "\"}"))
                    .isEqualTo("$.subject: longer than 500 characters (501)");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "\"id\": %s                             | $.id",
                "\"skill\": %s                          | $.skill",
                "\"requester\": {\"headline\": %s}      | $.requester.headline",
                "\"requester\": {\"company\": %s}       | $.requester.company",
                "\"recipient\": {\"industry\": %s}      | $.recipient.industry",
                "\"group\": {\"name\": %s}              | $.group.name",
                "\"topics\": [\"a\", %s]                | $.topics[1]",
                "\"recipient\": {\"interests\": [%s]}   | $.recipient.interests[0]",
        })
        void anyOtherStringHoldsUpTo1000Characters(String field, String path) {
            String under = "{\"type\": \"CONNECTION\", " + field.formatted("\"" + repeat('x', 1000) + "\"") + "}";
            String over = "{\"type\": \"CONNECTION\", " + field.formatted("\"" + repeat('x', 1001) + "\"") + "}";

            RequestJson.read(under);
            assertThat(errorOf(over)).isEqualTo(path + ": longer than 1000 characters (1001)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"topics", "recipient.languages", "recipient.interests", "recipient.groups", "group.topics"})
        void aListHoldsUpTo1000Items(String path) {
            String[] parts = path.split("\\.");
            String under = parts.length == 1
                    ? "{\"type\": \"CONNECTION\", \"" + parts[0] + "\": " + strings(1000, "t") + "}"
                    : "{\"type\": \"CONNECTION\", \"" + parts[0] + "\": {\"" + parts[1] + "\": " + strings(1000, "t") + "}}";
            String over = under.replace(strings(1000, "t"), strings(1001, "t"));

            RequestJson.read(under);
            assertThat(errorOf(over)).isEqualTo("$." + path + ": more than 1000 items (1001)");
        }

        @Test
        void aListOverTheLimitIsCountedWhateverItsItems() {
            String items = strings(1000, "t").replace("]", ", 1, [2, [3]], {\"a\": 4}, null]");

            assertThat(errorOf("{\"type\": \"CONNECTION\", \"topics\": " + items + "}"))
                    .isEqualTo("$.topics: more than 1000 items (1004)");
        }

        @Test
        void aFieldNameHoldsUpTo1000Characters() {
            assertThat(errorOf("{\"type\": \"CONNECTION\", \"relationship\": {\"" + repeat('k', 1000) + "\": 1}}"))
                    .isEqualTo("$.relationship['" + repeat('k', 100) + "…']: unknown field");
            assertThat(errorOf("{\"type\": \"CONNECTION\", \"relationship\": {\"degree\": 1, \"" + repeat('k', 1001) + "\": 1}}"))
                    .isEqualTo("$.relationship: field name longer than 1000 characters");
        }

        @Test
        void aNumberHoldsUpTo1000Digits() {
            assertThat(errorOf("{\"type\": \"CONNECTION\", \"activity\": {\"acceptanceRate\": 1." + repeat('5', 999) + "}}"))
                    .isEqualTo("$.activity.acceptanceRate: must be between 0 and 1 (was 1." + repeat('5', 38) + "…)");
            assertThat(errorOf("{\"type\": \"CONNECTION\", \"activity\": {\"acceptanceRate\": 1." + repeat('5', 1000) + "}}"))
                    .isEqualTo("$.activity.acceptanceRate: number longer than 1000 digits");
            assertThat(errorOf("{\"type\": \"CONNECTION\", \"group\": {\"posts\": " + repeat('9', 1000) + "}}"))
                    .isEqualTo("$.group.posts: expected a whole number up to 2147483647, got " + repeat('9', 40) + "…");
            assertThat(errorOf("{\"type\": \"CONNECTION\", \"group\": {\"posts\": " + repeat('9', 1001) + "}}"))
                    .isEqualTo("$.group.posts: number longer than 1000 digits");
        }

        /** A request padded with spaces to exactly {@code bytes} bytes of UTF-8. */
        private String requestOfSize(int bytes) {
            String note = "€".repeat(10_000);
            String head = "{\"type\": \"MESSAGE\", \"note\": \"" + note + "\"";
            int headBytes = head.getBytes(StandardCharsets.UTF_8).length;
            String json = head + " ".repeat(bytes - headBytes - 1) + "}";
            assertThat(json.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
            return json;
        }

        @Test
        void aRequestHoldsUpTo1MiBOfUtf8FromAString() {
            assertThat(RequestJson.read(requestOfSize(dev.knigge.internal.Limits.MAX_REQUEST_BYTES)).note()).hasSize(10_000);
            assertThat(errorOf(requestOfSize(dev.knigge.internal.Limits.MAX_REQUEST_BYTES + 1))).isEqualTo("$: request larger than 1 MiB (1048576 bytes)");
        }

        @Test
        void aRequestHoldsUpTo1MiBOfUtf8FromAReader() throws IOException {
            assertThat(RequestJson.read(new StringReader(requestOfSize(dev.knigge.internal.Limits.MAX_REQUEST_BYTES))).note()).hasSize(10_000);
            assertThatThrownBy(() -> RequestJson.read(new StringReader(requestOfSize(dev.knigge.internal.Limits.MAX_REQUEST_BYTES + 1))))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessage("$: request larger than 1 MiB (1048576 bytes)");
        }

        @Test
        void aRequestHoldsUpTo1MiBFromAStream() throws IOException {
            byte[] under = requestOfSize(dev.knigge.internal.Limits.MAX_REQUEST_BYTES).getBytes(StandardCharsets.UTF_8);
            byte[] over = requestOfSize(dev.knigge.internal.Limits.MAX_REQUEST_BYTES + 1).getBytes(StandardCharsets.UTF_8);

            assertThat(RequestJson.read(new ByteArrayInputStream(under)).note()).hasSize(10_000);
            assertThatThrownBy(() -> RequestJson.read(new ByteArrayInputStream(over)))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessage("$: request larger than 1 MiB (1048576 bytes)");
        }

        @Test
        void aRequestOverTheLimitIsRefusedAsSuchHoweverItArrivesAndWhateverItHolds() {
            String json = "{\"type\": , " + " ".repeat(dev.knigge.internal.Limits.MAX_REQUEST_BYTES) + "}";
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

            assertThat(errorOf(json)).isEqualTo("$: request larger than 1 MiB (1048576 bytes)");
            assertThatThrownBy(() -> RequestJson.read(new StringReader(json)))
                    .hasMessage("$: request larger than 1 MiB (1048576 bytes)");
            assertThatThrownBy(() -> RequestJson.read(new ByteArrayInputStream(bytes)))
                    .hasMessage("$: request larger than 1 MiB (1048576 bytes)");
        }

        @Test
        void aHugeReaderIsRefusedWithoutReadingAllOfIt() {
            long[] served = new long[1];
            Reader endless = new Reader() {
                @Override
                public int read(char[] buffer, int offset, int length) {
                    for (int i = 0; i < length; i++) {
                        buffer[offset + i] = served[0]++ == 0 ? '{' : ' ';
                    }
                    return length;
                }

                @Override
                public void close() {}
            };

            assertThatThrownBy(() -> RequestJson.read(endless))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessage("$: request larger than 1 MiB (1048576 bytes)");
            assertThat(served[0]).isLessThan(2L * dev.knigge.internal.Limits.MAX_REQUEST_BYTES);
        }

        @Test
        void aHugeStreamIsRefusedWithoutReadingAllOfIt() {
            InputStream endless = new InputStream() {
                long served;

                @Override
                public int read() {
                    served++;
                    return served == 1 ? '{' : ' ';
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    for (int i = 0; i < len; i++) {
                        b[off + i] = (byte) read();
                    }
                    if (served > 4L * dev.knigge.internal.Limits.MAX_REQUEST_BYTES) {
                        throw new AssertionError("read far past the limit");
                    }
                    return len;
                }
            };

            assertThatThrownBy(() -> RequestJson.read(endless))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessage("$: request larger than 1 MiB (1048576 bytes)");
        }
    }

    @Nested
    class Nesting {

        /**
         * A request inside {@code wrappers} objects ({@code {"a": {"a": … {"request": {…}}}}}), so
         * that its relationship sits at depth {@code wrappers + 2}, decoded where it stands.
         */
        private ReviewRequest decodeNested(int wrappers) throws IOException {
            StringBuilder json = new StringBuilder();
            StringBuilder base = new StringBuilder("$");
            for (int i = 1; i < wrappers; i++) {
                json.append("{\"a\": ");
                base.append(".a");
            }
            json.append("{\"request\": {\"type\": \"CONNECTION\", \"relationship\": {\"degree\": 1}}}");
            base.append(".request");
            json.append("}".repeat(wrappers - 1));
            try (JsonParser parser = Json.factory().createParser(json.toString())) {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token == JsonToken.FIELD_NAME && parser.currentName().equals("request")) {
                        parser.nextToken();
                        return RequestDecoder.decode(parser, base.toString());
                    }
                }
            }
            throw new AssertionError("no request");
        }

        @Test
        void reaches32Levels() throws IOException {
            assertThat(decodeNested(30).relationship().degree()).isEqualTo(1);
        }

        @Test
        void stopsBeyond32LevelsNamingThePath() {
            assertThatThrownBy(() -> decodeNested(31))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessage("$" + ".a".repeat(30) + ".request.relationship: nested deeper than 32 levels");
        }

        @Test
        void aDeeplyNestedValueInARequestIsRefusedAtItsFirstLevel() {
            String deep = "[".repeat(100) + "]".repeat(100);

            assertThat(errorOf("{\"type\": \"CONNECTION\", \"topics\": " + deep + "}"))
                    .isEqualTo("$.topics[0]: expected a string, got an array");
            assertThat(errorOf(deep)).isEqualTo("$: expected an object, got an array");
        }
    }

    @Nested
    class EmbeddedRequests {

        @Test
        void errorPathsStartAtTheGivenBase() throws IOException {
            String scenario = "{\"title\": \"t\", \"request\": {\"type\": \"CONNECTION\", \"relationship\": {\"knowsEachOther\": true}}}";
            try (JsonParser parser = Json.factory().createParser(scenario)) {
                for (int i = 0; i < 5; i++) {
                    parser.nextToken();
                }
                assertThat(parser.currentToken()).isEqualTo(JsonToken.START_OBJECT);

                assertThatThrownBy(() -> RequestDecoder.decode(parser, "$.request"))
                        .isInstanceOf(InvalidRequestException.class)
                        .hasMessage("$.request.relationship.knowsEachOther: unknown field (did you mean \"knowEachOther\"?)");
            }
        }

        @Test
        void builderProblemsAndMissingFieldsAreReBasedToo() throws IOException {
            assertThatThrownBy(() -> decodeAt("{\"request\": {\"type\": \"CONNECTION\", \"relationship\": {\"degree\": 7}}}"))
                    .hasMessage("$.request.relationship.degree: must be 0, 1, 2 or 3 (was 7)");
            assertThatThrownBy(() -> decodeAt("{\"request\": {\"note\": \"Hi\"}}"))
                    .hasMessage("$.request.type: required field is missing");
        }

        @Test
        void leavesTheParserAtTheEndOfTheRequest() throws IOException {
            try (JsonParser parser = Json.factory().createParser("{\"request\": {\"type\": \"MESSAGE\"}, \"locale\": \"de\"}")) {
                parser.nextToken();
                parser.nextToken();
                parser.nextToken();
                ReviewRequest request = RequestDecoder.decode(parser, "$.request");

                assertThat(request.type()).isEqualTo(RequestType.MESSAGE);
                assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
                assertThat(parser.nextFieldName()).isEqualTo("locale");
            }
        }

        private ReviewRequest decodeAt(String json) throws IOException {
            try (JsonParser parser = Json.factory().createParser(json)) {
                parser.nextToken();
                parser.nextToken();
                parser.nextToken();
                return RequestDecoder.decode(parser, "$.request");
            }
        }
    }

    @Nested
    class Sources {

        @Test
        void aReaderAndAStreamReadTheSameAsAString() throws IOException {
            String json = resource("every-field-set.json");
            ReviewRequest fromString = RequestJson.read(json);

            assertThat(RequestJson.read(new StringReader(json))).isEqualTo(fromString);
            assertThat(RequestJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).isEqualTo(fromString);
        }

        @Test
        void aByteOrderMarkAtTheStartIsIgnored() throws IOException {
            String json = "\uFEFF{\"type\": \"CONNECTION\", \"note\": \"Grüße\"}";
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

            assertThat(RequestJson.read(json).note()).isEqualTo("Grüße");
            assertThat(RequestJson.read(new StringReader(json)).note()).isEqualTo("Grüße");
            assertThat(RequestJson.read(new ByteArrayInputStream(bytes)).note()).isEqualTo("Grüße");
        }

        @Test
        void theCallersReaderAndStreamAreNotClosed() throws IOException {
            boolean[] closed = new boolean[2];
            Reader reader = new StringReader("{\"type\": \"CONNECTION\"}") {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            InputStream in = new ByteArrayInputStream("{\"type\": \"CONNECTION\"}".getBytes(StandardCharsets.UTF_8)) {
                @Override
                public void close() {
                    closed[1] = true;
                }
            };

            RequestJson.read(reader);
            RequestJson.read(in);

            assertThat(closed).containsExactly(false, false);
        }

        @Test
        void aFailingStreamIsAnIoException() {
            InputStream broken = new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("disk on fire");
                }
            };

            assertThatThrownBy(() -> RequestJson.read(broken)).isInstanceOf(IOException.class).hasMessage("disk on fire");
        }

        @Test
        void malformedUtf8IsMalformedJson() {
            byte[] bytes = {'{', '"', 't', 'y', 'p', 'e', '"', ':', '"', (byte) 0xC3, '"', '}'};

            assertThatThrownBy(() -> RequestJson.read(new ByteArrayInputStream(bytes)))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageStartingWith("$.type: malformed JSON at line 1, column ");
        }
    }

    @Nested
    class Writing {

        @Test
        void theRequestersCompanyIsWrittenBesideTheHeadline() {
            ReviewRequest request = ReviewRequest.builder(RequestType.CONNECTION)
                    .requester(Requester.builder().headline("CTO").company("Kanban Werk GmbH").build()).build();

            String written = RequestJson.write(request);
            assertThat(written).isEqualTo("{\"type\":\"CONNECTION\","
                    + "\"requester\":{\"headline\":\"CTO\",\"company\":\"Kanban Werk GmbH\"}}");
            assertThat(RequestJson.read(written).requester().company()).isEqualTo("Kanban Werk GmbH");
        }

        @Test
        void aRequestWithOnlyDefaultsIsJustItsType() {
            assertThat(RequestJson.write(ReviewRequest.builder(RequestType.CONNECTION).build()))
                    .isEqualTo("{\"type\":\"CONNECTION\"}");
        }

        @Test
        void writesNonDefaultValuesInTheFormatsOrder() {
            ReviewRequest request = ReviewRequest.builder(RequestType.RECOMMENDATION)
                    .note("Grüß Gott")
                    .id("r1")
                    .recipient(Recipient.builder().lastName("Krause").acceptsInMail(false).build())
                    .relationship(Relationship.builder().degree(2).connectedDays(0).build())
                    .activity(Activity.builder().acceptanceRate(0.5).build())
                    .group(Group.builder().build())
                    .build();

            assertThat(RequestJson.write(request)).isEqualTo("{\"id\":\"r1\",\"type\":\"RECOMMENDATION\",\"note\":\"Grüß Gott\","
                    + "\"recipient\":{\"lastName\":\"Krause\",\"acceptsInMail\":false},"
                    + "\"relationship\":{\"degree\":2,\"connectedDays\":0},"
                    + "\"activity\":{\"acceptanceRate\":0.5},\"group\":{}}");
        }

        @Test
        void writesToAWriterWithoutClosingIt() throws IOException {
            java.io.StringWriter out = new java.io.StringWriter() {
                @Override
                public void close() {
                    throw new AssertionError("closed");
                }
            };

            RequestJson.write(ReviewRequest.builder(RequestType.MESSAGE).build(), out);

            assertThat(out.toString()).isEqualTo("{\"type\":\"MESSAGE\"}");
        }

        @Test
        void theDesignsExampleSurvivesARoundTrip() {
            ReviewRequest request = RequestJson.read(resource("recommendation-de.json"));

            assertThat(RequestJson.read(RequestJson.write(request))).isEqualTo(request);
        }

        @Test
        void everyFieldSurvivesARoundTrip() {
            ReviewRequest request = RequestJson.read(resource("every-field-set.json"));
            String written = RequestJson.write(request);

            assertThat(RequestJson.read(written)).isEqualTo(request);
            assertThat(written).contains("\"note\":\"Grüß Gott Frau Dr. Hofer").contains("👋");
        }

        @Test
        void valuesAtTheirLimitsSurviveARoundTrip() {
            List<String> topics = new ArrayList<>(Collections.nCopies(1000, repeat('t', 1000)));
            ReviewRequest request = ReviewRequest.builder(RequestType.INMAIL)
                    .note("\"quoted\"\n\ttabbed \\ \u0001 \u2028 " + repeat('n', 19_977))
                    .subject(repeat('s', 500))
                    .topics(topics)
                    .relationship(Relationship.builder().interactions(Integer.MAX_VALUE).build())
                    .activity(Activity.builder().acceptanceRate(0.1 + 0.2).sameNoteRecipients(1).similarSentLast7Days(0).build())
                    .build();

            assertThat(RequestJson.read(RequestJson.write(request))).isEqualTo(request);
        }
    }
}
