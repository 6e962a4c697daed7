package io.lsql.core.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.lsql.core.cost.CostEstimate;
import io.lsql.core.plan.Plan;
import io.lsql.core.proposal.ProposalSummary;
import io.lsql.core.run.RunReport;

import java.util.List;

/**
 * Everything a design report shows, built once by {@link ReportService} and written by one renderer per
 * {@link ReportFormat}: the HTML, Markdown and JSON reports and the NoSQL Workbench, CloudFormation, CDK, Terraform
 * and DMS exports all read this record, never the database.
 *
 * @param schema  the relational tables and views, in the schema's order
 * @param targets one entry per DynamoDB table of the plan, in plan order
 * @param proposal the advisor's proposal for the access patterns the report was given, or {@code null}
 * @param run     the run report of the stage the report was given, or {@code null}
 * @param plan    the plan the report describes (the appendices export it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"header", "summary", "schema", "targets", "proposal", "cost", "run", "plan"})
public record Report(Header header, Summary summary, List<SchemaTable> schema, List<TargetReport> targets, ProposalSummary proposal,
                     CostEstimate cost, RunReport run, Plan plan) {

    public Report {
        schema = List.copyOf(schema);
        targets = List.copyOf(targets);
    }

    /**
     * Where the report comes from.
     *
     * @param endpoint    the DynamoDB endpoint override, or {@code null} for AWS
     * @param generatedAt when the report was built (ISO-8601): the one thing two reports of one plan may differ in
     * @param planHash    SHA-256 of the plan file's bytes, as a run records it
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"database", "serverVersion", "region", "endpoint", "toolVersion", "generatedAt", "planHash"})
    public record Header(String database, String serverVersion, String region, String endpoint, String toolVersion, String generatedAt,
                         String planHash) {
    }

    /** The summary cards. */
    @JsonPropertyOrder({"tables", "views", "rows", "dataBytes", "dynamoTables", "gsis", "blockingWarnings", "monthlyUsd"})
    public record Summary(int tables, int views, long rows, long dataBytes, int dynamoTables, int gsis, int blockingWarnings,
                          double monthlyUsd) {
    }
}
