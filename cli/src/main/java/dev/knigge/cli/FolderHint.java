package dev.knigge.cli;

import dev.knigge.internal.Suggestions;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * What to say when {@code --policy} names no built-in policy and has no {@code /}, so it was not
 * read as a folder: a folder of that name here is most likely what was meant.
 */
final class FolderHint {
    private static final String PREFIX = "a --policy value without / names a built-in policy; ";

    private FolderHint() {}

    /**
     * The hint for a value that named no built-in policy, or {@code null} when the problem already
     * says enough (a near miss of a built-in id, whose did-you-mean is in it, and no such folder here).
     */
    static String of(String value, List<String> builtIns) {
        if (isDirectory(value)) {
            return PREFIX + "for the folder " + value + " here, write --policy ./" + value;
        }
        if (Suggestions.closest(value, builtIns) != null) {
            return null;
        }
        return PREFIX + "for a folder, write --policy ./" + value;
    }

    private static boolean isDirectory(String value) {
        try {
            return Files.isDirectory(Path.of(value));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
