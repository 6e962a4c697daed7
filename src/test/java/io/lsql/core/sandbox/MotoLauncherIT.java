package io.lsql.core.sandbox;

import io.lsql.core.CancellationToken;
import io.lsql.core.ProgressListener;
import io.lsql.core.migrate.MigrationPlan;
import io.lsql.core.migrate.MigrationService;
import io.lsql.core.migrate.RunSummary;
import io.lsql.core.migrate.VerifyResult;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox's moto behaves like DynamoDB where lsql depends on it (see lsql_moto.py and docs/decisions/0002). */
@IntegrationTest
class MotoLauncherIT {

    static final String DB = "binary_keys";
    static final int ROWS = 400;

    @Test
    void aParallelScanOfATableWithABinaryPartitionKeyWorksAndVerifies(Sandbox sandbox, @TempDir Path dir) throws Exception {
        try (Connection connection = Databases.connect(sandbox, ""); Statement s = connection.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB);
            s.execute("CREATE DATABASE " + DB);
            s.execute("CREATE TABLE " + DB + ".tokens (token VARBINARY(16) PRIMARY KEY, label VARCHAR(20) NOT NULL)");
            s.execute("INSERT INTO " + DB + ".tokens SELECT UNHEX(MD5(seq)), CONCAT('token ', seq) FROM " + DB + ".seq_1_to_" + ROWS);
        }
        MigrationService service = new MigrationService(Databases.source(sandbox, DB), Databases.aws(sandbox), ProgressListener.NONE,
                new CancellationToken());
        RunSummary run = service.migrate(new MigrationPlan("TABLE", "tokens", "binary_tokens", null, null, Map.of(), List.of(), false,
                dir.toString(), "batch", 4, 64, false, 0, false, null));
        VerifyResult verify = run.verify();
        assertTrue(verify.equal(), verify.toString());
        assertEquals(ROWS, verify.targetItems(), "verify scanned 4 segments of a B-keyed table");

        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            assertEquals("B", dynamo.describeTable(b -> b.tableName("binary_tokens")).table().attributeDefinitions().get(0)
                    .attributeTypeAsString());
            int total = 0;
            int nonEmpty = 0;
            for (int segment = 0; segment < 4; segment++) {
                int seg = segment;
                ScanResponse page = dynamo.scan(b -> b.tableName("binary_tokens").segment(seg).totalSegments(4));
                assertTrue(!page.hasLastEvaluatedKey() || page.lastEvaluatedKey().isEmpty(), "400 small items fit in one page");
                total += page.count();
                nonEmpty += page.count() > 0 ? 1 : 0;
            }
            assertEquals(ROWS, total, "every item in exactly one segment");
            assertEquals(4, nonEmpty, "the items spread over the segments");
        }
    }
}
