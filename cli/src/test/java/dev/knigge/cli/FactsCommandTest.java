package dev.knigge.cli;

import static dev.knigge.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.internal.facts.FactReference;
import dev.knigge.internal.facts.FactsJson;
import dev.knigge.internal.facts.FactsText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsCommandTest {
    private static final String NL = System.lineSeparator();

    @Test
    void factsPrintsEveryFieldWithTypeNullabilityMeaningAndSource() {
        Cli.Run run = run("facts");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(FactsText.text(FactReference.load()));
        assertThat(run.out()).contains("\n  degree: number, never null\n"
                + "      1, 2 or 3 for the network distance, 0 for outside the network\n"
                + "      source: $.relationship.degree (default 0)\n");
        assertThat(run.out()).contains("\n  specifics: boolean, may be null: the note's language has no lexicon and"
                + " $.declared.specifics is not given\n");
        assertThat(run.out()).contains("\n  integer(String): number\n");
    }

    @Test
    void jsonIsTheDocumentedShape() {
        Cli.Run run = run("facts", "--format", "json");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo(FactsJson.facts(FactReference.load()));
        assertThat(run.out()).startsWith("{\n  \"version\": 1,\n  \"facts\": [\n");
    }

    @Test
    void markdownIsDocsFactsMd() throws IOException {
        Cli.Run run = run("facts", "--format", "markdown");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(Path.of("../docs/facts.md")));
    }

    @Test
    void lexiconListsTheKeysWithTheNoteFieldEachSets() {
        Cli.Run run = run("facts", "--lexicon");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\n  purpose -> statesPurpose\n"
                + "      phrases that say why now and what is wanted: a wish, a request, an invitation\n");
        assertThat(run.out()).contains("\n  optIn -> asksIntermediaryToCheck\n");
        assertThat(run.out()).doesNotContain("defined in:");
    }

    @Test
    void lexiconOfAPolicySaysWhichOfItsLanguagesDefineEachKey() {
        Cli.Run run = run("facts", "--lexicon", "--policy", "professional");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("The keys a lexicon file (lexicon/<language>.properties) may define, each"
                + " with the Note fields it sets,\nand the languages of professional 1.0.0 that define it (its"
                + " lexicons: de, en).\n");
        assertThat(run.out()).contains("\n  du -> usesDu\n      German informal address (du, dich, dir, dein…)\n"
                + "      defined in: de\n");
        assertThat(run.out()).contains("\n    class.work  (en)\n").contains("\n    class.werk  (de)\n");
    }

    @Test
    void lexiconOfAFolderIncludesWhatItsParentDefines(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("policy.properties"), "id=acme\nversion=2.0.0\nextends=professional\n");
        Files.createDirectories(dir.resolve("lexicon"));
        Files.writeString(dir.resolve("lexicon/fr.properties"), "pitch=notre offre\n");
        Cli.Run run = run("facts", "--lexicon", "--format", "json", "--policy", dir + "/");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("{\n  \"version\": 1,\n  \"policy\": \"acme\",\n  \"policyVersion\": \"2.0.0\","
                + "\n  \"languages\": [\n    \"de\",\n    \"en\",\n    \"fr\"\n  ],\n");
        assertThat(run.out()).contains("\"key\": \"pitch\",\n      \"kind\": \"detector\",\n      \"sets\": [\n"
                + "        \"containsPitch\"\n      ],\n      \"meaning\": \"phrases that sell something: a demo, an"
                + " offer, a discount\",\n      \"languages\": [\n        \"de\",\n        \"en\",\n        \"fr\"\n"
                + "      ]");
    }

    @Test
    void anUnknownPolicyExitsThreeWithTheHintToWriteAFolder() {
        Cli.Run run = run("facts", "--lexicon", "--policy", "contoso");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("contoso");
    }

    @Test
    void policyWithoutLexiconIsAUsageError() {
        Cli.Run run = run("facts", "--policy", "strict");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("knigge: --policy is for --lexicon: the facts are the same for every policy" + NL);
    }

    @Test
    void helpHasExamplesAndExitCodes() {
        Cli.Run run = run("facts", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("  knigge facts --lexicon --policy ./acme-policy" + NL)
                .contains("Exit codes: 0 done; 2 usage error; 3 a --policy that cannot be read." + NL);
    }

    @Test
    void lintListsTheKnownLexiconKeysForAKeyWithNoCloseOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("policy.properties"), "id=contoso\nversion=1\nextends=professional\n");
        Files.createDirectories(dir.resolve("lexicon"));
        Files.writeString(dir.resolve("lexicon/en.properties"), "contosoProduct=contoso cloud\n");
        Cli.Run run = run("lint", dir.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains(dir.resolve("lexicon/en.properties") + ":1:1: unknown lexicon key"
                + " 'contosoProduct'; a lexicon holds advance, bigAsk, capitalized, clause, context, ")
                .contains(", and word classes class.<name> (knigge facts --lexicon says what each key sets)" + NL);
    }
}
