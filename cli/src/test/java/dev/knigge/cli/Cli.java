package dev.knigge.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the real command in-process, capturing its output and exit code. */
final class Cli {
    /** What one run gave. */
    record Run(int code, String out, String err) {}

    static final String STRANGER = "../examples/requests/recommendation-from-a-stranger.json";
    static final String OFF_TOPIC = "../examples/requests/group-invite-off-topic.json";
    static final String COLLEAGUE = "../examples/requests/connection-former-colleague.json";
    static final String CAMPAIGN = "../examples/requests/campaign.ndjson";

    private Cli() {}

    static Run run(String... args) {
        return runWithStdin("", args);
    }

    static Run runWithStdin(String stdin, String... args) {
        return run(stdin, false, args);
    }

    /** Runs as if stderr were an interactive terminal. */
    static Run runOnTerminal(String... args) {
        return run("", true, args);
    }

    private static Run run(String stdin, boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int code = Knigge.run(args, new PrintWriter(out), new PrintWriter(err), in, terminal);
        return new Run(code, out.toString(), err.toString());
    }
}
