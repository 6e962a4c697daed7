package io.lsql.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.cost.CostEstimate;
import io.lsql.core.cost.Prices;
import io.lsql.core.plan.Plan;
import io.lsql.core.report.CostService;
import io.lsql.core.report.ReportPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code lsql cost}: what the plan's tables cost in DynamoDB, from item sizes measured on real rows. */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = {"Estimate the DynamoDB cost of a plan (or of every table as 'lsql plan' would design it) from real rows:",
            "item sizes (p50/p95/max) by DynamoDB's formula, storage per month, the one-time load by BatchWriteItem or ImportTable,",
            "and with --reads-per-sec/--writes-per-sec the monthly traffic on demand and provisioned. Prices from --prices FILE",
            "(same shape as the bundled prices.json) or the bundled us-east-1 list prices."})
public final class CostCommand implements Callable<Integer> {

    @Mixin
    MySqlOptions mysql;

    @ParentCommand
    LsqlCommand root;

    @Option(names = "--plan", paramLabel = "FILE", description = "The plan to cost (default: every base table as designed).")
    Path plan;

    @Mixin
    CostOptions cost;

    @Option(names = "--json", description = "Print the estimate as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        cost.check(spec.commandLine());
        Prices priceList = cost.priceList();
        JdbcSource jdbc = mysql.source();
        Plan costed = ReportPlan.of(jdbc, plan);
        CostEstimate estimate = new CostService(jdbc, root.cancellation())
                .estimate(costed, cost.rates(), priceList, cost.sampleRows(),
                        new ProgressPrinter(spec.commandLine().getErr()))
                .cost();
        jdbc.clearPassword();
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(estimate) + "\n" : estimate.text());
        out.flush();
        return ExitCodes.DONE;
    }
}
