package io.lsql.core.patterns;

import io.lsql.core.sample.SampleQueries;
import io.lsql.core.sample.SampleQuery;
import io.lsql.core.sample.SqlScript;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class PatternsIT {

    private static final int RUNS = 3;

    @Test
    void findsTheSampleQueriesInTheDigestTableWithTheirCounts(Sandbox sandbox) throws Exception {
        try (Connection root = Databases.connect(sandbox, "app_db"); Statement s = root.createStatement()) {
            s.execute("TRUNCATE TABLE performance_schema.events_statements_summary_by_digest");
            for (int run = 0; run < RUNS; run++) {
                for (String sql : sampleStatements()) {
                    try (ResultSet rows = s.executeQuery(sql)) {
                        while (rows.next()) {
                            rows.getObject(1);
                        }
                    }
                }
            }
        }
        Harvest harvest = new PatternHarvester().harvest(Databases.source(sandbox, "app_db"),
                new HarvestOptions(HarvestOptions.From.DIGEST, null, true, 3.0));
        Map<String, AccessPattern> byKey = harvest.patterns().stream()
                .collect(Collectors.toMap(p -> PatternGrouper.key(p.sql()), Function.identity()));
        List<String> missing = new ArrayList<>();
        for (String sql : sampleStatements()) {
            AccessPattern pattern = byKey.get(PatternGrouper.key(SqlNormalizer.normalize(sql)));
            if (pattern == null || pattern.source() != PatternSource.DIGEST || pattern.count() != RUNS) {
                missing.add(SqlNormalizer.normalize(sql) + " -> " + pattern);
            }
        }
        assertEquals(List.of(), missing, "digest patterns: " + harvest.patterns().stream().map(AccessPattern::sql).toList());
        assertTrue(harvest.notes().stream().noneMatch(n -> n.contains("performance_schema is off")), harvest.notes().toString());
        AccessPattern lines = byKey.get(PatternGrouper.key(SqlNormalizer.normalize(sampleStatements().get(0))));
        assertEquals(List.of("OrderLines"), lines.shape().tables());
        assertEquals(List.of("OrderLines.ord_id"), lines.shape().equalityColumns());
        assertTrue(lines.peakRate() >= lines.averageRate() * 3 - 1e-9);
    }

    @Test
    void harvestsASqlFileAndAddsTheSamplesItLacks(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("app.sql");
        Files.writeString(file, """
                SELECT * FROM Customers WHERE cust_id = '0001';
                SELECT * FROM Customers WHERE cust_id = '0002';
                -- a comment
                SELECT o.ord_id FROM Orders o JOIN Customers c ON c.cust_id = o.cust_id WHERE c.region = 'West';
                SELEC broken;
                """);
        Harvest harvest = new PatternHarvester().harvest(Databases.source(sandbox, "app_db"),
                new HarvestOptions(HarvestOptions.From.FILE, file, true, 3.0));
        List<AccessPattern> fromFile = harvest.patterns().stream().filter(p -> p.source() == PatternSource.FILE).toList();
        assertEquals(3, fromFile.size(), fromFile.toString());
        assertEquals(2, fromFile.get(0).count());
        assertEquals(List.of("Customers.cust_id"), fromFile.get(0).shape().equalityColumns());
        AccessPattern join = fromFile.stream().filter(p -> p.sql().contains("JOIN")).findFirst().orElseThrow();
        assertTrue(join.shape().joins().get(0).foreignKey(), join.shape().toString());
        assertEquals(List.of("Customers.region"), join.shape().equalityColumns());
        assertTrue(fromFile.stream().anyMatch(p -> !p.shape().parsed()));
        long samples = harvest.patterns().stream().filter(p -> p.source() == PatternSource.SAMPLE).count();
        assertEquals(SampleQueries.all().size(), samples);
    }

    @Test
    void readsTheGeneralLogTableWhenAskedAndKeepsOnlyThisSchemasStatements(Sandbox sandbox) throws Exception {
        try (Connection root = Databases.connect(sandbox, "app_db"); Statement s = root.createStatement()) {
            s.execute("SET GLOBAL log_output = 'TABLE'");
            s.execute("TRUNCATE TABLE mysql.general_log");
            s.execute("SET GLOBAL general_log = 1");
            try {
                for (String id : List.of("0001", "0002", "0003", "0004")) {
                    s.executeQuery("SELECT * FROM Customers WHERE cust_id = '" + id + "'").close();
                }
                s.executeQuery("SELECT * FROM types_demo.type_samples WHERE 1 = 0").close();
            } finally {
                s.execute("SET GLOBAL general_log = 0");
            }
        }
        Harvest harvest;
        try {
            harvest = new PatternHarvester().harvest(Databases.source(sandbox, "app_db"),
                    new HarvestOptions(HarvestOptions.From.GENERAL_LOG, null, false, 3.0));
        } finally {
            try (Connection root = Databases.connect(sandbox, ""); Statement s = root.createStatement()) {
                s.execute("SET GLOBAL log_output = 'FILE'");
            }
        }
        assertEquals(List.of("SELECT * FROM Customers WHERE cust_id = ?"),
                harvest.patterns().stream().map(AccessPattern::sql).toList(), harvest.notes().toString());
        assertEquals(4, harvest.patterns().get(0).count());
        assertEquals(PatternSource.GENERAL_LOG, harvest.patterns().get(0).source());
    }

    private static List<String> sampleStatements() {
        List<String> statements = new ArrayList<>();
        for (SampleQuery query : SampleQueries.all()) {
            statements.addAll(SqlScript.split(query.sql()));
        }
        return statements;
    }
}
