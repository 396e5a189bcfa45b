package dev.knigge.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.PackageVersion;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * The oldest jackson-core Knigge runs on, checked before the shared factory is built. Knigge uses
 * {@code COMBINE_UNICODE_SURROGATES_IN_UTF8} (2.18) and its input limits rest on
 * {@code StreamReadConstraints} (2.15) with {@code maxNameLength} (2.16); an application that
 * pins an older jackson-core would otherwise fail with a {@code NoSuchFieldError} or
 * {@code NoSuchMethodError} that names neither Knigge nor the version it needs. Working around
 * the missing pieces instead would read requests without some of those limits, so Knigge refuses.
 * This class touches only API that every jackson-core 2.x has.
 */
final class JacksonVersion {
    /** The oldest minor version of jackson-core 2 that has everything Knigge uses. */
    static final int MINIMUM_MINOR = 18;

    private JacksonVersion() {}

    /**
     * Fails when the jackson-core on the class path is older than {@value #MINIMUM_MINOR}.
     *
     * @throws IllegalStateException naming the version needed, the version found and its jar
     */
    static void require() {
        check(PackageVersion.VERSION, source());
    }

    /**
     * Fails when {@code found} is older than jackson-core 2.{@value #MINIMUM_MINOR}; an unknown
     * version (a repackaged jar that lost its version) passes, as Knigge cannot tell.
     *
     * @param source where that jackson-core comes from, for the message
     * @throws IllegalStateException naming the version needed, the version found and its source
     */
    static void check(Version found, String source) {
        if (found == null || found.isUnknownVersion()) {
            return;
        }
        if (found.getMajorVersion() < 2 || found.getMajorVersion() == 2 && found.getMinorVersion() < MINIMUM_MINOR) {
            throw new IllegalStateException("Knigge needs jackson-core 2." + MINIMUM_MINOR + " or newer; found "
                    + found + " (from " + source + ")");
        }
    }

    /** The jar (or folder) jackson-core's classes were loaded from, or a phrase saying it is unknown. */
    static String source() {
        try {
            CodeSource code = JsonFactory.class.getProtectionDomain().getCodeSource();
            URL location = code == null ? null : code.getLocation();
            if (location == null) {
                return "an unknown location";
            }
            return "file".equals(location.getProtocol()) ? Path.of(location.toURI()).toString() : location.toString();
        } catch (RuntimeException | java.net.URISyntaxException e) {
            return "an unknown location";
        }
    }
}
