package io.lsql.cli;

import io.lsql.core.LsqlException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.CancellationException;

/** The root of the {@code lsql} command line: the composition root of the CLI. */
@Command(name = "lsql", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "LSQL Workbench: design, migrate and verify a MySQL database on Amazon DynamoDB.",
        subcommands = {SandboxCommand.class, DesignCommand.class, ExportCommand.class, LoadCommand.class, MigrateCommand.class,
                VerifyCommand.class, SampleCommand.class, CommandLine.HelpCommand.class})
public final class LsqlCommand implements Runnable {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new LsqlCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(LsqlCommand::handle);
        return cli;
    }

    /** One clear line on stderr and a non-zero exit; the trace only with --verbose. */
    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean verbose = parseResult.originalArgs().contains("--verbose");
        String message;
        if (e instanceof LsqlException) {
            message = e.getMessage();
        } else if (e instanceof CancellationException) {
            message = "Cancelled.";
        } else {
            message = "Unexpected error: " + e + " (run with --verbose for details).";
        }
        err.println("lsql: " + message);
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof CancellationException ? 130 : 1;
    }
}
