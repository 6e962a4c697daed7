package io.lsql.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.CancellationToken;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.AwsTarget;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.load.LoadMethod;
import io.lsql.core.migrate.SnapshotMode;
import io.lsql.core.plan.LoadMode;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanChecker;
import io.lsql.core.plan.PlanSource;
import io.lsql.core.plan.PlanTarget;
import io.lsql.core.plan.RunDefaults;
import io.lsql.core.plan.Target;
import io.lsql.core.run.DryRun;
import io.lsql.core.run.DryRunReport;
import io.lsql.core.run.PlanRunner;
import io.lsql.core.run.RunReport;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code lsql migrate --plan PLAN} for a versioned whole-database plan: the plan with the options given on
 * the command line in place of its own, then the run (or its dry run) and its report.
 */
final class PlanMigration {

    private final CommandSpec spec;
    private final MigrateCommand command;

    PlanMigration(CommandSpec spec, MigrateCommand command) {
        this.spec = spec;
        this.command = command;
    }

    int run(Plan fromFile, CancellationToken cancel) throws Exception {
        Plan plan = withOverrides(fromFile);
        JdbcSource source = source(plan);
        AwsTarget aws = aws(plan);
        PrintWriter out = spec.commandLine().getOut();
        List<String> problems = PlanChecker.check(plan, source);
        if (!problems.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("lsql: the plan has " + problems.size() + " problem(s); nothing was run:");
            problems.forEach(p -> err.println("  " + p));
            err.flush();
            return ExitCodes.USAGE;
        }
        if (command.dryRun) {
            return dryRun(plan, source, cancel, out);
        }
        List<String> tables = plan.targets().stream().map(Target::table).toList();
        RunReport report;
        try (RunTable table = RunTable.open(spec.commandLine().getErr(), tables, command.run.json)) {
            report = new PlanRunner(source, aws, table, cancel).run(plan, command.resume != null, command.failFast);
        }
        if (command.run.json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } else {
            out.print(report.markdown());
        }
        out.flush();
        return report.exitCode();
    }

    /** Reads every row through the mapping and prints what a run would write and refuse: exit 0 when clean, 4 when not. */
    private int dryRun(Plan plan, JdbcSource source, CancellationToken cancel, PrintWriter out) throws Exception {
        java.nio.file.Path work = java.nio.file.Files.createTempDirectory("lsql-dry-run-");
        DryRunReport report;
        try {
            report = new DryRun(source, new ProgressPrinter(spec.commandLine().getErr()), cancel).run(plan, work);
        } finally {
            io.lsql.core.FileTrees.delete(work);
        }
        if (command.run.json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } else {
            out.print(report.text());
        }
        out.flush();
        return report.failed() ? ExitCodes.ERROR : report.clean() ? ExitCodes.DONE : ExitCodes.REJECTS;
    }

    /** The plan's settings, except those given on the command line. */
    private Plan withOverrides(Plan plan) {
        if (command.run.stage != null) {
            plan = plan.withStage(command.run.stage);
        }
        RunDefaults defaults = plan.defaults();
        if (MigrationCommands.given(spec, "--workers")) {
            defaults = defaults.withWorkers(command.run.workers);
        }
        if (command.parallelTargets != null) {
            defaults = defaults.withParallelTargets(command.parallelTargets);
        }
        if (command.load != null && command.load != LoadMethod.AUTO) {
            defaults = defaults.withLoad(command.load == LoadMethod.IMPORT ? LoadMode.IMPORT : LoadMode.BATCH);
        }
        if (command.rate != null) {
            defaults = defaults.withRate(command.rate);
        }
        if (command.skipVerify) {
            defaults = defaults.withVerify(false);
        }
        if (MigrationCommands.given(spec, "--file-size") || command.run.noGzip || command.run.compression != null) {
            defaults = defaults.withFiles(MigrationCommands.given(spec, "--file-size") ? command.run.fileSizeMb : defaults.fileSizeMb(),
                    command.run.noGzip || command.run.compression != null ? command.run.compression() : defaults.compression());
        }
        if (command.run.snapshot != null) {
            defaults = defaults.withSnapshot(SnapshotMode.of(command.run.snapshot));
        }
        return plan.withDefaults(defaults);
    }

    /** --jdbc-url/--user when given, else the plan's; the password as for every command (never from the plan). */
    private JdbcSource source(Plan plan) {
        PlanSource planned = plan.source();
        if (command.mysql.jdbcUrl == null && planned != null && planned.jdbcUrl() == null && planned.profile() != null) {
            throw new LsqlException("The plan names the workbench profile '" + planned.profile()
                    + "'; give its --jdbc-url and --user on the command line.");
        }
        return command.mysql.source(planned == null ? null : planned.jdbcUrl(), planned == null ? null : planned.user());
    }

    /** --region/--endpoint-url/--profile when given, else the plan's target. */
    private AwsTarget aws(Plan plan) {
        PlanTarget planned = plan.target() == null ? new PlanTarget(null, null, null) : plan.target();
        AwsOptions given = command.aws;
        return new AwsTarget(given.region != null ? given.region : planned.region(),
                given.profile != null ? given.profile : planned.profile(),
                given.endpointUrl != null ? given.endpointUrl : planned.endpoint(), null, null);
    }
}
