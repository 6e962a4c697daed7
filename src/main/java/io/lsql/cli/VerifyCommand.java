package io.lsql.cli;

import io.lsql.core.load.LoadMethod;
import io.lsql.core.migrate.MigrationService;
import io.lsql.core.migrate.VerifyResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code lsql verify}: compare a source with its DynamoDB table; exit 0 only when equal. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Compare a source with its DynamoDB table item by item (counts and content hashes); exit 0 only when equal.")
public final class VerifyCommand implements Callable<Integer> {

    @Mixin
    MySqlOptions mysql;

    @Mixin
    SourceOptions source;

    @Option(names = "--segments", paramLabel = "N", defaultValue = "4", description = "Parallel Scan segments (default ${DEFAULT-VALUE}).")
    int segments;

    @Option(names = "--json", description = "Print the result as one JSON object.")
    boolean json;

    @ArgGroup(exclusive = false, heading = "AWS target:%n")
    AwsOptions aws = new AwsOptions();

    @picocli.CommandLine.ParentCommand
    LsqlCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RunOptions run = new RunOptions();
        run.workers = segments;
        run.fileSizeMb = 64;
        MigrationService service = new MigrationService(mysql.source(), aws.target(),
                new ProgressPrinter(spec.commandLine().getErr()), root.cancellation());
        VerifyResult result = service.verify(MigrationCommands.plan(spec, source, run, LoadMethod.AUTO, 0));
        if (json) {
            spec.commandLine().getOut().println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(result));
        } else {
            MigrationCommands.printVerify(spec.commandLine().getOut(), result);
        }
        return result.equal() ? ExitCodes.DONE : ExitCodes.DIFFERENT;
    }
}
