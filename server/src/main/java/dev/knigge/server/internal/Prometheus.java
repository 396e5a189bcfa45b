package dev.knigge.server.internal;

import java.math.BigDecimal;

/** The bits of the Prometheus text exposition format (version 0.0.4) the metrics need. */
final class Prometheus {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private Prometheus() {}

    /** Starts a metric family: its help and type lines. */
    static void family(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    /** A label value, escaped: backslash, double quote and line feed. */
    static String label(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** A number without exponent noise: {@code 0.00025}, {@code 1}, {@code 2.5}. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
