package dev.knigge.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.knigge.internal.facts.FactReference.Fact;
import dev.knigge.internal.facts.FactReference.Field;
import dev.knigge.internal.engine.FactTypes;
import dev.knigge.internal.lint.FactModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsTest {
    private static final FactReference REFERENCE = FactReference.load();

    private static Properties words() {
        Properties words = new Properties();
        words.putAll(FactReference.words());
        return words;
    }

    private static Field field(String fact, String name) {
        return REFERENCE.facts().stream().filter(f -> f.name().equals(fact)).findFirst().orElseThrow()
                .fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Nested
    class Meanings {
        @Test
        void everyFieldOfTheModelHasAMeaningAndASourceAndEveryEntryNamesAField() {
            assertThat(FactReference.problems(FactReference.words())).isEmpty();
        }

        @Test
        void theReferenceListsExactlyTheModelsFactsAndFields() {
            assertThat(REFERENCE.facts()).extracting(Fact::name).containsExactly("ReviewRequest", "Requester",
                    "Recipient", "Relationship", "Activity", "Group", "Note", "Derived", "Parameters");
            for (Class<?> type : FactTypes.ALL) {
                Fact fact = REFERENCE.facts().stream().filter(f -> f.name().equals(type.getSimpleName())).findFirst()
                        .orElseThrow();
                assertThat(fact.fields()).extracting(Field::name)
                        .containsExactlyElementsOf(FactModel.describe(type).keySet());
            }
        }

        @Test
        void aFieldWithoutAnEntryFailsTheBuild() {
            Properties words = words();
            words.remove("ReviewRequest.subject");
            assertThat(FactReference.problems(words)).containsExactly("ReviewRequest.subject: no entry in"
                    + " knigge/facts.properties (ReviewRequest.subject = meaning | source)");
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> FactReference.of(words));
            assertThat(e).hasMessage("knigge/facts.properties does not describe the facts: ReviewRequest.subject: no"
                    + " entry in knigge/facts.properties (ReviewRequest.subject = meaning | source)");
        }

        @Test
        void anEntryWithoutASourceIsAProblem() {
            Properties words = words();
            words.setProperty("Relationship.degree", "1, 2 or 3");
            assertThat(FactReference.problems(words))
                    .containsExactly("Relationship.degree: write meaning | source, separated by ' | '");
        }

        @Test
        void anEntryForAFieldThatDoesNotExistIsAProblem() {
            Properties words = words();
            words.setProperty("Relationship.knowsEachOther", "they met | $.relationship.knowsEachOther");
            words.setProperty("Relationship.knowsEachOther.null", "never");
            words.setProperty("Request.subject", "the subject | $.subject");
            assertThat(FactReference.problems(words)).containsExactly(
                    "Relationship.knowsEachOther: no field 'knowsEachOther' on Relationship",
                    "Relationship.knowsEachOther.null: no field 'knowsEachOther' on Relationship",
                    "Request.subject: no fact type 'Request'");
        }

        @Test
        void aNullLineOnAPrimitiveFieldIsAProblem() {
            Properties words = words();
            words.setProperty("Relationship.degree.null", "when unknown");
            assertThat(FactReference.problems(words))
                    .containsExactly("Relationship.degree.null: degree is of type int, never null");
        }

        @Test
        void everyParametersAccessorIsDescribed() {
            Properties words = words();
            words.remove("Parameters.weeklyCap");
            assertThat(FactReference.problems(words)).containsExactly("Parameters.weeklyCap: no entry in"
                    + " knigge/facts.properties (Parameters.weeklyCap = what it does | an example)");
            assertThat(REFERENCE.facts().get(8).accessors()).extracting(FactReference.Accessor::name)
                    .containsExactly("decimal", "has", "integer", "weeklyCap");
        }

        @Test
        void aLexiconEntryMustNameNoteFieldsAndTheOneItsDetectorSets() {
            Properties words = words();
            words.setProperty("lexicon.pitch", "sellsSomething | phrases that sell");
            words.setProperty("lexicon.contosoProduct", "containsPitch | a product");
            assertThat(FactReference.problems(words)).containsExactly(
                    "lexicon.pitch: 'sellsSomething' is no field of Note",
                    "lexicon.pitch: the detector sets containsPitch, which the entry leaves out",
                    "lexicon.contosoProduct: no lexicon key 'contosoProduct' exists");
        }
    }

    @Nested
    class Types {
        @Test
        void aBoxedCountMayBeNullAndSaysWhen() {
            assertThat(field("Relationship", "connectedDays")).isEqualTo(new Field("connectedDays", "number", "number",
                    List.of(), "the request does not say", "days since they connected",
                    "$.relationship.connectedDays"));
        }

        @Test
        void aPrimitiveIsNeverNullAndAnEnumListsItsConstants() {
            Field degree = field("Relationship", "degree");
            assertThat(degree.nullable()).isFalse();
            assertThat(degree.source()).isEqualTo("$.relationship.degree (default 0)");
            assertThat(field("Relationship", "addressForm").type()).isEqualTo("enum AddressForm");
            assertThat(field("Relationship", "addressForm").values()).containsExactly("SIE", "DU", "UNKNOWN");
        }

        @Test
        void noteReadingsAreNullWhenTheLanguageHasNoLexicon() {
            Field specifics = field("Note", "specifics");
            assertThat(specifics.kind()).isEqualTo("boolean");
            assertThat(specifics.nullWhen()).isEqualTo(
                    "the note's language has no lexicon and $.declared.specifics is not given");
            assertThat(field("Note", "present").nullable()).isFalse();
        }

        @Test
        void theSubjectIsKeptAsGivenAndTheReferenceSaysSo() {
            Field subject = field("ReviewRequest", "subject");
            assertThat(subject.meaning()).contains("\"\" or \"   \" stay \"\" and \"   \", so subject == null misses a"
                    + " blank subject");
            assertThat(subject.nullWhen()).isEqualTo("the request has no subject (a blank one is not null)");
            assertThat(dev.knigge.request.ReviewRequest.builder(dev.knigge.request.RequestType.INMAIL).subject("   ")
                    .build().subject()).isEqualTo("   ");
            assertThat(dev.knigge.request.ReviewRequest.builder(dev.knigge.request.RequestType.INMAIL).subject("")
                    .build().subject()).isEqualTo("");
        }

        @Test
        void collectionsNameTheirElementsAndOtherTypesTheirGenerics() {
            assertThat(field("Recipient", "languages").type()).isEqualTo("collection of text");
            assertThat(field("Derived", "allTopics").type()).isEqualTo("collection of text");
            assertThat(field("Note", "spans").type()).isEqualTo("Map<String, List<Evidence>>");
            assertThat(field("ReviewRequest", "requester").type()).isEqualTo("fact Requester");
        }
    }

    @Nested
    class Rendering {
        @Test
        void textShowsEachFieldWithTypeNullabilityMeaningAndSource() {
            String text = FactsText.text(REFERENCE);
            assertThat(text).contains("\nRelationship: how requester and recipient are connected; absent, it reads as"
                    + " strangers, the careful reading (import dev.knigge.request.Relationship)\n"
                    + "  addressForm: enum AddressForm (SIE, DU, UNKNOWN), never null\n"
                    + "      how they address each other in German: SIE, DU or UNKNOWN\n"
                    + "      source: $.relationship.addressForm (default UNKNOWN)\n"
                    + "  connectedDays: number, may be null: the request does not say\n"
                    + "      days since they connected\n"
                    + "      source: $.relationship.connectedDays\n");
            assertThat(text).contains("  weeklyCap(RequestType): number\n"
                    + "      the weekly cap for a request type: integer(\"cap.weekly.\" + type)\n"
                    + "      e.g. Parameters( $cap : weeklyCap($type) )\n");
        }

        @Test
        void jsonHasOneObjectPerField() {
            String json = FactsJson.facts(REFERENCE);
            assertThat(json).startsWith("{\n  \"version\": 1,\n  \"facts\": [\n    {\n      \"name\": \"ReviewRequest\",\n");
            assertThat(json).contains("{\n          \"name\": \"connectedDays\",\n          \"kind\": \"number\",\n"
                    + "          \"type\": \"number\",\n          \"values\": [],\n          \"nullable\": true,\n"
                    + "          \"nullWhen\": \"the request does not say\",\n"
                    + "          \"meaning\": \"days since they connected\",\n"
                    + "          \"source\": \"$.relationship.connectedDays\"\n        }");
        }

        @Test
        void markdownEscapesPipesAndAngleBrackets() {
            String markdown = FactsText.markdown(REFERENCE);
            assertThat(markdown).contains("| `readable` | boolean | no | the policy has a lexicon for the note's"
                    + " language, so the wording could be judged; true without a note | derived: the policy's"
                    + " lexicon/&lt;language>.properties |\n");
            assertThat(markdown).contains("| `has(String)` | boolean | whether the policy defines the key, to guard a"
                    + " parameter a parent policy may not have | `Parameters( has(\"acme.inmail.reserve\") )` |\n");
            assertThat(markdown).contains("| `jobAsk` | detector | `asksForJob`, `bigAsk` | phrases that ask for a job,"
                    + " an internship or a referral |\n");
        }

        @Test
        void lexiconTextListsEveryKeyWithTheNoteFieldsItSets() {
            String text = FactsText.lexiconText(REFERENCE, null);
            for (FactReference.LexiconKey key : REFERENCE.lexiconKeys()) {
                assertThat(text).contains("\n  " + key.key() + " -> " + String.join(", ", key.sets()) + "\n");
            }
            assertThat(text).doesNotContain("defined in:");
            assertThat(REFERENCE.lexiconKeys()).extracting(FactReference.LexiconKey::key)
                    .containsExactlyInAnyOrderElementsOf(dev.knigge.internal.note.NoteFacts.LEXICON_KEYS);
        }

        @Test
        void aPolicysLexiconsSayWhichLanguagesDefineEachKey() {
            PolicyLexicons policy = new PolicyLexicons("acme", "1.0.0", List.of("de", "en"),
                    java.util.Map.of("purpose", List.of("de", "en"), "du", List.of("de"), "class.work", List.of("en")));
            String text = FactsText.lexiconText(REFERENCE, policy);
            assertThat(text).contains("and the languages of acme 1.0.0 that define it (its lexicons: de, en).\n");
            assertThat(text).contains("  purpose -> statesPurpose\n      phrases that say why now and what is wanted:"
                    + " a wish, a request, an invitation\n      defined in: de, en\n");
            assertThat(text).contains("  pitch -> containsPitch\n      phrases that sell something: a demo, an offer,"
                    + " a discount\n      defined in: none\n");
            assertThat(text).endsWith("  acme defines:\n    class.work  (en)\n");
            assertThat(FactsJson.lexicon(REFERENCE, policy)).endsWith("\"classes\": [\n    {\n      \"key\": \"class.work\",\n"
                    + "      \"languages\": [\n        \"en\"\n      ]\n    }\n  ]\n}\n");
        }
    }

    @Nested
    class Document {
        private final Path committed = Path.of("..").resolve(FactsText.DOCUMENT);

        @Test
        void docsFactsMdIsTheGeneratedReference() throws IOException {
            assertThat(DocumentCheck.check(committed)).as("docs/facts.md").isNull();
        }

        @Test
        void aStaleDocumentFailsWithHowToRegenerateIt(@TempDir Path dir) throws IOException {
            Path stale = dir.resolve("facts.md");
            Files.writeString(stale, FactsText.markdown(REFERENCE).replace("| `degree` |", "| `distance` |"),
                    StandardCharsets.UTF_8);
            assertThat(DocumentCheck.check(stale)).isEqualTo(stale + " differs from the generated reference at line "
                    + DocumentCheck.firstDifference(Files.readString(stale), FactsText.markdown(REFERENCE))
                    + "; regenerate it from the repository's root: " + FactsText.REGENERATE);
            assertThat(DocumentCheck.check(dir.resolve("missing.md"))).startsWith(dir.resolve("missing.md")
                    + " does not exist; regenerate it");
        }

        @Test
        void mainWritesTheDocument(@TempDir Path dir) throws IOException {
            Files.createDirectories(dir.resolve("docs"));
            FactsText.main(new String[] {dir.toString()});
            assertThat(DocumentCheck.check(dir.resolve(FactsText.DOCUMENT))).isNull();
        }

        @Test
        void theReadmeLinksTheReference() throws IOException {
            String readme = Files.readString(Path.of("../README.md"));
            assertThat(readme).contains("[docs/facts.md](docs/facts.md)");
        }
    }
}
