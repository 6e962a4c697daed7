package io.lsql.cli;

import io.lsql.core.CancellationToken;
import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcUrls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The root of the {@code lsql} command line: the composition root of the CLI. */
@Command(name = "lsql", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "LSQL Workbench: design, migrate and verify a MySQL database on Amazon DynamoDB.",
        subcommands = {SandboxCommand.class, DesignCommand.class, PlanCommand.class, CodegenCommand.class, ExportCommand.class, LoadCommand.class, MigrateCommand.class,
                VerifyCommand.class, SampleCommand.class, CostCommand.class, ReportCommand.class, PatternsCommand.class, CommandLine.HelpCommand.class})
public final class LsqlCommand implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(LsqlCommand.class);

    /** How long Ctrl+C waits for a command to stop at its next checkpoint before the JVM exits anyway. */
    private static final long CANCEL_GRACE_SECONDS = 10;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Cancelled by Ctrl+C; every long-running command checks it between batches. */
    private final CancellationToken cancel = new CancellationToken();

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    CancellationToken cancellation() {
        return cancel;
    }

    /** Runs a command line as the {@code lsql} process: Ctrl+C cancels the command, which then ends with 130. */
    public static int run(String... args) {
        LsqlCommand root = new LsqlCommand();
        CountDownLatch finished = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            root.cancel.cancel();
            try {
                finished.await(CANCEL_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "lsql-cancel"));
        try {
            LOG.info("lsql {} started (version {})", args.length == 0 ? "" : args[0], io.lsql.core.Version.current());
            int exit = commandLine(root, new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
            LOG.info("lsql {} ended with exit code {}", args.length == 0 ? "" : args[0], exit);
            return exit;
        } finally {
            finished.countDown();
        }
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(new LsqlCommand(), out, err);
    }

    private static CommandLine commandLine(LsqlCommand root, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(LsqlCommand::handle);
        cli.setParameterExceptionHandler(LsqlCommand::usage);
        listExitCodes(cli);
        return cli;
    }

    private static void listExitCodes(CommandLine command) {
        command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.table());
        command.getSubcommands().values().forEach(LsqlCommand::listExitCodes);
    }

    /** A usage error is one line that names the problem and where the options are described. */
    private static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("lsql: " + ErrorText.of(e) + "; see '" + command.getCommandSpec().qualifiedName() + " --help'.");
        if (java.util.List.of(args).contains("--verbose")) {
            err.print(trace(e));
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    /** One clear line on stderr and a non-zero exit; the trace only with --verbose. Never a secret of a JDBC URL. */
    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean verbose = parseResult.originalArgs().contains("--verbose");
        String message;
        if (e instanceof LsqlException) {
            message = e.getMessage();
        } else if (e instanceof CancellationException) {
            message = "cancelled; what was finished is checkpointed in the stage.";
        } else {
            message = "Unexpected error: " + e.getClass().getSimpleName() + ": " + ErrorText.of(e) + " (run with --verbose for details).";
        }
        err.println("lsql: " + JdbcUrls.redact(message));
        String command = commandLine.getCommandSpec().qualifiedName();
        if (e instanceof CancellationException) {
            LOG.info("{} cancelled", command);
        } else {
            LOG.error("{} failed: {}", command, JdbcUrls.redact(message), e);
        }
        if (verbose) {
            err.print(trace(e));
        }
        err.flush();
        return e instanceof CancellationException ? ExitCodes.CANCELLED : ExitCodes.ERROR;
    }

    private static String trace(Exception e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return JdbcUrls.redact(trace.toString());
    }
}
