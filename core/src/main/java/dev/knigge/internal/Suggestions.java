package dev.knigge.internal;

import java.util.Collection;

/** "Did you mean …?" for names that are almost right. */
public final class Suggestions {
    private Suggestions() {}

    /**
     * The closest candidate within an edit distance that depends on the name's length, or
     * {@code null}.
     */
    public static String closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int allowed = Math.max(2, name.length() / 3);
        for (String candidate : candidates) {
            // The distance is at least the difference in length: a name far longer or shorter than
            // every candidate (a hostile one, say) costs nothing.
            if (Math.abs(candidate.length() - name.length()) > allowed) {
                continue;
            }
            int distance = distance(name.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    /**
     * {@code " (did you mean \"x\"?)"} for the closest candidate, or, failing that, a hint that
     * the name may start with one of the given prefixes; empty when there is nothing to say.
     */
    public static String didYouMean(String name, Collection<String> candidates, String... prefixes) {
        String closest = closest(name, candidates);
        if (closest != null) {
            return " (did you mean \"" + closest + "\"?)";
        }
        if (prefixes.length > 0) {
            return " (known keys: " + String.join(", ", candidates) + ", or keys starting with "
                    + String.join(" or ", prefixes) + ")";
        }
        return "";
    }

    /** Optimal string alignment distance: edits, with a swap of neighbours counting once. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
