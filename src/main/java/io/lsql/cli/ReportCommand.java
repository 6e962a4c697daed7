package io.lsql.cli;

import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DesignService;
import io.lsql.core.report.Report;
import io.lsql.core.report.ReportFormat;
import io.lsql.core.report.ReportRequest;
import io.lsql.core.report.ReportService;
import io.lsql.core.report.ReportWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code lsql report}: the design report of a plan, or of the live schema, in one of the report formats. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the design report of a plan (default: every base table as 'lsql plan' would design it) to --out:",
            "a self-contained HTML page, Markdown or JSON, or an export of the same model: a NoSQL Workbench model (nwb),",
            "a CloudFormation template, an AWS CDK stack (TypeScript), Terraform, or the AWS DMS table mappings.",
            "--format defaults from the name: .html .md .json .nwb.json .template.json .ts .tf .dms.json."})
public final class ReportCommand implements Callable<Integer> {

    @Mixin
    MySqlOptions mysql;

    @ParentCommand
    LsqlCommand root;

    @Option(names = "--plan", paramLabel = "FILE", description = "The plan to report on (default: every base table as designed).")
    Path plan;

    @Option(names = "--run", paramLabel = "STAGE_URI", description = "A stage holding a run of the plan: adds its run report.")
    String run;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "html|md|json|nwb|cloudformation|cdk|terraform|dms.")
    String format;

    @Mixin
    CostOptions cost;

    @ArgGroup(exclusive = false, heading = "AWS access to an S3 stage given with --run:%n")
    AwsOptions aws = new AwsOptions();

    @Mixin
    PatternsInput patterns;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        cost.check(spec.commandLine());
        ReportFormat chosen;
        try {
            chosen = format != null ? ReportFormat.parse(format) : ReportFormat.of(out);
        } catch (LsqlException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage().replaceAll("\\.$", ""), e);
        }
        ReportRequest request = ReportRequest.live().withPlanFile(plan).withStage(run, aws.target())
                .withRates(cost.rates()).withPrices(cost.priceList()).withSampleRows(cost.sampleRows()).withPatterns(patterns.read());
        JdbcSource jdbc = mysql.source();
        Report report = new ReportService(new DesignService(), Clock.systemUTC())
                .build(jdbc, request, new ProgressPrinter(spec.commandLine().getErr()), root.cancellation());
        jdbc.clearPassword();
        ReportWriter.write(report, chosen, out);
        spec.commandLine().getOut().println("Wrote the " + chosen.id() + " report of " + report.targets().size() + " DynamoDB table(s) to " + out);
        return ExitCodes.DONE;
    }
}
