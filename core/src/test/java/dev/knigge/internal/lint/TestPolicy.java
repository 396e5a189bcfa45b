package dev.knigge.internal.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small clean policy written to a folder, with one file swapped per test. The DRL header is
 * five lines (the request's parts are imported on the line of the authoring import), so the first
 * rule starts on line 6.
 */
final class TestPolicy {
    static final String HEADER = "package lint.test;\n\nimport dev.knigge.request.RequestType;\nimport dev.knigge.authoring.*;"
            + " import dev.knigge.request.ReviewRequest; import dev.knigge.request.Requester; import dev.knigge.request.Recipient;"
            + " import dev.knigge.request.Relationship; import dev.knigge.request.Activity; import dev.knigge.request.Group;\n\n";
    static final String PROPERTIES = "id=clean\nversion=1\nlocales=en,de\nparam.limit=3\n";
    /** One rule, lines 6 to 15; its consequence is on line 14. */
    static final String RULE = """
            rule "T-ONE a connection request over the limit"
                @id(T-ONE)
                @severity(WARNING)
            when
                ReviewRequest( type == RequestType.CONNECTION )
                Parameters( $limit : integer("limit") )
                Activity( similarSentLast7Days >= $limit )
            then
                Findings.raise(kcontext, "limit", $limit);
            end
            """;
    static final String MESSAGES_EN = "T-ONE.title=Over the limit\nT-ONE.reason=More than {limit} this week.\n"
            + "T-ONE.suggestion=Wait until next week.\n";
    static final String MESSAGES_DE = "T-ONE.title=Über der Grenze\nT-ONE.reason=Mehr als {limit} diese Woche.\n"
            + "T-ONE.suggestion=Warten Sie bis nächste Woche.\n";

    private final Path dir;
    private final Map<String, String> files = new LinkedHashMap<>();

    private TestPolicy(Path dir) {
        this.dir = dir;
        files.put("policy.properties", PROPERTIES);
        files.put("rules.drl", HEADER + RULE);
        files.put("messages_en.properties", MESSAGES_EN);
        files.put("messages_de.properties", MESSAGES_DE);
    }

    /** The clean policy, to be written into {@code dir}. */
    static TestPolicy in(Path dir) {
        return new TestPolicy(dir);
    }

    /** Replaces (or adds) a file. */
    TestPolicy with(String path, String text) {
        files.put(path, text);
        return this;
    }

    /** Replaces the rules after the header. */
    TestPolicy rules(String drl) {
        return with("rules.drl", HEADER + drl);
    }

    /** Leaves a file out. */
    TestPolicy without(String path) {
        files.remove(path);
        return this;
    }

    /** Writes the files and returns the folder. */
    Path write() {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
