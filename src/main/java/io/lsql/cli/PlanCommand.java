package io.lsql.cli;

import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DesignService;
import io.lsql.core.plan.DmsMappings;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.plan.PlanChecker;
import io.lsql.core.plan.PlanFiles;
import io.lsql.core.plan.PlanTarget;
import io.lsql.core.plan.Target;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.proposal.CandidateScore;
import io.lsql.core.proposal.Proposal;
import io.lsql.core.proposal.ProposalOptions;
import io.lsql.core.proposal.ProposalPlans;
import io.lsql.core.proposal.ProposalService;
import io.lsql.core.proposal.ProposalSummary;
import io.lsql.core.report.NoSqlWorkbenchModel;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code lsql plan}: write a whole-database plan from the design advisor, or check one against the live schema. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Write a whole-database migration plan (one target per table, keyed as 'lsql design' proposes) with --out,",
            "or check a plan against the live schema and DynamoDB's rules with --check (one line per problem, exit 2 when any).",
            "--patterns FILE plans the design proposed for the application's access patterns (or --candidate ID).",
            "--model FILE takes keys, GSIs and billing from a NoSQL Workbench data model (version 3.0) for the tables it names.",
            "--dms-out DIR also writes table-mappings.json, task-settings.json and README-dms.md for AWS DMS (CDC after the load)."})
public final class PlanCommand implements Callable<Integer> {

    @Mixin
    MySqlOptions mysql;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the plan to FILE.")
    Path out;

    @Option(names = "--check", paramLabel = "FILE",
            description = "Check the plan in FILE against its source (or --jdbc-url) and DynamoDB's rules.")
    Path check;

    @Option(names = "--tables", split = ",", paramLabel = "NAME",
            description = "Only these tables and views (comma-separated); default: every base table.")
    List<String> tables = List.of();

    @Option(names = "--views", description = "Add every view (when --tables is not given).")
    boolean views;

    @Option(names = "--table-prefix", paramLabel = "PREFIX", defaultValue = "",
            description = "Put PREFIX before every DynamoDB table name, e.g. dev_.")
    String tablePrefix;

    @Option(names = "--stage", paramLabel = "URI", description = "file:///dir or s3://bucket/prefix the plan's runs stage into.")
    String stage;

    @Option(names = "--model", paramLabel = "FILE",
            description = "Take keys, GSIs and billing from this NoSQL Workbench data model (version 3.0) for every table it names.")
    Path model;

    @Mixin
    PatternsInput patterns;

    @Option(names = "--candidate", paramLabel = "ID",
            description = "With --patterns: plan this candidate of the proposal (c1, c2, …) instead of the proposed one.")
    String candidate;

    @Option(names = "--dms-out", paramLabel = "DIR", description = "Also write the AWS DMS hand-off files into DIR.")
    Path dmsOut;

