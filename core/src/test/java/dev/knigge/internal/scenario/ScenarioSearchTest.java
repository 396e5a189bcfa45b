package dev.knigge.internal.scenario;

import static dev.knigge.internal.scenario.ScenarioFixtures.stranger;
import static dev.knigge.internal.scenario.ScenarioFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.scenario.Scenario;
import dev.knigge.scenario.ScenarioProblem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding scenario files: folders searched recursively, in an order that is the same everywhere. */
class ScenarioSearchTest {
    static final String EXPECT = "{\"verdict\": \"DO_NOT_SEND\", \"rules\": {\"SAMPLE-STRANGER\": \"BLOCKER\"}}";

    @TempDir
    Path dir;

    @Test
    void searchesFoldersRecursivelyFolderByFolderInNameOrder() {
        Path b = write(dir, "b.json", stranger(EXPECT));
        Path az = write(dir, "a/z.json", stranger(EXPECT));
        Path abc = write(dir, "a-b/c.json", stranger(EXPECT));
        Path deep = write(dir, "a/deeper/still/y.JSON", stranger(EXPECT));

        ScenarioSet set = Scenarios.load(dir);

        assertThat(set.scenarios()).extracting(Scenario::file).containsExactly(deep, az, abc, b);
        assertThat(set.problems()).isEmpty();
    }

    @Test
    void readsOnlyJsonFilesInFoldersAndSkipsThoseWithoutExpect() {
        Path scenario = write(dir, "scenario.json", stranger(EXPECT));
        write(dir, "notes.txt", stranger(EXPECT));
        write(dir, "campaign.ndjson", "{\"type\": \"CONNECTION\"}\n");
        Path request = write(dir, "requests/draft.json", "{\"type\": \"CONNECTION\"}");

        ScenarioSet set = Scenarios.load(dir);

        assertThat(set.scenarios()).extracting(Scenario::file).containsExactly(scenario);
        assertThat(set.skipped()).containsExactly(request);
    }

    @Test
    void readsAFileNamedDirectlyWhateverItsName() {
        Path file = write(dir, "stranger.scenario", stranger(EXPECT));

        assertThat(Scenarios.load(file).scenarios()).extracting(Scenario::file).containsExactly(file);
    }

    @Test
    void keepsThePathsInTheOrderGivenAndReadsAFileFoundTwiceOnce() {
        Path one = write(dir, "one/s.json", stranger(EXPECT));
        Path two = write(dir, "two/s.json", stranger(EXPECT));

        ScenarioSet set = Scenarios.load(dir.resolve("two"), dir.resolve("one"), one, dir);

        assertThat(set.scenarios()).extracting(Scenario::file).containsExactly(two, one);
    }

    @Test
    void goesOnAfterABadFileAndAMissingPath() {
        Path bad = write(dir, "a.json", "{\"expect\": ");
        Path good = write(dir, "b.json", stranger(EXPECT));
        Path missing = dir.resolve("missing");

        ScenarioSet set = Scenarios.load(missing, dir);

        assertThat(set.scenarios()).extracting(Scenario::file).containsExactly(good);
        assertThat(set.problems()).extracting(ScenarioProblem::file).containsExactly(missing, bad);
    }

    @Test
    void findsNothingInAnEmptyFolder() {
        assertThat(Scenarios.load(dir).isEmpty()).isTrue();
    }
}
