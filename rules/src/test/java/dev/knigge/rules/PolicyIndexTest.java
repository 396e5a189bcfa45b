package dev.knigge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Classpath folders in a jar can't be listed, so each built-in policy names its files in an
 * {@code index}, and {@code knigge/policies.list} names the policies: both must match the folders.
 */
class PolicyIndexTest {

    @Test
    void policiesListNamesEveryPolicyFolder() throws IOException {
        Set<String> folders;
        try (Stream<Path> entries = Files.list(PolicySources.POLICIES)) {
            folders = entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(PolicySources.listed(PolicySources.POLICIES.resolveSibling("policies.list"))).isEqualTo(folders);
        assertThat(Policy.builtInIds()).containsExactlyElementsOf(folders);
    }

    @Test
    void professionalIndexListsExactlyItsFiles() {
        assertIndexMatches(PolicySources.PROFESSIONAL);
    }

    @Test
    void strictIndexListsExactlyItsFiles() {
        assertIndexMatches(PolicySources.STRICT);
    }

    private static void assertIndexMatches(Path folder) {
        Set<String> files = PolicySources.filesUnder(folder);
        files.remove("index");
        assertThat(PolicySources.listed(folder.resolve("index"))).as("index of %s", folder.getFileName())
                .isEqualTo(files);
    }
}
