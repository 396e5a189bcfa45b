package dev.knigge.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.knigge.server.internal.ExamplesHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The page's menu names every sample request of examples/requests/, each packaged into the jar. */
class ExamplesIndexTest {

    @Test
    void theIndexNamesEveryJsonFileOfTheExamplesFolderAndEachIsOnTheClassPath() throws IOException {
        try (Stream<Path> files = Files.list(Examples.FOLDER)) {
            assertThat(ExamplesHandler.files())
                    .containsExactlyInAnyOrderElementsOf(files.map(file -> file.getFileName().toString())
                            .filter(name -> name.endsWith(".json")).toList());
        }
        for (String file : ExamplesHandler.files()) {
            assertThat(getClass().getClassLoader().getResource("knigge/server/examples/" + file)).as(file).isNotNull();
        }
    }
}
