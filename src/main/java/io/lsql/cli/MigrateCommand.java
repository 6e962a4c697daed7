package io.lsql.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.LsqlException;
import io.lsql.core.load.LoadMethod;
import io.lsql.core.migrate.Manifest;
import io.lsql.core.migrate.MigrationPlan;
import io.lsql.core.migrate.MigrationService;
import io.lsql.core.migrate.RunOverrides;
import io.lsql.core.migrate.RunSummary;
import io.lsql.core.plan.PlanFiles;
import io.lsql.core.stage.Stage;
import io.lsql.core.stage.Stages;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code lsql migrate}: export + load + verify, or finish an interrupted run with --resume. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Export, load and verify in one run; --resume RUN_ID finishes a run that was interrupted at any point.",
                "With --resume, --load, --workers, --rate and --skip-verify apply to what is left; the source, keys and files "
                        + "are the run's. With --plan, the plan's settings apply except those given on the command line "
                        + "(--stage, --target-table, --load, --workers, --rate, --skip-verify, --file-size, --compression, --no-gzip)."})
public final class MigrateCommand implements Callable<Integer> {

    /** What a run's manifest fixes: refused with --resume. */
    private static final String[] FIXED_BY_RUN = {"--plan", "--table", "--view", "--query", "--target-table", "--partition-key",
        "--sort-key", "--rename", "--drop", "--write-nulls", "--file-size", "--compression", "--no-gzip", "--snapshot"};
    /** What a plan file defines: refused with --plan. */
    private static final String[] FIXED_BY_PLAN = {"--table", "--view", "--query", "--partition-key", "--sort-key", "--rename",
        "--drop", "--write-nulls"};

    @Mixin
    MySqlOptions mysql;

    @Mixin
    SourceOptions source;

    @Mixin
    RunOptions run;

    @Option(names = "--load", paramLabel = "MODE", description = "import, batch or auto (default).")
    LoadMethod load;

    @Option(names = "--rate", paramLabel = "N", description = "At most N items per second (batch); 0 = no cap (default).")
    Integer rate;

    @Option(names = "--plan", paramLabel = "FILE", description = "A JSON migration plan (as the workbench's wizard writes).")
    Path plan;

    @Option(names = "--skip-verify", description = "End after the load; compare later with lsql verify.")
    boolean skipVerify;

    @Option(names = "--resume", paramLabel = "RUN_ID", arity = "0..1", fallbackValue = "",
            description = "Finish this run (give its --stage); with a whole-database --plan, no RUN_ID: the stage's run.")
    String resume;

    @Option(names = "--parallel-targets", paramLabel = "N",
            description = "Whole-database plans: targets that run at the same time (default: the plan's, else 2).")
    Integer parallelTargets;

    @Option(names = "--fail-fast", description = "Whole-database plans: stop every target at the first error.")
    boolean failFast;

    @Option(names = "--dry-run", description = "Whole-database plans: read every row through the mapping and report what the "
            + "run would write and refuse; nothing is written to DynamoDB or the stage.")
    boolean dryRun;

    @ArgGroup(exclusive = false, heading = "AWS target:%n")
    AwsOptions aws = new AwsOptions();

    @ParentCommand
    LsqlCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (resume != null && !resume.isEmpty()) {
            MigrationCommands.refuse(spec, "--resume", "the run's manifest fixes its source, items and files "
                    + "(to load its stage into another table, use lsql load --target-table).", FIXED_BY_RUN);
        }
        if (plan != null) {
            MigrationCommands.refuse(spec, "--plan", "the plan file defines the source and its items; edit the plan instead.",
                    FIXED_BY_PLAN);
        }
        if (plan != null && PlanFiles.isVersioned(readPlanBytes())) {
            return new PlanMigration(spec, this).run(PlanFiles.read(plan), root.cancellation());
        }
        if (dryRun || failFast || parallelTargets != null) {
            throw new ParameterException(spec.commandLine(), "--dry-run, --fail-fast and --parallel-targets need a whole-database "
                    + "--plan (write one with lsql plan).");
        }
        if ("".equals(resume)) {
            throw new ParameterException(spec.commandLine(), "--resume needs the RUN_ID (or a whole-database --plan).");
        }
        ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr());
        RunOverrides overrides = overrides();
        RunSummary summary;
        if (resume != null) {
            MigrationCommands.refuse(spec, "--resume", "the run's manifest fixes its source, items and files "
                    + "(to load its stage into another table, use lsql load --target-table).", FIXED_BY_RUN);
            if (run.stage == null) {
                throw new ParameterException(spec.commandLine(), "--resume needs the run's --stage.");
            }
            Manifest manifest = manifest(run.stage);
            MigrationService service = new MigrationService(mysql.source(manifest.jdbcUrl(), manifest.user()), aws.target(),
                    progress, root.cancellation());
            summary = service.resume(resume, run.stage, overrides);
        } else {
            MigrationPlan migrationPlan = plan != null ? planFromFile(overrides) : MigrationCommands.plan(spec, source, run,
                    load == null ? LoadMethod.AUTO : load, rate == null ? 0 : rate, skipVerify);
            MigrationService service = new MigrationService(mysql.source(), aws.target(), progress, root.cancellation());
            summary = service.migrate(migrationPlan);
        }
        MigrationCommands.print(spec.commandLine().getOut(), summary, run.json);
        return MigrationCommands.exitCode(summary, spec.commandLine().getErr());
    }

    private byte[] readPlanBytes() {
        try {
            return java.nio.file.Files.readAllBytes(plan);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new LsqlException("The plan file " + plan + " does not exist.", e);
        } catch (IOException e) {
            throw new LsqlException("Cannot read the plan file " + plan + ": " + io.lsql.core.ErrorText.of(e) + ".", e);
        }
    }

    /** The plan file, with the run settings given on the command line in place of its own. */
    private MigrationPlan planFromFile(RunOverrides overrides) {
        MigrationCommands.refuse(spec, "--plan", "the plan file defines the source and its items; edit the plan instead.",
                FIXED_BY_PLAN);
        MigrationPlan fromFile = MigrationCommands.readPlan(plan);
        if (run.stage != null) {
            fromFile = fromFile.withStage(run.stage);
        }
        if (source.targetTable != null) {
            fromFile = fromFile.withTargetTable(source.targetTable);
        }
        if (run.snapshot != null) {
            fromFile = fromFile.withSnapshot(MigrationCommands.snapshot(run.snapshot));
        }
        boolean compressionGiven = MigrationCommands.given(spec, "--compression") || MigrationCommands.given(spec, "--no-gzip");
        if (MigrationCommands.given(spec, "--file-size") || compressionGiven) {
            fromFile = fromFile.withFiles(MigrationCommands.given(spec, "--file-size") ? run.fileSizeMb : fromFile.fileSizeMb(),
                    compressionGiven ? run.compression() : fromFile.compression());
        }
        return overrides.applyTo(fromFile);
    }

    /** --load, --workers, --rate and --skip-verify as given on the command line; what is not given stays the run's. */
    private RunOverrides overrides() {
        return MigrationCommands.overrides(spec, load, MigrationCommands.given(spec, "--workers") ? run.workers : null, rate,
                skipVerify ? Boolean.TRUE : null);
    }

    private Manifest manifest(String stageUri) throws IOException {
        try (Stage stage = Stages.open(stageUri, aws.target())) {
            if (!stage.exists(Manifest.FILE)) {
                throw new LsqlException("The stage " + stage.uri() + " holds no run (no manifest.json).");
            }
            return new ObjectMapper().readValue(stage.read(Manifest.FILE), Manifest.class);
        }
    }
}
