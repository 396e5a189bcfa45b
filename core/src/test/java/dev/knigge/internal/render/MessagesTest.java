package dev.knigge.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.internal.policy.PropertiesFile;
import dev.knigge.request.Account;
import dev.knigge.request.AddressForm;
import dev.knigge.request.Platform;
import dev.knigge.request.RequestType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Nested
    class Placeholders {
        @Test
        void fillsNamedPlaceholdersAndKeepsApostrophes() {
            assertThat(Messages.render("Don't send {sent} of {cap}.", Map.of("sent", 7, "cap", 5.0), Locale.ENGLISH))
                    .isEqualTo("Don't send 7 of 5.");
        }

        @Test
        void leavesAPlaceholderWithoutAValueAsWritten() {
            assertThat(Messages.render("Wait {days} days.", Map.of(), Locale.ENGLISH)).isEqualTo("Wait {days} days.");
        }
    }

    @Nested
    class EnumValues {
        @Test
        void aRequestTypePrintsInTheLocalesWords() {
            assertThat(Messages.render("Diese Anfrage ({type}) geht an Fremde.", Map.of("type", RequestType.INMAIL),
                    Locale.GERMAN)).isEqualTo("Diese Anfrage (InMail-Nachricht) geht an Fremde.");
            assertThat(Messages.render("This request ({type}) goes to strangers.", Map.of("type", RequestType.INMAIL),
                    Locale.ENGLISH)).isEqualTo("This request (InMail) goes to strangers.");
            assertThat(Messages.render("{type}", Map.of("type", RequestType.CONNECTION), Locale.forLanguageTag("de-AT")))
                    .isEqualTo("Kontaktanfrage");
            assertThat(Messages.render("{type}", Map.of("type", RequestType.CONNECTION), Locale.ENGLISH))
                    .isEqualTo("connection request");
        }

        @Test
        void everyConstantOfTheRequestsEnumsHasWordsOtherThanItsNameButXingWhichIsWrittenSo() {
            List<Enum<?>> constants = new ArrayList<>();
            constants.addAll(List.of(RequestType.values()));
            constants.addAll(List.of(Platform.values()));
            constants.addAll(List.of(AddressForm.values()));
            constants.addAll(List.of(Account.values()));
            for (Enum<?> constant : constants) {
                for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                    String words = Messages.render("{v}", Map.of("v", constant), locale);
                    if (constant == Platform.XING) {
                        assertThat(words).isEqualTo("XING");
                    } else {
                        assertThat(words).as("%s in %s", constant, locale).isNotEqualTo(constant.name()).isNotBlank();
                    }
                }
            }
        }

        @Test
        void platformsAndAddressFormsPrintAsPeopleWriteThem() {
            assertThat(Messages.render("{p} ({f})", Map.of("p", Platform.XING, "f", AddressForm.DU), Locale.GERMAN))
                    .isEqualTo("XING (du)");
            assertThat(Messages.render("{p}", Map.of("p", Platform.LINKEDIN), Locale.ENGLISH)).isEqualTo("LinkedIn");
        }

        @Test
        void aLocaleWithoutWordsOfItsOwnGetsTheEnglishOnes() {
            assertThat(Messages.render("{type}", Map.of("type", RequestType.GROUP_INVITE), Locale.FRENCH))
                    .isEqualTo("group invitation");
        }

        @Test
        void anEnumKniggeDoesNotKnowPrintsItsName() {
            assertThat(Messages.render("{unit}", Map.of("unit", java.util.concurrent.TimeUnit.DAYS), Locale.GERMAN))
                    .isEqualTo("DAYS");
        }
    }

    @Nested
    class Sections {
        @Test
        void showsASectionWhenTheRulePassedItsValue() {
            assertThat(Messages.render("Send it.{mutual? Name one of the {mutual} mutual contacts.}",
                    Map.of("mutual", 3), Locale.ENGLISH)).isEqualTo("Send it. Name one of the 3 mutual contacts.");
        }

        @Test
        void leavesOutASectionWhoseValueIsMissingNullFalseZeroOrBlank() {
            Map<String, Object> values = new HashMap<>();
            values.put("none", null);
            values.put("no", false);
            values.put("zero", 0);
            values.put("blank", " ");
            for (String name : new String[] {"missing", "none", "no", "zero", "blank"}) {
                assertThat(Messages.render("Send it.{" + name + "? Also this.}", values, Locale.ENGLISH))
                        .as(name).isEqualTo("Send it.");
            }
        }

        @Test
        void aSectionMayQuoteAValueInAnyQuotationMarks() {
            assertThat(Messages.render("Greet them{greeting?, etwa „{greeting}“}.",
                    Map.of("greeting", "Guten Tag Dr. Thomas Wagner,"), Locale.GERMAN))
                    .isEqualTo("Greet them, etwa „Guten Tag Dr. Thomas Wagner,“.");
        }

        @Test
        void anUnclosedSectionIsLeftAsWritten() {
            assertThat(Messages.render("Oops {x? never closed", Map.of("x", true), Locale.ENGLISH))
                    .isEqualTo("Oops {x? never closed");
        }
    }

    @Nested
    class PlatformVariants {
        private final Messages messages = new Messages(Map.of(
                "en", Map.of("T-ONE.reason", entry("T-ONE.reason", "Spam."),
                        "T-ONE.reason.XING", entry("T-ONE.reason.XING", "Spam, and XING forbids it.")),
                "de", Map.of("T-ONE.reason", entry("T-ONE.reason", "Spam."))));

        @Test
        void aRequestOnThePlatformGetsItsVariant() {
            assertThat(messages.text(Locale.ENGLISH, "T-ONE.reason", "XING")).isEqualTo("Spam, and XING forbids it.");
        }

        @Test
        void anyOtherPlatformGetsThePlainText() {
            assertThat(messages.text(Locale.ENGLISH, "T-ONE.reason", "LINKEDIN")).isEqualTo("Spam.");
        }

        @Test
        void aLocaleWithoutTheVariantKeepsItsOwnPlainTextRatherThanAnotherLanguagesVariant() {
            assertThat(messages.text(Locale.GERMAN, "T-ONE.reason", "XING")).isEqualTo("Spam.");
        }

        private static PropertiesFile.Entry entry(String key, String value) {
            return new PropertiesFile.Entry(key, value, 1);
        }
    }
}
