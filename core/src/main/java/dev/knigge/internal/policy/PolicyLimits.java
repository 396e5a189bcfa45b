package dev.knigge.internal.policy;

/**
 * How big a policy from disk may be, so that no policy content can exhaust memory or flood a
 * message: each a problem naming the file when exceeded. Generous: the built-in policies use a
 * twentieth of each.
 */
public final class PolicyLimits {
    private PolicyLimits() {}

    /** Bytes of one policy file (the built-in lexicons are about 50 KB). */
    public static final int FILE_BYTES = 1 << 20;
    /** Policy files in one folder ({@code policy.properties}, rules, bundles, lexicons). */
    public static final int FILES = 200;
    /** Characters of one parameter's value: a number. */
    public static final int PARAMETER_CHARS = 100;
    /** Characters of one message (a title, reason or suggestion) as written in a bundle. */
    public static final int MESSAGE_CHARS = 2_000;
    /** Characters of one message once its placeholders are filled. */
    public static final int RENDERED_CHARS = 4_000;
    /** Characters of a value quoted in a problem. */
    public static final int QUOTED_CHARS = 60;

    /** A value as a problem quotes it: cut to {@link #QUOTED_CHARS} with its full length said. */
    public static String quote(String value) {
        return value.length() <= QUOTED_CHARS ? value
                : value.substring(0, QUOTED_CHARS) + "… (" + value.length() + " characters)";
    }
}
