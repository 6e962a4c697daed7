package io.lsql.cli;

import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.CreatedTable;
import io.lsql.core.design.DesignService;
import io.lsql.core.design.Severity;
import io.lsql.core.design.TableDesign;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.proposal.ProposalOptions;
import io.lsql.core.proposal.ProposalService;
import io.lsql.core.proposal.ProposalSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.ParameterException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code lsql design}: suggest a DynamoDB table per MySQL table/view, write the files, optionally create them. */
@Command(name = "design", mixinStandardHelpOptions = true,
        description = "Suggest a DynamoDB design for every table and view and write <TableName>.json "
                + "(aws dynamodb create-table --cli-input-json), design.json and design.md; with --patterns also score "
                + "candidate designs against the access patterns and write the proposal (best + next two) to proposal.md.")
public final class DesignCommand implements Callable<Integer> {

    static final String PROPOSAL_FILE = "proposal.md";

    @Mixin
    MySqlOptions mysql;

    @Option(names = "--tables", split = ",", paramLabel = "NAME", description = "Only these tables/views (comma-separated).")
    List<String> tables = List.of();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the design files.")
    Path out;

    @Option(names = "--create", description = "Also create the tables in DynamoDB and wait until ACTIVE.")
    boolean create;

    @Mixin
    PatternsInput patterns;

    @ArgGroup(exclusive = false, heading = "AWS target (for --create):%n")
    AwsOptions aws = new AwsOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (patterns.given() && (create || !tables.isEmpty())) {
            throw new ParameterException(spec.commandLine(), "--patterns proposes a design for the whole database: without --tables, "
                    + "and without --create (write its plan with lsql plan --patterns, then lsql migrate --plan creates its tables)");
        }
        PatternsFile patternsFile = patterns.read();
        JdbcSource source = mysql.source();
        DesignService service = new DesignService();
        DesignService.SchemaDesign design = service.design(source, tables);
        ProposalSummary proposal = patternsFile == null ? null : ProposalSummary.of(
                new ProposalService(service).propose(source, patternsFile, ProposalOptions.DEFAULTS), patternsFile);
        source.clearPassword();
        service.write(design, this.out);
        for (TableDesign table : design.designs()) {
            long warnings = table.warnings().stream().filter(w -> w.severity() != Severity.INFO).count();
            out.printf("%-28s HASH %s%s, %d GSI(s), %d warning(s)%n", table.tableName(),
                    table.key().partitionKey().attribute(),
                    table.key().sortKey() == null ? "" : " RANGE " + table.key().sortKey().attribute(),
                    table.gsis().size(), warnings);
        }
        out.println("Wrote " + design.designs().size() + " table definition(s), design.json and design.md to " + this.out);
        if (proposal != null) {
            writeProposal(proposal, out);
        }
        if (create) {
            try (DynamoDbClient dynamo = aws.target().dynamoDb()) {
                for (TableDesign table : design.designs()) {
                    CreatedTable created = service.create(dynamo, table);
                    out.println("Created " + created.name() + " (" + created.status() + ")");
                }
            }
        }
        return 0;
    }

    private void writeProposal(ProposalSummary proposal, PrintWriter printer) {
        Path file = this.out.resolve(PROPOSAL_FILE);
        try {
            Files.writeString(file, "# Proposal for " + proposal.schema() + "\n\n" + proposal.markdown());
        } catch (IOException e) {
            throw new LsqlException("Cannot write " + file + ": " + ErrorText.of(e) + ".", e);
        }
        printer.println();
        printer.print(proposal.text());
        printer.println("Wrote the proposal to " + file);
    }
}
