package dev.knigge.scenario;

import dev.knigge.advice.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The figures a policy's verdicts must reach on labelled cases: the gates of
 * {@code knigge test --quality} and of {@code PolicyScenarios.assertQuality}. Start from
 * {@link #none()} and set the targets that matter:
 *
 * <pre>{@code
 * QualityTargets targets = QualityTargets.none().minAccuracy(0.90).minGoodSend(0.80).maxFalseBlocks(0).maxSpamSent(0);
 * List<QualityTargets.Shortfall> missed = targets.shortfalls(quality);   // empty when every target holds
 * }</pre>
 *
 * A target at its default ({@code 0} for a minimum share, {@code 1} for a maximum rate, no limit
 * for a count) holds whatever the figures. Immutable and thread-safe.
 *
 * @param minAccuracy the least share of cases within their judgement, 0 to 1
 * @param maxFalseBlocks the most good notes (labelled SEND) told DO_NOT_SEND, or {@link Integer#MAX_VALUE} for no limit
 * @param maxNagRate the largest share of good notes told REVISE, 0 to 1
 * @param minGoodSend the least share of good notes that get SEND, 0 to 1
 * @param maxSpamSent the most cases labelled DO_NOT_SEND that get SEND, or {@link Integer#MAX_VALUE} for no limit
 */
public record QualityTargets(double minAccuracy, int maxFalseBlocks, double maxNagRate, double minGoodSend,
                             int maxSpamSent) {
    /** Shares are compared with this much slack, so that 0.9 holds for 9 cases of 10 however it was written. */
    private static final double SLACK = 1e-9;

    /** Checks the fields. */
    public QualityTargets {
        checkShare(minAccuracy, "minAccuracy");
        checkShare(maxNagRate, "maxNagRate");
        checkShare(minGoodSend, "minGoodSend");
        checkCount(maxFalseBlocks, "maxFalseBlocks");
        checkCount(maxSpamSent, "maxSpamSent");
    }

    /** No targets: every figure holds. */
    public static QualityTargets none() {
        return new QualityTargets(0, Integer.MAX_VALUE, 1, 0, Integer.MAX_VALUE);
    }

    /** A copy with the least share of cases within their judgement (0 to 1). */
    public QualityTargets minAccuracy(double share) {
        return new QualityTargets(share, maxFalseBlocks, maxNagRate, minGoodSend, maxSpamSent);
    }

    /** A copy with the most good notes told DO_NOT_SEND. */
    public QualityTargets maxFalseBlocks(int count) {
        return new QualityTargets(minAccuracy, count, maxNagRate, minGoodSend, maxSpamSent);
    }

    /** A copy with the largest share of good notes told REVISE (0 to 1). */
    public QualityTargets maxNagRate(double share) {
        return new QualityTargets(minAccuracy, maxFalseBlocks, share, minGoodSend, maxSpamSent);
    }

    /** A copy with the least share of good notes that get SEND (0 to 1). */
    public QualityTargets minGoodSend(double share) {
        return new QualityTargets(minAccuracy, maxFalseBlocks, maxNagRate, share, maxSpamSent);
    }

    /** A copy with the most cases labelled DO_NOT_SEND that get SEND. */
    public QualityTargets maxSpamSent(int count) {
        return new QualityTargets(minAccuracy, maxFalseBlocks, maxNagRate, minGoodSend, count);
    }

    /** The targets that are set (not at their default), by name, in the order of the fields. */
    public Map<String, Number> asMap() {
        QualityTargets none = none();
        Map<String, Number> set = new LinkedHashMap<>();
        if (minAccuracy != none.minAccuracy) {
            set.put("minAccuracy", minAccuracy);
        }
        if (maxFalseBlocks != none.maxFalseBlocks) {
            set.put("maxFalseBlocks", maxFalseBlocks);
        }
        if (maxNagRate != none.maxNagRate) {
            set.put("maxNagRate", maxNagRate);
        }
        if (minGoodSend != none.minGoodSend) {
            set.put("minGoodSend", minGoodSend);
        }
        if (maxSpamSent != none.maxSpamSent) {
            set.put("maxSpamSent", maxSpamSent);
        }
        return Collections.unmodifiableMap(set);
    }

    /** Every target the report misses, in the order of the fields, each saying by how much; empty when all hold. */
    public List<Shortfall> shortfalls(QualityReport report) {
        Objects.requireNonNull(report, "report == null");
        List<Shortfall> missed = new ArrayList<>();
        int good = report.labelled(Verdict.SEND);
        if (report.accuracy() + SLACK < minAccuracy) {
            missed.add(new Shortfall("minAccuracy", percent(report.accuracy()) + " within the judgement ("
                    + report.within() + " of " + report.cases().size() + "), " + points(minAccuracy - report.accuracy())
                    + " below " + percent(minAccuracy)));
        }
        if (report.falseBlocks() > maxFalseBlocks) {
            missed.add(new Shortfall("maxFalseBlocks", plural(report.falseBlocks(), "good note") + " told DO_NOT_SEND, "
                    + (report.falseBlocks() - maxFalseBlocks) + " more than " + maxFalseBlocks));
        }
        if (report.nagRate() > maxNagRate + SLACK) {
            missed.add(new Shortfall("maxNagRate", percent(report.nagRate()) + " of good notes told REVISE ("
                    + report.nags() + " of " + good + "), " + points(report.nagRate() - maxNagRate) + " above "
                    + percent(maxNagRate)));
        }
        if (report.goodSendShare() + SLACK < minGoodSend) {
            missed.add(new Shortfall("minGoodSend", percent(report.goodSendShare()) + " of good notes get SEND ("
                    + report.goodSend() + " of " + good + "), " + points(minGoodSend - report.goodSendShare())
                    + " below " + percent(minGoodSend)));
        }
        if (report.spamSent() > maxSpamSent) {
            missed.add(new Shortfall("maxSpamSent", plural(report.spamSent(), "case") + " labelled DO_NOT_SEND "
                    + (report.spamSent() == 1 ? "gets" : "get") + " SEND, "
                    + (report.spamSent() - maxSpamSent) + " more than " + maxSpamSent));
        }
        return List.copyOf(missed);
    }

    /** {@code 72.6 %}. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String points(double share) {
        return String.format(Locale.ROOT, "%.1f points", share * 100);
    }

    private static void checkShare(double share, String name) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1 (was " + share + ")");
        }
    }

    private static void checkCount(int count, String name) {
        if (count < 0) {
            throw new IllegalArgumentException(name + " must not be negative (was " + count + ")");
        }
    }

    /**
     * A target the figures miss.
     *
     * @param target the name of the target, as the field is named: {@code minAccuracy}, {@code maxFalseBlocks}, …
     * @param message what was measured, against what, and by how much it misses, such as
     *        {@code 72.6 % within the judgement (61 of 84), 17.4 points below 90.0 %}
     */
    public record Shortfall(String target, String message) {

        /** Checks the fields. */
        public Shortfall {
            Objects.requireNonNull(target, "target == null");
            Objects.requireNonNull(message, "message == null");
        }

        /** {@code target: message}. */
        @Override
        public String toString() {
            return target + ": " + message;
        }
    }
}
