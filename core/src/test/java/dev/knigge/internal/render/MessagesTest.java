package dev.knigge.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.internal.policy.PropertiesFile;
import java.util.HashMap;
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
