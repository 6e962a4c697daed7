package io.lsql.core.migrate;

import io.lsql.core.LsqlException;
import io.lsql.core.load.LoadMethod;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One stage, several target tables: each table has its own load checkpoints, method and import. */
@IntegrationTest
class LoadIntoTablesIT {

    private static final long CUSTOMERS = 10;

    @Test
    void aStageLoadsIntoASecondTableAndAFinishedLoadIsNotWrittenAgain(Sandbox sandbox, @TempDir Path dir) throws Exception {
        MigrationService service = Migrations.service(sandbox, SampleDatabases.APP_DB);
        String stage = dir.toString();
        service.export(Migrations.plan(MigrationSource.Kind.TABLE, "Customers", "two_a", stage, LoadMethod.BATCH));

        RunSummary first = service.load(stage, null, RunOverrides.NONE);
        RunSummary second = service.load(stage, "two_b", RunOverrides.NONE);
        RunSummary again = service.load(stage, null, RunOverrides.NONE);

        assertEquals(CUSTOMERS, first.load().items());
        assertEquals(CUSTOMERS, second.load().items(), "the second table is loaded, not skipped");
        assertEquals("two_b", second.targetTable());
        assertEquals(0, again.load().items(), "every file of two_a was checkpointed");
        assertTrue(again.load().filesAlreadyLoaded() > 0);
        assertEquals(CUSTOMERS, count(sandbox, "two_a"));
        assertEquals(CUSTOMERS, count(sandbox, "two_b"));
        assertTrue(Files.isDirectory(dir.resolve("checkpoints/load/two_a/files")));
        assertTrue(Files.isDirectory(dir.resolve("checkpoints/load/two_b/files")));
    }

    @Test
    void eachTableGetsItsOwnImportAndAnExplicitMethodWinsForANewTable(Sandbox sandbox) throws Exception {
        MigrationService service = Migrations.service(sandbox, SampleDatabases.APP_DB);
        String stage = Migrations.s3Stage(sandbox);
        service.export(Migrations.plan(MigrationSource.Kind.TABLE, "Customers", "imp_a", stage, LoadMethod.AUTO));

        RunSummary a = service.load(stage, null, RunOverrides.NONE);
        RunSummary b = service.load(stage, "imp_b", RunOverrides.NONE);
        RunSummary c = service.load(stage, "imp_c", new RunOverrides(LoadMethod.BATCH, null, null, null));

        assertEquals(LoadMethod.IMPORT, a.load().method());
        assertEquals(LoadMethod.IMPORT, b.load().method(), "imp_b gets its own import, not imp_a's followed again");
        assertEquals(LoadMethod.BATCH, c.load().method(), "an explicit --load wins over the method another table remembered");
        for (String table : new String[] {"imp_a", "imp_b", "imp_c"}) {
            assertEquals(CUSTOMERS, count(sandbox, table), table);
        }
    }

    @Test
    void aConflictingExplicitMethodForATableWhoseLoadStartedIsRefused(Sandbox sandbox) throws Exception {
        MigrationService service = Migrations.service(sandbox, SampleDatabases.APP_DB);
        String stage = Migrations.s3Stage(sandbox);
        service.export(Migrations.plan(MigrationSource.Kind.TABLE, "Customers", "conflict_a", stage, LoadMethod.IMPORT));
        service.load(stage, null, RunOverrides.NONE);

        LsqlException refused = assertThrows(LsqlException.class,
                () -> service.load(stage, null, new RunOverrides(LoadMethod.BATCH, null, null, null)));
        assertEquals("The load of this stage into conflict_a started with --load import, so it cannot continue with --load batch; "
                + "give --load import (or no --load), or load into another --target-table.", refused.getMessage());
        RunSummary same = service.load(stage, null, new RunOverrides(LoadMethod.IMPORT, null, null, null));
        assertEquals(CUSTOMERS, same.load().items(), "the same explicit method follows the table's import");
    }

