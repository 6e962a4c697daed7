package io.lsql.cli;

import io.lsql.core.load.LoadMethod;
import io.lsql.core.migrate.MigrationService;
import io.lsql.core.migrate.RunOverrides;
import io.lsql.core.migrate.RunSummary;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code lsql load}: staged files -> DynamoDB. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load an exported run from its stage into DynamoDB with ImportTable or parallel BatchWriteItem.",
                "Each target table keeps its own checkpoints in the stage, so one stage can be loaded into several tables; "
                        + "running the same load again continues it."})
public final class LoadCommand implements Callable<Integer> {

    @Option(names = "--stage", required = true, paramLabel = "URI", description = "The stage of an exported run.")
    String stage;

    @Option(names = "--target-table", paramLabel = "NAME", description = "DynamoDB table (default: the run's).")
    String targetTable;

    @Option(names = "--load", paramLabel = "MODE",
            description = "import (new table, S3 stage), batch (BatchWriteItem) or auto (default: the run's plan). "
                    + "A load into a table that already started keeps its method; a different explicit one is refused.")
    LoadMethod load;

    @Option(names = "--workers", paramLabel = "N", description = "Parallel writers (default: the run's).")
    Integer workers;

    @Option(names = "--rate", paramLabel = "N", description = "At most N items per second, 0 = no cap (batch; default: the run's).")
    Integer rate;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @ArgGroup(exclusive = false, heading = "AWS target:%n")
    AwsOptions aws = new AwsOptions();

    @ParentCommand
    LsqlCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunOverrides overrides = MigrationCommands.overrides(spec, load, workers, rate, null);
        MigrationService service = new MigrationService(null, aws.target(), new ProgressPrinter(spec.commandLine().getErr()),
                root.cancellation());
        RunSummary summary = service.load(stage, targetTable, overrides);
        MigrationCommands.print(spec.commandLine().getOut(), summary, json);
        return MigrationCommands.exitCode(summary, spec.commandLine().getErr());
    }
}
