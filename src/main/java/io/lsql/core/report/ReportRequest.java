package io.lsql.core.report;

import io.lsql.core.connect.AwsTarget;
import io.lsql.core.cost.AccessRates;
import io.lsql.core.cost.Prices;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.run.SizeSampler;

import java.nio.file.Path;

/**
 * What a report is built from besides the MySQL source.
 *
 * @param planFile   the plan to report on, or {@code null} for the plan {@code lsql plan} would write for the live schema
 * @param stageUri   a stage holding a run of the plan, whose run report becomes a section; or {@code null}
 * @param aws        how to reach an S3 stage (ignored for file stages and without a stage)
 * @param rates      the traffic the cost section prices
 * @param sampleRows rows per source measured for sizes, sample items and key shares
 * @param patterns   the application's access patterns: the report then shows the advisor's proposal for them; or {@code null}
 */
public record ReportRequest(Path planFile, String stageUri, AwsTarget aws, AccessRates rates, Prices prices, int sampleRows,
                            PatternsFile patterns) {

    public ReportRequest {
        rates = rates == null ? AccessRates.NONE : rates;
        prices = prices == null ? Prices.defaults() : prices;
        sampleRows = sampleRows <= 0 ? SizeSampler.DEFAULT_ROWS : sampleRows;
    }

    /** A report of the live schema's default plan, no run, no traffic, bundled prices. */
    public static ReportRequest live() {
        return new ReportRequest(null, null, null, AccessRates.NONE, null, 0, null);
    }

    public ReportRequest withPlanFile(Path newPlanFile) {
        return new ReportRequest(newPlanFile, stageUri, aws, rates, prices, sampleRows, patterns);
    }

    public ReportRequest withStage(String newStageUri, AwsTarget newAws) {
        return new ReportRequest(planFile, newStageUri, newAws, rates, prices, sampleRows, patterns);
    }

    public ReportRequest withRates(AccessRates newRates) {
        return new ReportRequest(planFile, stageUri, aws, newRates, prices, sampleRows, patterns);
    }

    public ReportRequest withPrices(Prices newPrices) {
        return new ReportRequest(planFile, stageUri, aws, rates, newPrices, sampleRows, patterns);
    }

    public ReportRequest withSampleRows(int newSampleRows) {
        return new ReportRequest(planFile, stageUri, aws, rates, prices, newSampleRows, patterns);
    }

    public ReportRequest withPatterns(PatternsFile newPatterns) {
        return new ReportRequest(planFile, stageUri, aws, rates, prices, sampleRows, newPatterns);
    }
}
