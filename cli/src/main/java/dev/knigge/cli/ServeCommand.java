package dev.knigge.cli;

import dev.knigge.Advisor;
import dev.knigge.AdvisorListener;
import dev.knigge.Policy;
import dev.knigge.policy.PolicyException;
import dev.knigge.server.KniggeServer;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code knigge serve}: the review as an HTTP service, and the compose page, until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the review over HTTP, with the compose page at /: POST /v1/review, /v1/review/batch "
                + "(NDJSON), /v1/audit (NDJSON); GET /v1/rules, /v1/policies, /v1/facts, /healthz, /metrics "
                + "(Prometheus). A policy folder is watched: an edit that loads goes into service, a broken one is "
                + "reported on stderr, /healthz and the page while the last good policy keeps serving."},
        footer = {"", "Examples:",
                "  knigge serve",
                "  knigge serve --policy ./acme-policy --port 9000",
                "  curl -s -H 'Content-Type: application/json' --data-binary @draft.json http://127.0.0.1:8080/v1/review",
                "",
                "SIGTERM or Ctrl-C stops it; requests in flight finish first (for up to 10 seconds)."})
final class ServeCommand implements Callable<Integer> {
    /** How long requests in flight may take to finish when the service is stopped. */
    private static final Duration GRACE = Duration.ofSeconds(10);

    @Spec
    CommandSpec spec;

    @Mixin
    PolicyOptions policy;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port to listen on; 0 picks a free one (the URL printed names it). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on. Default: ${DEFAULT-VALUE}, this machine only; "
                    + "0.0.0.0 opens it to the network (there is no authentication).")
    String bind;

    @Option(names = "--max-batch-mib", paramLabel = "MIB", defaultValue = "8",
            description = "The largest body of /v1/review/batch and /v1/audit, in MiB, 1 to 256 (one request: 1 MiB). "
                    + "Default: ${DEFAULT-VALUE}.")
    int maxBatchMib;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535 (was " + port + ")");
        }
        if (maxBatchMib < 1 || maxBatchMib > 256) {
            throw new ParameterException(spec.commandLine(), "--max-batch-mib must be 1 to 256 (was " + maxBatchMib + ")");
        }
        KniggeServer.Builder builder = KniggeServer.builder().port(port).bindAddress(address())
                .maxBatchBytes(maxBatchMib * 1024L * 1024L);
        Policy chosen = policy.policy(policy.policy);
        KniggeServer server;
        try {
            server = (chosen.directory() != null
                    ? builder.watch(Advisor.builder().policy(chosen).listener(new ReloadReport(err)))
                    : builder.advisor(policy.load(null, err))).start();
        } catch (PolicyException e) {
            Problems.print(err, e);
            return ExitCodes.POLICY;
        } catch (UncheckedIOException e) {
            err.println("knigge: cannot listen on " + bind + ":" + port + ": " + e.getCause().getMessage());
            return ExitCodes.INVALID;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop(GRACE);
            out.println("Stopped.");
            out.flush();
            stopped.countDown();
        }, "knigge-serve-stop"));
        Advisor advisor = server.advisor();
        out.println("Serving policy " + advisor.policyId() + " " + advisor.policyVersion() + " at " + server.uri()
                + (chosen.directory() != null ? " (watching " + chosen.directory() + ")" : "") + "; Ctrl-C stops.");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private InetAddress address() {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--bind " + bind + ": not an address of this machine");
        }
    }

    /** Tells the author on stderr how each reload of a watched policy folder went. */
    private static final class ReloadReport implements AdvisorListener {
        private final PrintWriter err;

        ReloadReport(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void reloaded(String policy, String version) {
            err.println("knigge: policy reloaded: " + Printable.of(policy) + " " + Printable.of(version) + " in service");
        }

        @Override
        public void reloadFailed(PolicyException failure) {
            Problems.print(err, failure);
            err.println("knigge: the last good policy keeps serving");
        }
    }
}
