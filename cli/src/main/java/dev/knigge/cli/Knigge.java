package dev.knigge.cli;

import dev.knigge.Advisor;
import dev.knigge.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code knigge} command: reviews networking requests before they are sent, and helps rule authors. */
@Command(name = "knigge",
        mixinStandardHelpOptions = true,
        versionProvider = Knigge.Version.class,
        description = "Reviews a professional-networking request before it is sent: SEND, REVISE or DO_NOT_SEND, "
                + "with each reason and a suggestion, in English or German.",
        footer = {
            "",
            "Exit codes: 0 done; 1 a verdict at or above --fail-on, a failed scenario or lint problems;",
            "            2 usage error or invalid input; 3 a policy that does not load or a review that failed.",
        })
public final class Knigge implements Runnable {
    /**
     * The subcommands by name, in the order {@code --help} lists them. They are added to the
     * command line lazily: picocli reads each one's annotations by reflection, which costs a cold
     * JVM tens of milliseconds per command, and a call runs only one of them.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("check", CheckCommand::new);
        commands.put("explain", ExplainCommand::new);
        commands.put("audit", AuditCommand::new);
        commands.put("policies", PoliciesCommand::new);
        commands.put("rules", RulesCommand::new);
        commands.put("test", TestCommand::new);
        commands.put("lint", LintCommand::new);
        commands.put("facts", FactsCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Log what happens, and show stack traces of failures, on stderr.")
    boolean verbose;

    /** Standard input, for {@code -}. */
    InputStream in = System.in;

    /** Whether stderr is an interactive terminal (then a long audit shows a progress bar). */
    boolean errIsTerminal;

    /** A builder whose built-in policy is being read ahead ({@link #preload}), until a command takes it. */
    private Advisor.Builder preloaded;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing a command (check, explain, audit, policies, rules, test, lint, facts, serve)");
    }

    public static void main(String[] args) {
        Advisor.Builder preloaded = preload(args);
        System.exit(run(args, new PrintWriter(System.out, false, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), System.in, Terminal.stderr(), preloaded));
    }

    /**
     * Runs the command with the given streams and returns its exit code; tests call this
     * instead of {@link #main}.
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in) {
        return run(args, out, err, in, false);
    }

    /** Runs the command; {@code errIsTerminal} says whether {@code err} goes to an interactive terminal. */
    static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in, boolean errIsTerminal) {
        return run(args, out, err, in, errIsTerminal, null);
    }

    /** Runs the command; the first policy a command loads comes from {@code preloaded} when it is the same. */
    static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in, boolean errIsTerminal,
                   Advisor.Builder preloaded) {
        Logging.configure(Arrays.asList(args).contains("--verbose"));
        Knigge root = new Knigge();
        root.in = in;
        root.errIsTerminal = errIsTerminal;
        root.preloaded = preloaded;
        CommandLine commandLine = new CommandLine(root);
        Supplier<Object> only = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        if (only != null && !args[0].equals("help")) {
            commandLine.addSubcommand(args[0], only.get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        }
        commandLine
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (e instanceof Exit exit) {
                        return exit.code;
                    }
                    err.println("knigge: " + e.getMessage());
                    if (Logging.verbose()) {
                        e.printStackTrace(err);
                    }
                    return ExitCodes.POLICY;
                })
                .setParameterExceptionHandler((e, arguments) -> {
                    err.println("knigge: " + e.getMessage());
                    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
                        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
                    }
                    return ExitCodes.INVALID;
                });
        commandLine.setExitCodeExceptionMapper(e -> ExitCodes.INVALID);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * A builder for the built-in policy that {@code check} or {@code explain} will use, reading it
     * on background threads while the arguments are parsed: the saved rules, the policy's files and
     * its lexicons are most of a start, and parsing takes a while too. A wrong guess only costs the
     * other core some work. {@code null} for other commands.
     */
    static Advisor.Builder preload(String[] args) {
        if (args.length == 0 || !(args[0].equals("check") || args[0].equals("explain"))) {
            return null;
        }
        String policy = "professional";
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--policy") && i + 1 < args.length) {
                policy = args[i + 1];
            } else if (args[i].startsWith("--policy=")) {
                policy = args[i].substring("--policy=".length());
            }
        }
        if (!policy.matches("[A-Za-z0-9_-]+")) {
            return null;
        }
        return Advisor.builder().policy(Policy.builtIn(policy)).preload();
    }

    /** A builder for the first policy a command loads: the preloaded one (taken once), else a new one. */
    Advisor.Builder advisorBuilder() {
        Advisor.Builder builder = preloaded;
        preloaded = null;
        return builder != null ? builder : Advisor.builder();
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Knigge.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {
                "knigge " + properties.getProperty("version", "(development)"),
                "Drools " + org.drools.base.util.Drools.getFullVersion() + ", Java " + System.getProperty("java.version"),
            };
        }
    }
}
