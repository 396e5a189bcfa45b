package dev.knigge.internal.policy;

/**
 * One file of a policy folder.
 *
 * @param path the path inside the policy folder, with {@code /} separators ({@code lexicon/de.properties})
 * @param origin how problems name the file: the folder as the user gave it plus the path
 * @param text the file's content, read as UTF-8
 */
public record PolicyFile(String path, String origin, String text) {

    /** The file name without folders. */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
