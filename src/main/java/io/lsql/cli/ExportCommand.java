package io.lsql.cli;

import io.lsql.core.connect.JdbcSource;
import io.lsql.core.load.LoadMethod;
import io.lsql.core.migrate.MigrationService;
import io.lsql.core.migrate.RunSummary;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code lsql export}: source -> DynamoDB JSON files in the stage. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a table, view or query as DynamoDB JSON (one item per line, gzip or zstd) into a stage.")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    MySqlOptions mysql;

    @Mixin
    SourceOptions source;

    @Mixin
    RunOptions run;

    @ArgGroup(exclusive = false, heading = "AWS (for an s3:// stage):%n")
    AwsOptions aws = new AwsOptions();

    @picocli.CommandLine.ParentCommand
    LsqlCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        JdbcSource jdbc = mysql.source();
        MigrationService service = new MigrationService(jdbc, aws.target(), new ProgressPrinter(spec.commandLine().getErr()),
                root.cancellation());
        RunSummary summary = service.export(MigrationCommands.plan(spec, source, run, LoadMethod.AUTO, 0));
        MigrationCommands.print(spec.commandLine().getOut(), summary, run.json);
        return MigrationCommands.exitCode(summary, spec.commandLine().getErr());
    }
}
