package dev.knigge.cli;

import dev.knigge.scenario.QualityTargets;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --quality} and its gates, for {@code knigge test}. */
final class QualityOptions {
    @Option(names = "--quality", description = "Judge the verdicts only, as a corpus check: accuracy within each "
            + "case's judgement (expect.verdict or alsoOk), exact accuracy, the confusion matrix, nags, false and "
            + "missed blocks, and what each rule did. A case outside its judgement is listed but fails nothing "
            + "by itself: the gates decide.")
    boolean on;

    @Option(names = "--min-accuracy", paramLabel = "X", converter = Share.class,
            description = "Gate: at least this share of cases within their judgement (0.9 or 90%%).")
    Double minAccuracy;

    @Option(names = "--max-false-blocks", paramLabel = "N", converter = Count.class,
            description = "Gate: at most N cases labelled SEND told DO_NOT_SEND.")
    Integer maxFalseBlocks;

    @Option(names = "--max-nag-rate", paramLabel = "X", converter = Share.class,
            description = "Gate: at most this share of cases labelled SEND told REVISE (0.2 or 20%%).")
    Double maxNagRate;

    @Option(names = "--min-good-send", paramLabel = "X", converter = Share.class,
            description = "Gate: at least this share of cases labelled SEND get SEND (0.8 or 80%%).")
    Double minGoodSend;

    @Option(names = "--max-spam-sent", paramLabel = "N", converter = Count.class,
            description = "Gate: at most N cases labelled DO_NOT_SEND get SEND.")
    Integer maxSpamSent;

    /** The gates given, as targets; ends the command with a usage error when gates come without {@code --quality}. */
    QualityTargets targets(CommandSpec spec) {
        QualityTargets targets = QualityTargets.none();
        if (minAccuracy != null) {
            targets = targets.minAccuracy(minAccuracy);
        }
        if (maxFalseBlocks != null) {
            targets = targets.maxFalseBlocks(maxFalseBlocks);
        }
        if (maxNagRate != null) {
            targets = targets.maxNagRate(maxNagRate);
        }
        if (minGoodSend != null) {
            targets = targets.minGoodSend(minGoodSend);
        }
        if (maxSpamSent != null) {
            targets = targets.maxSpamSent(maxSpamSent);
        }
        if (!on && !targets.asMap().isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), flag(targets.asMap().keySet().iterator().next())
                    + " is a gate of --quality: add --quality");
        }
        return targets;
    }

    /** The option of a target: {@code minAccuracy} is {@code --min-accuracy}. */
    static String flag(String target) {
        return "--" + target.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    /** Reads a share: a fraction from 0 to 1 ({@code 0.9}) or a percentage ({@code 90%}). */
    static final class Share implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            String text = value.strip();
            boolean percent = text.endsWith("%");
            double share;
            try {
                share = Double.parseDouble(percent ? text.substring(0, text.length() - 1).strip() : text);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a share (write a fraction from 0 to 1, such as 0.9, or a percentage, such as 90%)");
            }
            if (percent) {
                share /= 100;
            }
            if (!(share >= 0 && share <= 1)) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not between 0 and 1"
                        + (percent ? " (0% to 100%)" : " (write 0.9 or 90% for ninety percent)"));
            }
            return share;
        }
    }

    /** Reads a count: a whole number, 0 or more. */
    static final class Count implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int count = Integer.parseInt(value.strip());
                if (count >= 0) {
                    return count;
                }
            } catch (NumberFormatException e) {
                // reported below, as for a negative number
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a count (a whole number, 0 or more)");
        }
    }
}
