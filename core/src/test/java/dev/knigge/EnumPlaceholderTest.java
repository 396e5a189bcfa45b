package dev.knigge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.advice.Advice;
import dev.knigge.json.AdviceJson;
import dev.knigge.request.RequestType;
import dev.knigge.request.ReviewRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that passes the request's type to a placeholder: the reason says it in the locale's
 * words, while the JSON's own values (the verdict, the severity, the trace's facts) keep the
 * constants' names.
 */
class EnumPlaceholderTest {
    @TempDir
    Path dir;

    private Advisor advisor() throws IOException {
        Files.writeString(dir.resolve("policy.properties"), "id=types\nversion=1\nlocales=en,de\n");
        Files.writeString(dir.resolve("rules.drl"), """
                package enums.test;

                import dev.knigge.authoring.*;
                import dev.knigge.request.ReviewRequest;

                rule "T-TYPE any request, named by its type"
                    @id(T-TYPE)
                    @severity(WARNING)
                when
                    ReviewRequest( $type : type )
                then
                    Findings.raise(kcontext, "type", $type);
                end
                """);
        Files.writeString(dir.resolve("messages_en.properties"),
                "T-TYPE.title=A type\nT-TYPE.reason=This request ({type}) is reviewed.\nT-TYPE.suggestion=Send the {type}.\n");
        Files.writeString(dir.resolve("messages_de.properties"), "T-TYPE.title=Eine Art\n"
                + "T-TYPE.reason=Diese Anfrage ({type}) wird geprüft.\nT-TYPE.suggestion=Senden Sie die {type}.\n");
        return Advisor.builder().policy(Policy.directory(dir)).build();
    }

    @Test
    void theRequestTypeReadsAsWordsInGermanAndEnglish() throws IOException {
        Advisor advisor = advisor();
        ReviewRequest inMail = ReviewRequest.builder(RequestType.INMAIL).build();
        assertThat(advisor.review(inMail, Locale.GERMAN).finding("T-TYPE").reason())
                .isEqualTo("Diese Anfrage (InMail-Nachricht) wird geprüft.");
        assertThat(advisor.review(inMail, Locale.ENGLISH).finding("T-TYPE").reason())
                .isEqualTo("This request (InMail) is reviewed.");
        assertThat(advisor.review(ReviewRequest.builder(RequestType.CONNECTION).build(), Locale.GERMAN)
                .finding("T-TYPE").suggestion()).isEqualTo("Senden Sie die Kontaktanfrage.");
    }

    @Test
    void theJsonKeepsTheNamesOfItsOwnValues() throws IOException {
        Advice advice = advisor().review(ReviewRequest.builder(RequestType.INMAIL).build(), Locale.GERMAN);
        String json = AdviceJson.compact().withTrace().write(advice);
        assertThat(json).contains("\"verdict\":\"REVISE\"").contains("\"severity\":\"WARNING\"")
                .contains("\"reason\":\"Diese Anfrage (InMail-Nachricht) wird geprüft.\"")
                .contains("type=INMAIL").doesNotContain("(INMAIL)");
    }
}
