package io.lsql.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.CancellationToken;
import io.lsql.core.LsqlException;
import io.lsql.core.migrate.Manifest;
import io.lsql.core.migrate.MigrationPlan;
import io.lsql.core.migrate.MigrationService;
import io.lsql.core.migrate.RunSummary;
import io.lsql.core.stage.Stage;
import io.lsql.core.stage.Stages;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code lsql migrate}: export + load + verify, or finish an interrupted run with --resume. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Export, load and verify in one run; --resume RUN_ID finishes a run that was interrupted at any point.")
public final class MigrateCommand implements Callable<Integer> {

    @Mixin
    MySqlOptions mysql;

    @Mixin
    SourceOptions source;

    @Mixin
    RunOptions run;

    @Option(names = "--load", paramLabel = "MODE", defaultValue = "auto", description = "import, batch or auto (default).")
    String load;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "0", description = "At most N items per second (batch).")
    int rate;

    @Option(names = "--plan", paramLabel = "FILE", description = "A JSON migration plan (as the workbench's wizard writes).")
    Path plan;

    @Option(names = "--skip-verify", description = "End after the load; compare later with lsql verify.")
    boolean skipVerify;

    @Option(names = "--resume", paramLabel = "RUN_ID", description = "Finish this run (give its --stage).")
    String resume;

    @ArgGroup(exclusive = false, heading = "AWS target:%n")
    AwsOptions aws = new AwsOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr());
        RunSummary summary;
        if (resume != null) {
            if (run.stage == null) {
                throw new LsqlException("--resume needs the run's --stage.");
            }
            Manifest manifest = manifest(run.stage);
            MigrationService service = new MigrationService(mysql.source(manifest.jdbcUrl(), manifest.user()), aws.target(),
                    progress, new CancellationToken());
            summary = service.resume(resume, run.stage, null, run.workers, rate);
        } else {
            MigrationPlan migrationPlan = plan != null ? MigrationCommands.readPlan(plan)
                    : MigrationCommands.plan(source, run, load, rate, skipVerify);
            if (run.stage != null) {
                migrationPlan = migrationPlan.withStage(run.stage);
            }
            if (run.snapshot != null) {
                migrationPlan = migrationPlan.withSnapshot(run.snapshot);
            }
            MigrationService service = new MigrationService(mysql.source(), aws.target(), progress, new CancellationToken());
            summary = service.migrate(migrationPlan);
        }
        MigrationCommands.print(spec.commandLine().getOut(), summary, run.json);
        return MigrationCommands.exitCode(summary, spec.commandLine().getErr());
    }

    private Manifest manifest(String stageUri) throws java.io.IOException {
        try (Stage stage = Stages.open(stageUri, aws.target())) {
            if (!stage.exists(Manifest.FILE)) {
                throw new LsqlException("The stage " + stage.uri() + " holds no run (no manifest.json).");
            }
            return new ObjectMapper().readValue(stage.read(Manifest.FILE), Manifest.class);
        }
    }
}
