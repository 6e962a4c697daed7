package io.lsql.cli;

import io.lsql.core.CancellationToken;
import io.lsql.core.LsqlException;
import io.lsql.core.migrate.MigrationService;
import io.lsql.core.migrate.RunSummary;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code lsql load}: staged files -> DynamoDB. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load an exported run from its stage into DynamoDB with ImportTable or parallel BatchWriteItem.")
public final class LoadCommand implements Callable<Integer> {

    @Option(names = "--stage", required = true, paramLabel = "URI", description = "The stage of an exported run.")
    String stage;

    @Option(names = "--target-table", paramLabel = "NAME", description = "DynamoDB table (default: the run's).")
    String targetTable;

    @Option(names = "--load", paramLabel = "MODE", defaultValue = "auto",
            description = "import (new table, S3 stage), batch (BatchWriteItem), or auto (default).")
    String load;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "0", description = "Parallel writers (default: the run's).")
    int workers;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "0", description = "At most N items per second (batch).")
    int rate;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @ArgGroup(exclusive = false, heading = "AWS target:%n")
    AwsOptions aws = new AwsOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (rate < 0 || workers < 0) {
            throw new LsqlException("--rate and --workers must not be negative.");
        }
        MigrationService service = new MigrationService(null, aws.target(), new ProgressPrinter(spec.commandLine().getErr()),
                new CancellationToken());
        RunSummary summary = service.load(stage, targetTable, load, workers, rate);
        MigrationCommands.print(spec.commandLine().getOut(), summary, json);
        return 0;
    }
}
