package dev.knigge.json;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Iterator;
import org.junit.jupiter.api.Test;

/**
 * The codec's fuzz properties at soak size: {@code mvn -Plong verify} (or
 * {@code -Dknigge.soak.fuzzCases=N}) runs their contract over N more documents and N more byte
 * strings, drawn from the same generators. Skipped in the default build, where the properties
 * themselves run.
 */
class FuzzSoakTest {
    private static final int CASES = Integer.getInteger("knigge.soak.fuzzCases", 0);

    @Test
    void manyMoreDocumentsKeepTheContract() {
        assumeTrue(CASES > 0, "a soak run only");
        Iterator<String> documents = HostileJson.documents().sampleStream().iterator();
        for (int i = 0; i < CASES; i++) {
            HostileJsonProperties.checkDocument(documents.next());
        }
    }

    @Test
    void manyMoreByteStringsKeepTheContract() {
        assumeTrue(CASES > 0, "a soak run only");
        Iterator<byte[]> bytes = HostileJsonProperties.randomBytes().sampleStream().iterator();
        for (int i = 0; i < CASES; i++) {
            HostileJsonProperties.checkBytes(bytes.next());
        }
    }
}
