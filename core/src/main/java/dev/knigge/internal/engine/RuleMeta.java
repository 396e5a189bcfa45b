package dev.knigge.internal.engine;

import dev.knigge.advice.Severity;

/**
 * What Knigge knows about one compiled DRL rule.
 *
 * @param id the rule id from {@code @id}
 * @param severity the tier's severity from {@code @severity}, before overrides; {@code null} for a rule that
 *        reports what could not be judged ({@code unchecked})
 * @param evidence the note fact whose spans become the finding's evidence ({@code @evidence}), or {@code null}
 * @param unchecked what the rule reports under the advice's {@code unchecked} when it fires
 *        ({@code @unchecked(recipient-profile)}): the norm needed a fact the request left unknown; or
 *        {@code null} for a rule that raises a finding
 * @param packageName the DRL package
 * @param name the rule's name
 * @param origin the file it is in
 * @param line the line of its {@code rule} keyword
 */
public record RuleMeta(String id, Severity severity, String evidence, String unchecked, String packageName,
                       String name, String origin, int line) implements java.io.Serializable {

    /** Whether the rule reports what could not be judged rather than raising a finding. */
    public boolean reportsUnchecked() {
        return unchecked != null;
    }

    /** The key that tells rules apart across packages. */
    public static String key(String packageName, String name) {
        return packageName + '\u0000' + name;
    }
}
