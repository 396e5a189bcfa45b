package dev.knigge.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Knigge's classes with another jackson-core than the build's, in a class loader of their own: the
 * jars that Spring Boot 3.0 and 3.3 carry (2.14, 2.17), and the oldest one Knigge takes (2.18).
 * The build copies those jars to {@code target/jackson-versions} (core's pom).
 */
class JacksonCoreVersionsTest {
    private static final Path JARS = Path.of(System.getProperty("knigge.jacksonJars", "target/jackson-versions"));
    private static final String REQUEST = "{\"type\": \"MESSAGE\", \"note\": \"Hallo Anna, eine Frage \uD83D\uDE00\"}";

    @ParameterizedTest
    @ValueSource(strings = {"2.14.3", "2.17.3"})
    void anOlderJacksonCoreFailsTheFirstReadNamingTheVersionKniggeNeeds(String version) throws Exception {
        Path jar = jar(version);
        try (URLClassLoader loader = knigge(jar)) {
            Throwable thrown = catchThrowable(() -> read(loader, REQUEST));
            assertThat(thrown).isInstanceOf(ExceptionInInitializerError.class);
            assertThat(thrown.getCause()).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Knigge needs jackson-core 2.18 or newer; found " + version + " (from " + jar + ")");
        }
    }

    @Test
    void theOldestJacksonCoreKniggeTakesReadsAndWritesARequest() throws Throwable {
        try (URLClassLoader loader = knigge(jar("2.18.2"))) {
            assertThat(loader.loadClass("com.fasterxml.jackson.core.json.PackageVersion").getField("VERSION").get(null))
                    .hasToString("2.18.2");
            Object request = read(loader, REQUEST);
            assertThat(request.getClass().getName()).isEqualTo("dev.knigge.request.ReviewRequest");
            Object written = loader.loadClass(RequestJson.class.getName())
                    .getMethod("write", loader.loadClass("dev.knigge.request.ReviewRequest")).invoke(null, request);
            assertThat((String) written).contains("\"note\":\"Hallo Anna, eine Frage \uD83D\uDE00\"");
        }
    }

    private static Path jar(String version) {
        Path jar = JARS.resolve("jackson-core-" + version + ".jar").toAbsolutePath();
        assertThat(jar).as("copied by core's pom (maven-dependency-plugin, jackson-versions)").exists();
        return jar;
    }

    /** Knigge and everything else on the test class path, but with this jackson-core instead of the build's. */
    private static URLClassLoader knigge(Path jackson) throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        urls.add(jackson.toUri().toURL());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!path.getFileName().toString().startsWith("jackson-core-") && Files.exists(path)) {
                urls.add(path.toUri().toURL());
            }
        }
        return new URLClassLoader("knigge-with-" + jackson.getFileName(), urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
    }

    private static Object read(ClassLoader loader, String json) throws Throwable {
        try {
            return loader.loadClass(RequestJson.class.getName()).getMethod("read", String.class).invoke(null, json);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
