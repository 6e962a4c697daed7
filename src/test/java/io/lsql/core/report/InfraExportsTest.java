package io.lsql.core.report;

import io.lsql.core.cost.AccessRates;
import io.lsql.core.cost.CostEstimate;
import io.lsql.core.cost.Prices;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.plan.BillingMode;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyTemplateSpec;
import io.lsql.core.plan.KeyType;
import io.lsql.core.plan.LoadMode;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.RunDefaults;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The CDK and Terraform exports against golden files (neither tool's checker runs in the build), and the CloudFormation
 * template's import source, on a hand-made plan: a provisioned single-table target imported from an S3 stage, with a
 * sort key, an INCLUDE index and TTL, and an on-demand target with a sparse KEYS_ONLY index. Set
 * {@code -Dlsql.golden.update=true} to rewrite the golden files after an intended change.
 */
class InfraExportsTest {

    static Report report() {
        TargetSource orders = new TargetSource("Orders", MigrationSource.Kind.TABLE, "Orders", null,
                List.of(new KeyTemplateSpec("PK", "CUST#{cust_id}"), new KeyTemplateSpec("SK", "ORDER#{ord_id}")), List.of(), false);
        Target shop = new Target("dev_shop", new KeyAttribute("PK", KeyType.S), new KeyAttribute("SK", KeyType.S),
                List.of(new Index("by-rep", new KeyAttribute("rep_id", KeyType.S), new KeyAttribute("ord_date", KeyType.S), "INCLUDE",
                        List.of("cust_id", "ship_date"))), "expires_at", BillingMode.PROVISIONED, 5, 10, LoadMode.IMPORT, null, null,
                List.of(orders));
        Target products = new Target("dev.Products-2", new KeyAttribute("prod_id", KeyType.N), null,
                List.of(new Index("category", new KeyAttribute("category", KeyType.S), null, "KEYS_ONLY", List.of())), null, null, 0, 0,
                LoadMode.BATCH, null, null, List.of());
        Plan plan = new Plan(Plan.VERSION, null, null, "s3://lsql-stage/app", RunDefaults.STANDARD, List.of(shop, products));
        Report.Header header = new Report.Header("shop_db", "11.4.5-MariaDB", "us-east-1", null, "1.0.0", "2026-11-27T12:00:00Z",
                "0".repeat(64));
        return new Report(header, new Report.Summary(2, 0, 0, 0, 2, 2, 0, 0), List.of(), List.of(), null,
                new CostEstimate(Prices.defaults(), AccessRates.NONE, 1, List.of()), null, plan);
    }

    @Test
    void theCdkStackMatchesItsGoldenFile() throws IOException {
        assertGolden("shop.ts", ReportFormat.CDK);
    }

    @Test
    void theTerraformMatchesItsGoldenFile() throws IOException {
        assertGolden("shop.tf", ReportFormat.TERRAFORM);
    }

    @Test
    void theCloudFormationTemplateImportsFromTheStageWhenThePlanImports() throws IOException {
        assertGolden("shop.template.json", ReportFormat.CLOUDFORMATION);
    }

    private static void assertGolden(String name, ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter.write(report(), format, out);
        String actual = out.toString(StandardCharsets.UTF_8);
        if (Boolean.getBoolean("lsql.golden.update")) {
            Files.writeString(Path.of("src/test/resources/io/lsql/core/report", name), actual);
        }
        try (InputStream golden = InfraExportsTest.class.getResourceAsStream(name)) {
            assertNotNull(golden, "golden file " + name + " (write it with -Dlsql.golden.update=true)");
            assertEquals(new String(golden.readAllBytes(), StandardCharsets.UTF_8), actual);
        }
    }
}