    @ArgGroup(exclusive = false, heading = "AWS target written into the plan:%n")
    AwsOptions aws = new AwsOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if ((out == null) == (check == null)) {
            throw new ParameterException(spec.commandLine(), "give --out FILE to write a plan, or --check FILE to check one");
        }
        return out != null ? write() : check();
    }

    private int write() {
        if (candidate != null && !patterns.given()) {
            throw new ParameterException(spec.commandLine(), "--candidate picks a candidate of the proposal: give --patterns FILE too");
        }
        if (patterns.given() && (!tables.isEmpty() || views)) {
            throw new ParameterException(spec.commandLine(), "--patterns plans the proposal for every base table; "
                    + "--tables and --views cannot be given with it");
        }
        if (stage == null) {
            throw new ParameterException(spec.commandLine(), "--stage is required with --out, e.g. --stage s3://bucket/prefix");
        }
        if (!tablePrefix.matches("[a-zA-Z0-9_.-]*")) {
            throw new ParameterException(spec.commandLine(), "--table-prefix may hold only a-z, A-Z, 0-9, '_', '.' and '-', "
                    + "as DynamoDB table names do, not '" + tablePrefix + "'");
        }
        JdbcSource jdbc = mysql.source();
        PlanBuilder.Request request = new PlanBuilder.Request(tables, views, tablePrefix, stage, PlanBuilder.describe(jdbc),
                awsTarget());
        Plan plan = patterns.given() ? proposed(jdbc, request) : new PlanBuilder(new DesignService()).build(jdbc, request);
        jdbc.clearPassword();
        if (model != null) {
            plan = NoSqlWorkbenchModel.importInto(plan, modelBytes(), model.toString());
        }
        PlanFiles.write(plan, out);
        PrintWriter printer = spec.commandLine().getOut();
        for (Target target : plan.targets()) {
            printer.printf("%-28s HASH %s%s, %d GSI(s)%n", target.table(), target.partitionKey().name(),
                    target.sortKey() == null ? "" : " RANGE " + target.sortKey().name(), target.indexes().size());
        }
        printer.println("Wrote " + plan.targets().size() + " target(s) to " + out);
        writeDms(plan, jdbc.database());
        return ExitCodes.DONE;
    }

    private int check() {
        MigrationCommands.refuse(spec, "--check", "they shape a new plan; edit the plan file instead.",
                "--out", "--tables", "--views", "--table-prefix", "--stage", "--model", "--patterns", "--candidate");
        Plan plan = PlanFiles.read(check);
        String url = plan.source() == null ? null : plan.source().jdbcUrl();
        String user = plan.source() == null ? null : plan.source().user();
        if (url == null && mysql.jdbcUrl == null) {
            throw new ParameterException(spec.commandLine(), "the plan names no JDBC URL"
                    + (plan.source() != null && plan.source().profile() != null ? " (only the profile " + plan.source().profile() + ")" : "")
                    + "; give --jdbc-url");
        }
        JdbcSource jdbc = mysql.source(url, user);
        List<String> problems = PlanChecker.check(plan, jdbc);
        jdbc.clearPassword();
        PrintWriter printer = spec.commandLine().getOut();
        problems.forEach(printer::println);
        if (problems.isEmpty()) {
            printer.println(check + ": no problems in " + plan.targets().size() + " target(s).");
            writeDms(plan, jdbc.database());
            return ExitCodes.DONE;
        }
        spec.commandLine().getErr().println("lsql: the plan " + check + " has " + problems.size() + " problem(s), listed above"
                + (dmsOut == null ? "." : "; the DMS files are written once it has none."));
        return ExitCodes.USAGE;
    }

    /** The plan of the proposal's best candidate, or of {@code --candidate}; prints the proposal. */
    private Plan proposed(JdbcSource jdbc, PlanBuilder.Request request) {
        PatternsFile file = patterns.read();
        Proposal proposal = new ProposalService(new DesignService()).propose(jdbc, file, ProposalOptions.DEFAULTS);
        CandidateScore chosen = candidate == null ? proposal.best() : proposal.ranked().stream()
                .filter(s -> s.candidate().id().equals(candidate)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "the proposal has no candidate " + candidate + "; it has "
                        + String.join(", ", proposal.ranked().stream().map(s -> s.candidate().id()).sorted().toList())));
        if (!chosen.passes()) {
            throw new LsqlException("Candidate " + chosen.candidate().id() + " fails a hard gate: " + chosen.gateFailures().get(0));
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.print(ProposalSummary.of(proposal, file).text());
        printer.println("Planning " + chosen.candidate().id() + " " + chosen.candidate().name() + ".");
        return ProposalPlans.plan(chosen, request);
    }

    private byte[] modelBytes() {
        try {
            return Files.readAllBytes(model);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read the model " + model + ": " + e.getMessage());
        }
    }

    private void writeDms(Plan plan, String schema) {
        if (dmsOut != null) {
            DmsMappings.write(plan, schema, dmsOut);
            spec.commandLine().getOut().println("Wrote " + DmsMappings.TABLE_MAPPINGS + ", " + DmsMappings.TASK_SETTINGS + " and "
                    + DmsMappings.README + " to " + dmsOut);
        }
    }

    private PlanTarget awsTarget() {
        if (aws.profile == null && aws.region == null && aws.endpointUrl == null) {
            return null;
        }
        return new PlanTarget(aws.profile, aws.region, aws.endpointUrl);
    }
}
