package dev.knigge.internal.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatchTest {
    private static final long HOUR = 3_600_000;

    @TempDir
    Path dir;

    private Path policy(long modified) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("policy"));
        Files.createDirectories(folder.resolve("lexicon"));
        for (Path file : List.of(folder.resolve("policy.properties"), folder.resolve("rules.drl"),
                folder.resolve("lexicon/en.properties"))) {
            Files.writeString(file, "x");
            Files.setLastModifiedTime(file, FileTime.fromMillis(modified));
        }
        // The lexicon folder counts too: renaming a file into it changes the folder's time.
        Files.setLastModifiedTime(folder.resolve("lexicon"), FileTime.fromMillis(modified));
        return folder;
    }

    @Test
    void aPolicyFileChangedAtOrAfterTheTimeCounts() throws Exception {
        long now = System.currentTimeMillis();
        Path folder = policy(now - HOUR);
        assertThat(FolderWatch.modifiedSince(List.of(folder), now - HOUR)).as("at the time").isTrue();
        assertThat(FolderWatch.modifiedSince(List.of(folder), now)).as("before it").isFalse();
        Files.setLastModifiedTime(folder.resolve("lexicon/en.properties"), FileTime.fromMillis(now + 1));
        assertThat(FolderWatch.modifiedSince(List.of(folder), now)).as("a lexicon changed after").isTrue();
    }

    @Test
    void otherFilesDoNotCount() throws Exception {
        long now = System.currentTimeMillis();
        Path folder = policy(now - HOUR);
        Files.writeString(folder.resolve("rules.drl~"), "backup");
        Files.writeString(folder.resolve(".rules.drl.swp"), "swap");
        assertThat(FolderWatch.modifiedSince(List.of(folder), now - HOUR / 2)).isFalse();
    }

    @Test
    void aFolderThatIsGoneCountsAsChanged() {
        assertThat(FolderWatch.modifiedSince(List.of(dir.resolve("missing")), System.currentTimeMillis())).isTrue();
    }
}
