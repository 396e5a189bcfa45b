package dev.knigge.internal.engine;

import dev.knigge.Severity;

/**
 * What Knigge knows about one compiled DRL rule.
 *
 * @param id the rule id from {@code @id}
 * @param severity the tier's severity from {@code @severity}, before overrides
 * @param evidence the note fact whose spans become the finding's evidence ({@code @evidence}), or {@code null}
 * @param packageName the DRL package
 * @param name the rule's name
 * @param origin the file it is in
 * @param line the line of its {@code rule} keyword
 */
public record RuleMeta(String id, Severity severity, String evidence, String packageName, String name,
                       String origin, int line) implements java.io.Serializable {

    /** The key that tells rules apart across packages. */
    public static String key(String packageName, String name) {
        return packageName + '\u0000' + name;
    }
}
