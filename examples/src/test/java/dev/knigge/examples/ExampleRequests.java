package dev.knigge.examples;

import dev.knigge.Advisor;
import dev.knigge.advice.Advice;
import dev.knigge.json.RequestJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reviews an example request file with the professional policy. */
final class ExampleRequests {
    private static final Advisor PROFESSIONAL = Advisor.builder().build();

    private ExampleRequests() {}

    static Advice review(String file) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return PROFESSIONAL.review(RequestJson.read(in));
        }
    }
}
