package dev.knigge.internal.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a {@code .properties} entry's value starts, so a problem with the value can point at it. */
class PropertiesFileTest {

    @Test
    void theColumnOfAValueIsWhereItsFirstCharacterIs() {
        PropertiesFile file = PropertiesFile.parse("p", "extends=sampel\n  extends2 = x\nkey:value\nkey2 value\n");
        assertThat(file.column("extends")).isEqualTo(9);
        assertThat(file.column("extends2")).isEqualTo(14);
        assertThat(file.column("key")).isEqualTo(5);
        assertThat(file.column("key2")).isEqualTo(6);
    }

    @Test
    void anItemOfAValueIsPlacedOnTheContinuationLineThatHoldsIt() {
        PropertiesFile file = PropertiesFile.parse("p", "# pitches\npitch=book a demo|a demo\\\n  |our pricing\\\n"
                + "  |see a demo\nother=a demo\n");
        assertThat(file.lineOf("pitch", "book a demo")).isEqualTo(2);
        assertThat(file.lineOf("pitch", "a demo")).isEqualTo(2);
        assertThat(file.lineOf("pitch", "our pricing")).isEqualTo(3);
        assertThat(file.lineOf("pitch", "see a demo")).isEqualTo(4);
        assertThat(file.lineOf("other", "a demo")).isEqualTo(5);
        // Not written whole on one line: the key's line; an absent key: 0.
        assertThat(file.lineOf("pitch", "demo")).isEqualTo(2);
        assertThat(file.lineOf("absent", "x")).isZero();
        // The key is not the value: an item spelt like the key is found after the separator only.
        PropertiesFile spaced = PropertiesFile.parse("p", "demo = demo\\\n  |x\npitch : a|b\n");
        assertThat(spaced.lineOf("demo", "demo")).isEqualTo(1);
        assertThat(spaced.lineOf("demo", "x")).isEqualTo(2);
        assertThat(spaced.lineOf("pitch", "a")).isEqualTo(3);
    }

    @Test
    void aByteOrderMarkTakesNoColumn() {
        assertThat(PropertiesFile.parse("p", "\uFEFFid=x\n").column("id")).isEqualTo(4);
    }

    @Test
    void aValueOnAContinuationLineOrAnEmptyOneOrAMissingKeyHasNoColumn() {
        PropertiesFile file = PropertiesFile.parse("p", "list=\\\n    a, b\nempty=\n");
        assertThat(file.get("list")).isEqualTo("a, b");
        assertThat(file.column("list")).isZero();
        assertThat(file.column("empty")).isZero();
        assertThat(file.column("absent")).isZero();
    }
}
