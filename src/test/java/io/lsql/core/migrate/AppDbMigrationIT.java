package io.lsql.core.migrate;

import io.lsql.core.LsqlException;
import io.lsql.core.load.LoadMethod;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.schema.SchemaReader;
import io.lsql.core.schema.Table;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class AppDbMigrationIT {

    @Test
    void everyTableAndViewMigratesByBatchAndByImportAndVerifiesEqual(Sandbox sandbox, @TempDir Path dir) throws Exception {
        List<Table> sources;
        try (Connection connection = Databases.connect(sandbox, SampleDatabases.APP_DB)) {
            sources = new SchemaReader(connection).read(SampleDatabases.APP_DB).tables();
        }
        MigrationService service = Migrations.service(sandbox, SampleDatabases.APP_DB);
        for (Table source : sources) {
            MigrationSource.Kind kind = source.isView() ? MigrationSource.Kind.VIEW : MigrationSource.Kind.TABLE;
            RunSummary batch = service.migrate(Migrations.plan(kind, source.name(), "b_" + source.name(),
                    dir.resolve(source.name()).toString(), LoadMethod.BATCH));
            RunSummary imported = service.migrate(Migrations.plan(kind, source.name(), "i_" + source.name(),
                    Migrations.s3Stage(sandbox), LoadMethod.IMPORT));
            for (RunSummary run : List.of(batch, imported)) {
                assertTrue(run.verify().equal(), source.name() + " " + run.load().method() + ": " + run.verify());
                assertEquals(run.rowsRead(), run.verify().targetItems(), source.name() + ": one item per row");
                assertEquals(0, run.rejected(), source.name());
            }
        }
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            assertEquals(20, dynamo.scan(b -> b.tableName("b_OrderLines")).count());
            var gsis = dynamo.describeTable(b -> b.tableName("i_OrderLines")).table().globalSecondaryIndexes();
            assertEquals("idx_prod_price", gsis.get(0).indexName(), "ImportTable creates the design's GSIs");
        }
    }

    @Test
    void aSecondRunIntoTheSameTableWritesNoDuplicates(Sandbox sandbox, @TempDir Path dir) throws Exception {
        MigrationService service = Migrations.service(sandbox, SampleDatabases.APP_DB);
        service.migrate(Migrations.plan(MigrationSource.Kind.TABLE, "OrderLines", "twice_lines", dir.resolve("one").toString(), LoadMethod.BATCH));
        RunSummary second = service.migrate(Migrations.plan(MigrationSource.Kind.TABLE, "OrderLines", "twice_lines", dir.resolve("two").toString(), LoadMethod.AUTO));
        assertEquals(LoadMethod.BATCH, second.load().method(), "auto uses batch for an existing table");
        assertTrue(second.verify().equal());
        assertEquals(20, second.verify().targetItems());
    }

    @Test
    void keyTemplatesBuildDecoratedAndCompositeKeysAndKeepTheColumns(Sandbox sandbox, @TempDir Path dir) throws Exception {
        MigrationPlan plan = Migrations.plan(MigrationSource.Kind.QUERY, "SELECT o.cust_id, o.ord_id, l.ord_line_id, l.qty "
                + "FROM Orders o JOIN OrderLines l ON l.ord_id = o.ord_id", "cust_lines", dir.toString(), LoadMethod.BATCH)
                .withKeys("PK=CUST#{cust_id}", "SK={ord_id}#{ord_line_id}").withWorkers(2);
        RunSummary run = Migrations.service(sandbox, SampleDatabases.APP_DB).migrate(plan);
        assertTrue(run.verify().equal());
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            var item = dynamo.getItem(b -> b.tableName("cust_lines").key(Map.of(
                    "PK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("CUST#0007"),
                    "SK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("0001#0001")))).item();
            assertEquals("0007", item.get("cust_id").s(), "source columns stay attributes");
            assertEquals("0001", item.get("ord_line_id").s());
        }
    }

    @Test
    void badInputIsOneClearSentenceAndLeavesNothingUnreported(Sandbox sandbox, @TempDir Path dir) throws Exception {
        MigrationService service = Migrations.service(sandbox, SampleDatabases.APP_DB);
        LsqlException unknown = assertThrows(LsqlException.class, () -> service.export(Migrations.plan(MigrationSource.Kind.TABLE,
                "Customers", "x", dir.resolve("a").toString(), LoadMethod.BATCH).withKeys("CUST#{custid}", null).withWorkers(1)));
        assertTrue(unknown.getMessage().startsWith("Key template 'CUST#{custid}' names unknown column 'custid'"), unknown.getMessage());

        LsqlException badSql = assertThrows(LsqlException.class, () -> service.export(Migrations.plan(MigrationSource.Kind.QUERY,
                "SELECT nope FROM Customers", "x", dir.resolve("b").toString(), LoadMethod.BATCH).withKeys("nope", null).withWorkers(1)));
        assertTrue(badSql.getMessage().startsWith("The query failed: Unknown column 'nope'"), badSql.getMessage());

        RunSummary empty = service.export(Migrations.plan(MigrationSource.Kind.QUERY, "SELECT cust_id, phone FROM Customers", "phones",
                dir.resolve("c").toString(), LoadMethod.BATCH).withKeys("phone", null).withWorkers(1));
        assertEquals(6, empty.rejected(), "2 NULL and 4 empty phones cannot be keys");
        assertEquals(4, empty.itemsWritten() == null ? 10 - empty.rejected() : empty.itemsWritten());
        String rejects = Files.readString(dir.resolve("c").resolve("rejects.jsonl"));
        assertEquals(6, rejects.lines().count());
        assertTrue(rejects.contains("empty key value") && rejects.contains("key column phone is NULL"), rejects);

        LsqlException occupied = assertThrows(LsqlException.class, () -> service.export(Migrations.plan(MigrationSource.Kind.TABLE, "Reps", "r",
                dir.resolve("c").toString(), LoadMethod.BATCH)));
        assertTrue(occupied.getMessage().contains("holds the files of run " + empty.runId()), occupied.getMessage());

        int port = io.lsql.core.sandbox.FreePort.find();
        MigrationService offline = Migrations.service(sandbox, SampleDatabases.APP_DB, io.lsql.core.connect.AwsTarget.endpoint(
                "http://127.0.0.1:" + port, Sandbox.REGION, "sandbox", "sandbox"));
        LsqlException unreachable = assertThrows(LsqlException.class, () -> offline.export(Migrations.plan(MigrationSource.Kind.TABLE, "Reps", "r",
                "s3://bucket/prefix", LoadMethod.BATCH)));
        assertTrue(unreachable.getMessage().contains("cannot reach the endpoint"), unreachable.getMessage());
    }
}
