package dev.knigge.rules;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real-notes corpus is: real networking notes with their publishers' judgement, kept
 * outside the repository (the notes are third-party text, read in place and never copied in).
 */
final class RealNotes {
    /** The system property that names the corpus folder. */
    static final String PROPERTY = "knigge.realNotes";
    /** The environment variable that names the corpus folder when the property is not set. */
    static final String ENVIRONMENT = "KNIGGE_REAL_NOTES";

    private RealNotes() {}

    /**
     * The corpus folder: the one {@code property} or else {@code environment} names (relative to
     * the working directory), else {@code ../shared/corpus/real-notes} beside the repository that
     * holds the working directory (Maven runs each module's tests in the module's folder).
     *
     * @param property the value of {@link #PROPERTY}, or {@code null}
     * @param environment the value of {@link #ENVIRONMENT}, or {@code null}
     */
    static Path locate(String property, String environment, Path workingDirectory) {
        for (String named : new String[] {property, environment}) {
            if (named != null && !named.isBlank()) {
                return workingDirectory.resolve(named.strip()).normalize();
            }
        }
        return repositoryRoot(workingDirectory).resolve("../shared/corpus/real-notes").normalize();
    }

    /** Whether the folder was named explicitly, so that its absence is an error rather than a reason to skip. */
    static boolean named(String property, String environment) {
        return (property != null && !property.isBlank()) || (environment != null && !environment.isBlank());
    }

    /** The nearest folder at or above {@code directory} that holds the parent POM and the rules module. */
    static Path repositoryRoot(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        for (Path candidate = absolute; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("pom.xml")) && Files.isRegularFile(candidate.resolve("rules/pom.xml"))) {
                return candidate;
            }
        }
        return absolute;
    }
}