    @Test
    void aLoadThatCouldNotStartLeavesNoMethodBehind(Sandbox sandbox, @TempDir Path dir) throws Exception {
        MigrationService service = Migrations.service(sandbox, SampleDatabases.APP_DB);
        String local = dir.resolve("local").toString();
        service.export(Migrations.plan(MigrationSource.Kind.TABLE, "Customers", "never_imported", local, LoadMethod.AUTO));
        LsqlException local1 = assertThrows(LsqlException.class,
                () -> service.load(local, null, new RunOverrides(LoadMethod.IMPORT, null, null, null)));
        assertTrue(local1.getMessage().startsWith("--load import needs an S3 stage"), local1.getMessage());
        assertEquals(LoadMethod.BATCH, service.load(local, null, RunOverrides.NONE).load().method());

        String s3 = Migrations.s3Stage(sandbox);
        service.export(Migrations.plan(MigrationSource.Kind.TABLE, "Customers", "never_imported", s3, LoadMethod.AUTO));
        LsqlException exists = assertThrows(LsqlException.class,
                () -> service.load(s3, null, new RunOverrides(LoadMethod.IMPORT, null, null, null)));
        assertTrue(exists.getMessage().contains("already exists; use --load batch"), exists.getMessage());
        RunSummary batch = service.load(s3, null, new RunOverrides(LoadMethod.BATCH, null, null, null));
        assertEquals(CUSTOMERS, batch.load().items(), "--load batch, as the refusal advised, is not refused in turn");
    }

    @Test
    void aStagedFileThatLostItsItemsStopsTheLoadInsteadOfReportingSuccess(Sandbox sandbox, @TempDir Path dir) throws Exception {
        MigrationService service = Migrations.service(sandbox, SampleDatabases.APP_DB);
        service.export(Migrations.plan(MigrationSource.Kind.TABLE, "Customers", "emptied", dir.toString(), LoadMethod.BATCH));
        try (var files = Files.list(dir.resolve("data"))) {
            for (Path file : files.toList()) {
                Files.write(file, gzip(new byte[0]));
            }
        }
        LsqlException e = assertThrows(LsqlException.class, () -> service.load(dir.toString(), null, RunOverrides.NONE));
        assertTrue(e.getMessage().matches("The staged file data/\\S+ holds 0 items but the run's manifest lists 10; .*"), e.getMessage());
        assertThrows(LsqlException.class, () -> service.load(dir.toString(), null, RunOverrides.NONE),
                "the emptied file was not checkpointed, so a second try fails the same way");
    }

    @Test
    void anImportOfAStageWhoseFilesAreGoneFails(Sandbox sandbox) throws Exception {
        MigrationService service = Migrations.service(sandbox, SampleDatabases.APP_DB);
        String stage = Migrations.s3Stage(sandbox);
        String runId = service.export(Migrations.plan(MigrationSource.Kind.TABLE, "Customers", "gone_a", stage, LoadMethod.IMPORT)).runId();
        String bucket = stage.substring("s3://".length(), stage.indexOf('/', "s3://".length()));
        String prefix = stage.substring(stage.indexOf('/', "s3://".length()) + 1);
        try (S3Client s3 = Databases.aws(sandbox).s3()) {
            s3.listObjectsV2(b -> b.bucket(bucket).prefix(prefix + "/data/")).contents()
                    .forEach(o -> s3.deleteObject(b -> b.bucket(bucket).key(o.key())));
        }
        LsqlException e = assertThrows(LsqlException.class, () -> service.load(stage, null, RunOverrides.NONE));
        assertEquals("ImportTable into gone_a read 0 items but run " + runId + " staged 10; the stage "
                + "changed after the export, so export the run again into an empty stage.", e.getMessage());
    }

    static byte[] gzip(byte[] content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    private static long count(Sandbox sandbox, String table) {
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            return dynamo.scan(b -> b.tableName(table)).count();
        }
    }
}
