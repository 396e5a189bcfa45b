package dev.knigge.internal.lint;

import static dev.knigge.internal.lint.TestPolicy.RULE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes Drools' parser notices lines later are reported where they were made, once. */
class DrlShapeTest {
    private static final String SECOND = RULE.replace("T-ONE a connection", "T-TWO a message")
            .replace("@id(T-ONE)", "@id(T-TWO)");

    @TempDir
    Path dir;

    private List<String> lint(Path folder) {
        return Policy.directory(folder).lint().stream().map(Object::toString).toList();
    }

    private String at(String position) {
        return dir.resolve("rules.drl") + ":" + position + ": ";
    }

    @Test
    void aRuleWithoutEndIsReportedAtThatRuleNotAtTheNext() {
        Path folder = TestPolicy.in(dir).rules(RULE.replace("end\n", "") + "\n" + SECOND).write();
        assertThat(lint(folder)).containsExactly(at("6:1") + "rule \"T-ONE a connection request over the limit\" has"
                + " no end: its consequence runs into rule \"T-TWO a message request over the limit\" at line 16;"
                + " write end after the consequence");
    }

    @Test
    void aConditionLeftOpenBeforeThenIsReportedWhereItEnds() {
        Path folder = TestPolicy.in(dir).rules(RULE.replace("ReviewRequest( type == RequestType.CONNECTION )",
                "ReviewRequest( type ==")).write();
        assertThat(lint(folder)).containsExactly(at("10:27") + "the condition ends after '==' before then: a value is"
                + " missing, and the '(' at line 10 is not closed");
    }

    @Test
    void aBracketLeftOpenIsReportedAtTheBracket() {
        Path folder = TestPolicy.in(dir).rules(RULE.replace("Activity( similarSentLast7Days >= $limit )",
                "Activity( similarSentLast7Days >= $limit")).write();
        assertThat(lint(folder)).containsExactly(at("12:13") + "this '(' is not closed before then");
    }

    @Test
    void wellShapedRulesAreLeftToTheParserAndStringsAndCommentsDoNotCount() {
        Path folder = TestPolicy.in(dir).rules("// rule \"not a rule\" (\n" + RULE.replace("$limit);",
                "$limit); /* end ( */")).write();
        assertThat(lint(folder)).isEmpty();
    }

    @Test
    void aPolicyFolderThatIsALinkIsReadThroughIt() throws IOException {
        Path folder = TestPolicy.in(dir.resolve("real")).write();
        Path link = Files.createSymbolicLink(dir.resolve("linked"), folder);
        assertThat(lint(link)).isEmpty();
        Files.writeString(folder.resolve("rules.drl"), TestPolicy.HEADER + RULE.replace("similarSentLast7Days >=",
                "similarSent >="));
        assertThat(lint(link)).singleElement().asString().startsWith(link.resolve("rules.drl") + ":12:15: unknown field"
                + " 'similarSent' on Activity");
    }
}
