package dev.knigge.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JacksonVersionTest {
    private static final String JAR = "/libs/jackson-core.jar";

    private static Version version(int major, int minor, int patch, String snapshot) {
        return new Version(major, minor, patch, snapshot, "com.fasterxml.jackson.core", "jackson-core");
    }

    @ParameterizedTest
    @CsvSource({"2, 18, 0, ", "2, 18, 2, ", "2, 19, 0, SNAPSHOT", "2, 21, 3, ", "2, 100, 0, "})
    void takesTheOldestVersionItNeedsAndAnyNewer(int major, int minor, int patch, String snapshot) {
        assertThatCode(() -> JacksonVersion.check(version(major, minor, patch, snapshot), JAR)).doesNotThrowAnyException();
    }

    @Test
    void refusesAnOlderVersionNamingTheVersionNeededTheVersionFoundAndItsJar() {
        assertThatThrownBy(() -> JacksonVersion.check(version(2, 15, 2, null), "/app/lib/jackson-core-2.15.2.jar"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Knigge needs jackson-core 2.18 or newer; found 2.15.2 (from /app/lib/jackson-core-2.15.2.jar)");
    }

    @ParameterizedTest
    @CsvSource({"14, 1, 2.14.1", "15, 2, 2.15.2", "16, 2, 2.16.2", "17, 3, 2.17.3"})
    void refusesWhatSpringBoot3Before34Carries(int minor, int patch, String shown) {
        assertThatThrownBy(() -> JacksonVersion.check(version(2, minor, patch, null), JAR))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Knigge needs jackson-core 2.18 or newer; found " + shown + " (from " + JAR + ")");
    }

    @Test
    void takesAPreReleaseOf218WhichHasTheSameApi() {
        assertThatCode(() -> JacksonVersion.check(version(2, 18, 0, "rc1"), JAR)).doesNotThrowAnyException();
    }

    @Test
    void refusesJackson1() {
        assertThatThrownBy(() -> JacksonVersion.check(version(1, 9, 13, null), JAR))
                .hasMessage("Knigge needs jackson-core 2.18 or newer; found 1.9.13 (from " + JAR + ")");
    }

    @Test
    void letsAJarThatLostItsVersionPass() {
        assertThatCode(() -> JacksonVersion.check(Version.unknownVersion(), JAR)).doesNotThrowAnyException();
        assertThatCode(() -> JacksonVersion.check(null, JAR)).doesNotThrowAnyException();
    }

    @Test
    void takesTheJacksonCoreThisBuildUsesAndNamesItsJar() {
        assertThatCode(JacksonVersion::require).doesNotThrowAnyException();
        assertThat(JacksonVersion.source()).containsPattern("jackson-core-2\\.\\d+\\.\\d+\\.jar$");
    }
}
