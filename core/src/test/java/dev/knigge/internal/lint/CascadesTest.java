package dev.knigge.internal.lint;

import static dev.knigge.internal.lint.TestPolicy.RULE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Policy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One mistake, one problem: a rule id and its messages that do not meet are said once, where it helps. */
class CascadesTest {
    @TempDir
    Path dir;

    private List<String> lint(TestPolicy policy, boolean trusted) {
        Policy folder = Policy.directory(policy.write());
        return (trusted ? folder.trusted() : folder).lint().stream().map(Object::toString).toList();
    }

    private String at(String file, String position) {
        return dir.resolve(file) + ":" + position + ": ";
    }

    @Test
    void aMisspelledIdIsOneProblemAtTheRuleThatNamesTheIdOfTheMessages() {
        TestPolicy policy = TestPolicy.in(dir).rules(RULE.replace("@id(T-ONE)", "@id(T-ONF)"));
        String expected = at("rules.drl", "6:1") + "@id(T-ONF) has no messages, but the messages have T-ONE"
                + " (did you mean @id(T-ONE)?)";
        assertThat(lint(policy, false)).containsExactly(expected);
        assertThat(lint(policy, true)).containsExactly(expected);
    }

    @Test
    void aRuleWithoutAnyMessageIsOneProblemThatListsWhatToAdd() {
        TestPolicy policy = TestPolicy.in(dir).rules(RULE.replace("@id(T-ONE)", "@id(ACME-NEW)"))
                .with("messages_en.properties", "").with("messages_de.properties", "");
        assertThat(lint(policy, false)).containsExactly(at("rules.drl", "6:1") + "ACME-NEW has no messages: add"
                + " ACME-NEW.title, ACME-NEW.reason and ACME-NEW.suggestion to messages_en.properties,"
                + " messages_de.properties");
    }

    @Test
    void aRuleMissingSomePartsIsToldEachOne() {
        TestPolicy policy = TestPolicy.in(dir).with("messages_de.properties", TestPolicy.MESSAGES_DE.replace(
                "T-ONE.suggestion=Warten Sie bis nächste Woche.\n", ""));
        assertThat(lint(policy, false)).containsExactly(at("rules.drl", "6:1") + "T-ONE has no suggestion for locale"
                + " de (add T-ONE.suggestion to messages_de.properties)");
    }

    @Test
    void theMessagesOfAnIdNoRuleHasAreOneProblemPerFile() {
        TestPolicy policy = TestPolicy.in(dir).with("messages_en.properties", TestPolicy.MESSAGES_EN
                + "T-GONE.title=T\nT-GONE.reason=R\nT-GONE.suggestion=S\n");
        assertThat(lint(policy, false)).containsExactly(at("messages_en.properties", "4:1") + "message keys"
                + " T-GONE.title, T-GONE.reason, T-GONE.suggestion belong to no rule (did you mean \"T-ONE\"?)");
    }

    @Test
    void anIdWrittenWithASpaceIsOneProblemThatShowsItWithAHyphen() {
        TestPolicy policy = TestPolicy.in(dir).rules(RULE.replace("@id(T-ONE)", "@id(T-ONE EXTRA)"))
                .with("messages_en.properties", TestPolicy.MESSAGES_EN.replace("T-ONE.", "T-ONE-EXTRA."))
                .with("messages_de.properties", TestPolicy.MESSAGES_DE.replace("T-ONE.", "T-ONE-EXTRA."));
        String expected = at("rules.drl", "7:5") + "rule \"T-ONE a connection request over the limit\": @id(…) holds"
                + " a space; a rule id is upper-case words joined by -, like T-ONE-EXTRA";
        assertThat(lint(policy, false)).containsExactly(expected);
        assertThat(lint(policy, true)).containsExactly(expected);
    }
}
