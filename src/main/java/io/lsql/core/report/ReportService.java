package io.lsql.core.report;

import io.lsql.core.CancellationToken;
import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;
import io.lsql.core.Version;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.cost.SizeProfile;
import io.lsql.core.design.DesignService;
import io.lsql.core.design.Severity;
import io.lsql.core.design.TableDesign;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanFiles;
import io.lsql.core.plan.Target;
import io.lsql.core.proposal.Proposal;
import io.lsql.core.proposal.ProposalOptions;
import io.lsql.core.proposal.ProposalService;
import io.lsql.core.proposal.ProposalSummary;
import io.lsql.core.run.RunReport;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;
import io.lsql.core.stage.Stage;
import io.lsql.core.stage.Stages;

import java.io.IOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the one {@link Report} every format is written from: reads the schema and designs it, takes the plan (a
 * file, or the plan {@code lsql plan} would write), samples real rows through the migration's own mapping for sizes,
 * sample items, key shares and cost, and reads the run report of a stage when given one. UI-free and blocking: the
 * Reports pane runs it in a background task.
 */
public final class ReportService {

    /** Rows read per source for the sample items and key shares: enough for shares, few enough to keep in memory. */
    static final int PREVIEW_ROWS = 1000;

    private final DesignService designs;
    private final Clock clock;

    public ReportService(DesignService designs, Clock clock) {
        this.designs = designs;
        this.clock = clock;
    }

    public Report build(JdbcSource jdbc, ReportRequest request, ProgressListener progress, CancellationToken cancel) {
        DesignService.SchemaDesign design = designs.design(jdbc, List.of());
        Plan plan = ReportPlan.of(jdbc, design, request.planFile());
        CostService.Costed costed = new CostService(jdbc, cancel).estimate(plan, request.rates(), request.prices(), request.sampleRows(),
                progress);
        Map<String, TableDesign> byName = new LinkedHashMap<>();
        design.designs().forEach(d -> byName.put(d.sourceName().toLowerCase(Locale.ROOT), d));
        TargetSections sections = new TargetSections(design.schema(), byName, plan.defaults());
        List<TargetReport> targets = new ArrayList<>();
        for (int i = 0; i < plan.targets().size(); i++) {
            cancel.throwIfCancelled();
            Target target = plan.targets().get(i);
            SizeProfile profile = costed.sample().profiles().get(i);
            progress.progress("report: sample items of " + target.table(), i, plan.targets().size());
            targets.add(sections.section(target, profile, ItemSamples.of(jdbc, target, Math.min(request.sampleRows(), PREVIEW_ROWS))));
        }
        List<SchemaTable> schema = design.schema().tables().stream().map(t -> TargetSections.schemaTable(t, plan.targets())).toList();
        RunReport run = request.stageUri() == null ? null : run(request);
        Report.Header header = header(jdbc, design.schema(), plan);
        return new Report(header, summary(design.schema(), targets, costed), schema, targets, proposal(jdbc, request, cancel),
                costed.cost(), run, plan);
    }

    private ProposalSummary proposal(JdbcSource jdbc, ReportRequest request, CancellationToken cancel) {
        if (request.patterns() == null) {
            return null;
        }
        Proposal proposal = new ProposalService(designs).propose(jdbc, request.patterns(),
                new ProposalOptions(request.sampleRows(), request.prices()), cancel);
        return ProposalSummary.of(proposal, request.patterns());
    }

    private Report.Header header(JdbcSource jdbc, Schema schema, Plan plan) {
        String region = plan.target() == null ? null : plan.target().region();
        String endpoint = plan.target() == null ? null : plan.target().endpoint();
        return new Report.Header(jdbc.database(), schema.serverVersion(), region, endpoint, Version.current(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(), PlanFiles.hash(plan));
    }

    private static Report.Summary summary(Schema schema, List<TargetReport> targets, CostService.Costed costed) {
        int views = (int) schema.tables().stream().filter(Table::isView).count();
        long rows = schema.tables().stream().filter(t -> !t.isView()).mapToLong(t -> Math.max(0, t.rowEstimate())).sum();
        long bytes = schema.tables().stream().filter(t -> !t.isView()).mapToLong(t -> Math.max(0, t.dataLength())).sum();
        int gsis = targets.stream().mapToInt(t -> t.indexes().size()).sum();
        int blocking = (int) targets.stream().flatMap(t -> t.limits().warnings().stream()).filter(w -> w.severity() == Severity.ERROR).count();
        return new Report.Summary(schema.tables().size() - views, views, rows, bytes, targets.size(), gsis, blocking,
                costed.cost().monthlyUsd());
    }

    private static RunReport run(ReportRequest request) {
        try (Stage stage = Stages.open(request.stageUri(), request.aws())) {
            return RunReport.read(stage);
        } catch (IOException e) {
            throw new LsqlException("Reading the run in " + request.stageUri() + " failed: " + ErrorText.of(e) + ".", e);
        }
    }
}
